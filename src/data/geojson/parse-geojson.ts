// GeoJSON text (or parsed JSON) → clean features in lon/lat. Accepts a FeatureCollection, a Feature or a bare
// geometry; a bad feature is dropped and reported with its JSON path, the rest are kept.
import { DEFAULT_LIMITS } from '../../config/deployment-config.ts';
import { describeValue, isJsonObject, problem } from '../../config/json-paths.ts';
import { parseJsonText } from '../../config/json-text.ts';
import type { Problem } from '../../config/project-types.ts';
import { parseCrsCode } from '../crs.ts';
import { isGeometryType } from './read-geometry.ts';
import { readCleanGeometry, readFeature, type FeatureContext } from './read-feature.ts';
import { makeGeometryToLonLat } from './to-lon-lat.ts';
import type { CleanFeature, GeoJsonResult, ParseGeoJsonOptions } from './types.ts';

/** A whole file in the wrong CRS would otherwise yield one problem per feature. */
export const MAX_PROBLEMS = 100;

/** `source` (file name or URL) is only for messages that need it; problems carry JSON paths. */
export function parseGeoJson(
  input: string | unknown,
  source: string,
  options: ParseGeoJsonOptions = {},
): GeoJsonResult {
  const problems: Problem[] = [];
  let json = input;
  if (typeof input === 'string') {
    const parsed = parseJsonText(input);
    if (!parsed.ok) return { features: [], problems: [parsed.problem] };
    json = parsed.value;
  }
  const crsCode = fileCrs(json, options.crs ?? 'EPSG:4326', source, problems);
  if (crsCode === undefined) return { features: [], problems };
  const context: FeatureContext = {
    toLonLat: makeGeometryToLonLat(crsCode),
    problems,
    limits: options.limits ?? DEFAULT_LIMITS,
  };
  const features = readRoot(json, context);
  warnDuplicateIds(features, problems);
  return { features, problems: capped(problems) };
}

function readRoot(json: unknown, context: FeatureContext): CleanFeature[] {
  const type = isJsonObject(json) ? json.type : undefined;
  if (isJsonObject(json) && type === 'FeatureCollection') {
    if (!Array.isArray(json.features)) {
      context.problems.push(
        problem('$.features', `a FeatureCollection needs a "features" array, found ${describeValue(json.features)}`),
      );
      return [];
    }
    const features: CleanFeature[] = [];
    const { maxFeaturesPerLayer } = context.limits;
    if (json.features.length > maxFeaturesPerLayer) {
      context.problems.push(
        problem(
          '$.features',
          `the file has ${json.features.length} features, more than ${maxFeaturesPerLayer} ` +
            `(limits.maxFeaturesPerLayer): only the first ${maxFeaturesPerLayer} were read`,
        ),
      );
    }
    json.features.slice(0, maxFeaturesPerLayer).forEach((item, index) => {
      const feature = readFeature(item, `$.features[${index}]`, index, context);
      if (feature) features.push(feature);
    });
    return features;
  }
  if (type === 'Feature') {
    const feature = readFeature(json, '$', 0, context);
    return feature ? [feature] : [];
  }
  if (isGeometryType(type)) {
    const geometry = readCleanGeometry(json, '$', 'the geometry', context);
    return geometry ? [{ id: 0, index: 0, geometry, properties: {} }] : [];
  }
  const esri =
    isJsonObject(json) && ('geometryType' in json || 'spatialReference' in json)
      ? ' (this looks like Esri JSON; export GeoJSON instead)'
      : '';
  context.problems.push(
    problem(
      isJsonObject(json) ? '$.type' : '$',
      `expected GeoJSON: a FeatureCollection, a Feature or a geometry, found ${isJsonObject(json) ? `type ${describeValue(type)}` : describeValue(json)}${esri}`,
    ),
  );
  return [];
}

/**
 * The CRS to read coordinates in. A legacy (2008 GeoJSON) "crs" member that names a different supported CRS wins:
 * export tools write it from the data itself, while the layer's crs is often just the project default.
 */
function fileCrs(json: unknown, configured: string, source: string, problems: Problem[]): number | undefined {
  let code: number;
  try {
    code = parseCrsCode(configured);
  } catch (error) {
    problems.push(problem('$', `${source}: ${(error as Error).message}`));
    return undefined;
  }
  const named =
    isJsonObject(json) && isJsonObject(json.crs) && isJsonObject(json.crs.properties)
      ? json.crs.properties.name
      : undefined;
  if (named === undefined) return code;
  try {
    const declared = parseCrsCode(String(named));
    if (declared !== code) {
      problems.push(
        problem(
          '$.crs',
          `the file declares its coordinates are in EPSG:${declared}, but the layer says ` +
            `EPSG:${code}; the file's EPSG:${declared} was used (set "crs": "EPSG:${declared}" on the layer to silence this)`,
          'warning',
        ),
      );
    }
    return declared;
  } catch {
    problems.push(
      problem(
        '$.crs.properties.name',
        `the file declares an unsupported crs ${describeValue(named)}; ` + `its coordinates were read as EPSG:${code}`,
        'warning',
      ),
    );
    return code;
  }
}

function warnDuplicateIds(features: CleanFeature[], problems: Problem[]): void {
  const firstIndex = new Map<string | number, number>();
  for (const feature of features) {
    if (feature.id === feature.index) continue; // no id of its own
    const earlier = firstIndex.get(feature.id);
    if (earlier === undefined) firstIndex.set(feature.id, feature.index);
    else {
      problems.push(
        problem(
          `$.features[${feature.index}]`,
          `feature ${feature.index}: its id ${JSON.stringify(feature.id)} ` +
            `is also used by feature ${earlier}; picking and linking by id may confuse them`,
          'warning',
        ),
      );
    }
  }
}

function capped(problems: Problem[]): Problem[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  const rest = problems.length - MAX_PROBLEMS;
  return [
    ...problems.slice(0, MAX_PROBLEMS),
    problem('$', `… and ${rest} more problems like the ones above (not listed)`),
  ];
}
