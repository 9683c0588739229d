// One manifest layer entry → a LayerConfig, or an InvalidLayer listing why it cannot be shown.
import { Fields } from './fields.ts';
import { describeValue, isError, isJsonObject, problem, type JsonObject } from './json-paths.ts';
import { readCrs } from './read-crs.ts';
import { validatePlacement } from './validate-placement.ts';
import { PIPELINES_LAYER_KEYS, validatePipelinesLayer } from './validate-pipelines-layer.ts';
import { styleObject, validateGeoJsonStyle, validateTilesStyle } from './validate-styles.ts';
import { GEOJSON_ROLES, type InvalidLayer, type LayerCommon, type LayerConfig, type Problem } from './project-types.ts';

export interface LayerContext {
  manifestUrl: string;
  knownKinds: readonly string[];
  /** Default CRS of GeoJSON layers; undefined when the project's own crs is invalid. */
  projectCrs: string | undefined;
}

const COMMON_KEYS = ['id', 'kind', 'title', 'url', 'visible', 'opacity', 'style'];
/** Kinds validated here completely; other kinds keep unknown keys in `options` for their own module. */
const TYPED_KIND_KEYS: Record<string, readonly string[]> = {
  '3dtiles': [...COMMON_KEYS, 'placement'],
  geojson: [...COMMON_KEYS, 'crs', 'role'],
  pipelines: [...COMMON_KEYS, ...PIPELINES_LAYER_KEYS],
  ifc: [...COMMON_KEYS, 'placement', 'heightOffsetMeters'],
};

export type LayerOutcome = { layer: LayerConfig } | { invalid: InvalidLayer };

/**
 * Appends this layer's problems to `allProblems`. `takenIds` (id → path of the entry that has it) collects the ids of
 * earlier entries, so a repeated id makes this later layer invalid.
 */
export function validateLayer(
  json: unknown,
  path: string,
  context: LayerContext,
  takenIds: Map<string, string>,
  allProblems: Problem[],
): LayerOutcome {
  const problems: Problem[] = [];
  const outcome = validateLayerEntry(json, path, context, takenIds, problems);
  allProblems.push(...problems);
  return outcome;
}

function validateLayerEntry(
  json: unknown,
  path: string,
  context: LayerContext,
  takenIds: Map<string, string>,
  problems: Problem[],
): LayerOutcome {
  const fallbackName = path.replace(/^\$\./, '');
  if (!isJsonObject(json)) {
    problems.push(
      problem(path, `expected a layer object {"id", "kind", "title", "url", …}, found ${describeValue(json)}`),
    );
    return { invalid: { id: fallbackName, kind: '', title: fallbackName, problems } };
  }
  const fields = new Fields(json, path, problems);
  const id = fields.string('id', true);
  if (id !== undefined) {
    const earlier = takenIds.get(id);
    if (earlier) fields.report('id', `duplicate layer id "${id}" (first used at ${earlier}); layer ids must be unique`);
    else takenIds.set(id, path);
  }
  const kind = fields.string('kind', true);
  if (kind !== undefined && !context.knownKinds.includes(kind)) {
    fields.report('kind', `unknown layer kind "${kind}"; known kinds: ${context.knownKinds.join(', ')}`);
  }
  const title = fields.localized('title', true);
  const url = resolveUrl(fields, context.manifestUrl);
  const visible = fields.boolean('visible', true);
  const opacity = fields.number('opacity', { min: 0, max: 1, default: 1, meaning: '0 = invisible, 1 = opaque' });
  const style = styleObject(json.style, fields.at('style'), problems);
  const common = { id: id ?? '', title: title ?? '', url: url ?? '', visible, opacity: opacity ?? 1, options: {} };
  const layer = kindSpecific(kind ?? '', common, style ?? {}, fields, context);

  if (problems.some(isError)) {
    return { invalid: { id: id ?? fallbackName, kind: kind ?? '', title: title ?? id ?? fallbackName, problems } };
  }
  return { layer };
}

function resolveUrl(fields: Fields, manifestUrl: string): string | undefined {
  const url = fields.string('url', true);
  if (url === undefined) return undefined;
  try {
    return new URL(url, manifestUrl).href;
  } catch {
    fields.report('url', `url ${JSON.stringify(url)} cannot be resolved against the manifest's URL ${manifestUrl}`);
    return undefined;
  }
}

function kindSpecific(
  kind: string,
  common: LayerCommon,
  style: JsonObject,
  fields: Fields,
  context: LayerContext,
): LayerConfig {
  const stylePath = fields.at('style');
  const typedKeys = TYPED_KIND_KEYS[kind];
  if (typedKeys) fields.warnUnknownKeys(typedKeys, `a ${kind} layer`);
  if (kind === '3dtiles') {
    const placement = validatePlacement(fields.object.placement, fields.at('placement'), fields.problems);
    return {
      ...common,
      kind,
      style: validateTilesStyle(style, stylePath, fields.problems),
      ...(placement ? { placement } : {}),
    };
  }
  if (kind === 'geojson') {
    const crs = readCrs(fields.object.crs, fields.at('crs'), fields.problems, context.projectCrs ?? '');
    if (crs === '')
      fields.report('crs', "no crs: the project's crs ($.crs) is invalid, so this layer's coordinates cannot be read");
    const role = fields.oneOf('role', ['none', ...GEOJSON_ROLES], 'none');
    return {
      ...common,
      kind,
      crs: crs ?? '',
      style: validateGeoJsonStyle(style, stylePath, fields.problems),
      ...(role === 'none' ? {} : { role }),
    };
  }
  if (kind === 'ifc') {
    const placement = validatePlacement(fields.object.placement, fields.at('placement'), fields.problems);
    const heightOffsetMeters = fields.number('heightOffsetMeters', {
      default: 0,
      meaning: 'metres added to the model heights',
    });
    return { ...common, kind, style, heightOffsetMeters: heightOffsetMeters ?? 0, ...(placement ? { placement } : {}) };
  }
  if (kind === 'pipelines') return { ...common, kind, style, ...validatePipelinesLayer(fields, context.projectCrs) };
  const options = Object.fromEntries(Object.entries(fields.object).filter(([key]) => !COMMON_KEYS.includes(key)));
  return { ...common, kind, options, style };
}
