// Camera poses (home and viewpoints) and the viewpoint list.
import { Fields } from './fields.ts';
import { childPath, describeValue, isJsonObject, problem } from './json-paths.ts';
import type { CameraView, Problem, Viewpoint } from './project-types.ts';

/** Defaults for an omitted orientation: facing north, looking down at 45°, level. */
export const DEFAULT_HEADING_DEG = 0;
export const DEFAULT_PITCH_DEG = -45;
export const DEFAULT_ROLL_DEG = 0;

const VIEW_KEYS = ['lon', 'lat', 'heightMeters', 'headingDeg', 'pitchDeg', 'rollDeg'] as const;

/** A camera pose, or undefined (with problems) when any part is wrong. */
export function validateView(json: unknown, path: string, problems: Problem[]): CameraView | undefined {
  if (!isJsonObject(json)) {
    problems.push(
      problem(path, `expected a camera view {"lon", "lat", "heightMeters", …}, found ${describeValue(json)}`),
    );
    return undefined;
  }
  const fields = new Fields(json, path, problems);
  const view = {
    lon: fields.number('lon', { min: -180, max: 180, meaning: 'longitude in degrees' }),
    lat: fields.number('lat', { min: -90, max: 90, meaning: 'latitude in degrees' }),
    heightMeters: fields.number('heightMeters', { meaning: 'metres above the ellipsoid' }),
    headingDeg: fields.number('headingDeg', {
      min: -360,
      max: 360,
      default: DEFAULT_HEADING_DEG,
      meaning: '0 = north, clockwise',
    }),
    pitchDeg: fields.number('pitchDeg', {
      min: -90,
      max: 90,
      default: DEFAULT_PITCH_DEG,
      meaning: '-90 = straight down',
    }),
    rollDeg: fields.number('rollDeg', { min: -180, max: 180, default: DEFAULT_ROLL_DEG }),
  };
  fields.warnUnknownKeys(VIEW_KEYS, 'a camera view');
  return fields.hasErrors() ? undefined : (view as CameraView);
}

/** Valid viewpoints with unique ids; a bad one is dropped and reported. */
export function validateViewpoints(json: unknown, path: string, problems: Problem[]): Viewpoint[] {
  if (json === undefined) return [];
  if (!Array.isArray(json)) {
    problems.push(
      problem(path, `viewpoints must be an array, found ${describeValue(json)}; no viewpoints were loaded`),
    );
    return [];
  }
  const firstPathOfId = new Map<string, string>();
  const viewpoints: Viewpoint[] = [];
  json.forEach((entry, index) => {
    const entryPath = childPath(path, index);
    const viewpoint = validateViewpoint(entry, entryPath, problems);
    if (!viewpoint) return;
    const earlier = firstPathOfId.get(viewpoint.id);
    if (earlier) {
      problems.push(
        problem(
          childPath(entryPath, 'id'),
          `duplicate viewpoint id "${viewpoint.id}" (first used at ${earlier}); this viewpoint was dropped`,
        ),
      );
      return;
    }
    firstPathOfId.set(viewpoint.id, entryPath);
    viewpoints.push(viewpoint);
  });
  return viewpoints;
}

function validateViewpoint(json: unknown, path: string, problems: Problem[]): Viewpoint | undefined {
  if (!isJsonObject(json)) {
    problems.push(
      problem(path, `expected a viewpoint {"id", "title", "view"}, found ${describeValue(json)}; it was dropped`),
    );
    return undefined;
  }
  const fields = new Fields(json, path, problems);
  const id = fields.string('id', true);
  const title = fields.localized('title', true);
  const description = fields.localized('description', false);
  const view = validateView(json.view, fields.at('view'), problems);
  // Eye-level (人视点): a pedestrian's view, where the skyline is judged; the review report draws skylines from these.
  const eyeLevel = fields.boolean('eyeLevel', false);
  fields.warnUnknownKeys(['id', 'title', 'description', 'view', 'eyeLevel'], 'a viewpoint');
  if (fields.hasErrors() || id === undefined || title === undefined || view === undefined) return undefined;
  return {
    id,
    title,
    view,
    ...(description === undefined ? {} : { description }),
    ...(eyeLevel ? { eyeLevel } : {}),
  };
}
