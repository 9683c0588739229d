// The project manifest (project.json) → a Project, reporting every problem with its JSON path in one pass.
// A bad layer or viewpoint is left out and the rest loads; only an unusable root (not an object, no valid title,
// home or layers array) yields no project.
import { assert } from '../shared/errors.ts';
import { Fields } from './fields.ts';
import { childPath, describeValue, isJsonObject, problem } from './json-paths.ts';
import { parseJsonText } from './json-text.ts';
import { DEFAULT_CRS, readCrs } from './read-crs.ts';
import { validateAttributes } from './validate-attributes.ts';
import { validateKiosk } from './validate-kiosk.ts';
import { validateStories } from './validate-stories.ts';
import { validateLayer } from './validate-layer.ts';
import { validateHealth } from './validate-health.ts';
import { validateSunlight } from './validate-sunlight.ts';
import { EXISTING_SCHEME_ID, validateTownscape } from './validate-townscape.ts';
import { validateView, validateViewpoints } from './validate-view.ts';
import type { InvalidLayer, LayerConfig, Problem, Project, ValidationResult } from './project-types.ts';

export interface ValidateOptions {
  /** Layer kinds the app has a module for, e.g. ['3dtiles', 'geojson', 'ifc']. */
  knownKinds: readonly string[];
}

const ROOT_KEYS = [
  'title',
  'description',
  'crs',
  'home',
  'attributes',
  'layers',
  'viewpoints',
  'townscape',
  'sunlight',
  'health',
  'kiosk',
  'stories',
];

/** `manifestUrl` must be absolute: relative layer URLs are resolved against it. */
export function validateProject(json: unknown, manifestUrl: string, options: ValidateOptions): ValidationResult {
  assert(URL.canParse(manifestUrl), `validateProject needs an absolute manifest URL, got ${manifestUrl}`);
  const problems: Problem[] = [];
  if (!isJsonObject(json)) {
    problems.push(
      problem('$', `the manifest must be a JSON object {"title", "home", "layers", …}, found ${describeValue(json)}`),
    );
    return { project: null, problems };
  }
  const fields = new Fields(json, '$', problems);
  const title = fields.localized('title', true);
  const description = fields.localized('description', false);
  const crs = readCrs(json.crs, fields.at('crs'), problems, DEFAULT_CRS);
  const home = validateView(json.home, fields.at('home'), problems);
  const attributes = validateAttributes(json.attributes, fields.at('attributes'), problems);
  const viewpoints = validateViewpoints(json.viewpoints, fields.at('viewpoints'), problems);
  const layers: LayerConfig[] = [];
  const invalidLayers: InvalidLayer[] = [];
  if (Array.isArray(json.layers)) {
    const takenIds = new Map<string, string>();
    const context = { manifestUrl, knownKinds: options.knownKinds, projectCrs: crs };
    json.layers.forEach((entry, index) => {
      const outcome = validateLayer(entry, childPath(fields.at('layers'), index), context, takenIds, problems);
      if ('layer' in outcome) layers.push(outcome.layer);
      else invalidLayers.push(outcome.invalid);
    });
  } else {
    fields.report(
      'layers',
      `layers must be an array of layer objects (it may be empty), found ${describeValue(json.layers)}`,
    );
  }
  fields.warnUnknownKeys(ROOT_KEYS, 'the manifest');
  const allLayerIds = [...layers.map((layer) => layer.id), ...invalidLayers.map((layer) => layer.id)];
  const townscape = validateTownscape(json.townscape, fields.at('townscape'), allLayerIds, problems);
  const sunlight = validateSunlight(json.sunlight, fields.at('sunlight'), problems);
  const health = validateHealth(json.health, fields.at('health'), problems);
  const kiosk = validateKiosk(
    json.kiosk,
    fields.at('kiosk'),
    {
      viewpointIds: viewpoints.map((viewpoint) => viewpoint.id),
      layerIds: layers.map((layer) => layer.id),
      schemeIds: [EXISTING_SCHEME_ID, ...townscape.proposalLayers],
    },
    problems,
  );
  const stories = validateStories(json.stories, fields.at('stories'), manifestUrl, problems);

  if (title === undefined || home === undefined || !Array.isArray(json.layers)) return { project: null, problems };
  const project: Project = {
    title,
    crs: crs ?? DEFAULT_CRS,
    home,
    layers,
    invalidLayers,
    viewpoints,
    attributes,
    townscape,
  };
  if (description !== undefined) project.description = description;
  if (sunlight !== undefined) project.sunlight = sunlight;
  if (health !== undefined) project.health = health;
  if (kiosk !== undefined) project.kiosk = kiosk;
  if (stories !== undefined) project.stories = stories;
  return { project, problems };
}

/** Parses manifest text and validates it; a JSON syntax error is one problem at `$` naming the line and column. */
export function parseProjectText(text: string, manifestUrl: string, options: ValidateOptions): ValidationResult {
  const parsed = parseJsonText(text);
  return parsed.ok
    ? validateProject(parsed.value, manifestUrl, options)
    : { project: null, problems: [parsed.problem] };
}
