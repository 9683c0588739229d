// `placement` puts a tileset that has no georeference (its root sits at the Earth's centre, as many BIM and
// photogrammetry exports do) at a place on the globe: a local east-north-up frame, turned and scaled.
import { Fields } from './fields.ts';
import { describeValue, isJsonObject, problem } from './json-paths.ts';
import type { Placement, Problem } from './project-types.ts';

const PLACEMENT_KEYS = ['lon', 'lat', 'heightMeters', 'headingDeg', 'scale'] as const;

export function validatePlacement(json: unknown, path: string, problems: Problem[]): Placement | undefined {
  if (json === undefined) return undefined;
  if (!isJsonObject(json)) {
    problems.push(
      problem(
        path,
        `expected a placement {"lon", "lat", "heightMeters", "headingDeg"?, "scale"?}, found ${describeValue(json)}`,
      ),
    );
    return undefined;
  }
  const fields = new Fields(json, path, problems);
  const placement = {
    lon: fields.number('lon', { min: -180, max: 180, meaning: 'longitude in degrees' }),
    lat: fields.number('lat', { min: -90, max: 90, meaning: 'latitude in degrees' }),
    heightMeters: fields.number('heightMeters', { default: 0, meaning: 'metres above the ellipsoid' }),
    headingDeg: fields.number('headingDeg', {
      min: -360,
      max: 360,
      default: 0,
      meaning: 'rotation clockwise from north',
    }),
    scale: fields.number('scale', { min: 1e-6, max: 1e6, default: 1, meaning: 'a positive scale factor' }),
  };
  fields.warnUnknownKeys(PLACEMENT_KEYS, 'a placement');
  return fields.hasErrors() ? undefined : (placement as Placement);
}
