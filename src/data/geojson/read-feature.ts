// One GeoJSON Feature (or bare geometry) → a CleanFeature in lon/lat, or null with the reason; repairs and doubts
// are reported as fixed/warning problems.
import type { DeploymentLimits } from '../../config/deployment-config.ts';
import { nestsDeeperThan } from '../../config/json-depth.ts';
import { childPath, describeValue, isJsonObject, problem } from '../../config/json-paths.ts';
import type { Problem, ProblemSeverity } from '../../config/project-types.ts';
import { checkRings } from './check-rings.ts';
import { GeometryError, type GeometryNote, type Key } from './geometry-error.ts';
import { readGeometry } from './read-geometry.ts';
import type { GeometryToLonLat } from './to-lon-lat.ts';
import type { CleanFeature, CleanGeometry } from './types.ts';

export interface FeatureContext {
  toLonLat: GeometryToLonLat;
  problems: Problem[];
  limits: DeploymentLimits;
}

const pathOf = (base: string, at: readonly Key[]) => at.reduce<string>((path, key) => childPath(path, key), base);

/** `label` names the feature in messages: 'feature 12 (id "U-07")'. */
function report(
  context: FeatureContext,
  path: string,
  label: string,
  message: string,
  severity?: ProblemSeverity,
): void {
  context.problems.push(problem(path, `${label}: ${message}`, severity));
}

export function readFeature(json: unknown, path: string, index: number, context: FeatureContext): CleanFeature | null {
  if (!isJsonObject(json) || json.type !== 'Feature') {
    const found = isJsonObject(json) ? `an object with type ${describeValue(json.type)}` : describeValue(json);
    report(
      context,
      path,
      `feature ${index}`,
      `expected {"type": "Feature", "geometry", "properties"}, found ${found}; it was dropped`,
    );
    return null;
  }
  if (nestsDeeperThan(json.properties, context.limits.maxNestingDepth)) {
    report(
      context,
      childPath(path, 'properties'),
      `feature ${index}`,
      `its properties are nested more than ` +
        `${context.limits.maxNestingDepth} deep (limits.maxNestingDepth); it was dropped`,
    );
    return null;
  }
  const properties = readProperties(json.properties, childPath(path, 'properties'), `feature ${index}`, context);
  const id = featureId(json.id, properties, index);
  const label = `feature ${index}${id === index ? '' : ` (id ${JSON.stringify(id)})`}`;
  if (json.id !== undefined && typeof json.id !== 'string' && typeof json.id !== 'number') {
    report(
      context,
      childPath(path, 'id'),
      label,
      `id must be a string or a number, found ${describeValue(json.id)}; it was ignored`,
      'warning',
    );
  }
  if (json.geometry === null) {
    report(
      context,
      childPath(path, 'geometry'),
      label,
      'it has no geometry (null), so there is nothing to draw; it was left out',
      'warning',
    );
    return null;
  }
  const geometry = readCleanGeometry(json.geometry, childPath(path, 'geometry'), label, context);
  return geometry ? { id, index, geometry, properties } : null;
}

/** Structure, then CRS, then ring topology; the first error drops the geometry (and only it is reported). */
export function readCleanGeometry(
  json: unknown,
  path: string,
  label: string,
  context: FeatureContext,
): CleanGeometry | null {
  const notes: GeometryNote[] = [];
  try {
    const geometry = readGeometry(json, notes, context.limits);
    context.toLonLat(geometry);
    checkRings(geometry);
    for (const note of notes) report(context, pathOf(path, note.at), label, note.message, note.severity);
    return geometry;
  } catch (error) {
    if (!(error instanceof GeometryError)) throw error;
    report(context, pathOf(path, error.at), label, `${error.message}; the feature was dropped`);
    return null;
  }
}

function readProperties(json: unknown, path: string, label: string, context: FeatureContext): Record<string, unknown> {
  if (json === undefined || json === null) return {};
  if (isJsonObject(json)) return json;
  report(
    context,
    path,
    label,
    `properties must be an object or null, found ${describeValue(json)}; they were ignored`,
    'warning',
  );
  return {};
}

/** The feature's own id, else `properties.id` (the DESIGN.md §3 convention), else its index. */
function featureId(id: unknown, properties: Record<string, unknown>, index: number): string | number {
  if (typeof id === 'string' || typeof id === 'number') return id;
  const own = properties.id;
  return typeof own === 'string' || typeof own === 'number' ? own : index;
}
