// CRS names in the manifest, checked against what src/data/crs.ts can convert and normalised to "EPSG:<code>".
import { parseCrsCode } from '../data/crs.ts';
import { describeValue, problem } from './json-paths.ts';
import type { Problem } from './project-types.ts';

export const DEFAULT_CRS = 'EPSG:4326';

/** `fallback` when absent; undefined (with a problem) when not a supported CRS. */
export function readCrs(value: unknown, path: string, problems: Problem[], fallback: string): string | undefined {
  if (value === undefined) return fallback;
  if (typeof value === 'string' || typeof value === 'number') {
    try {
      return `EPSG:${parseCrsCode(value)}`;
    } catch (error) {
      problems.push(problem(path, `cannot use crs ${JSON.stringify(value)}: ${(error as Error).message}`));
      return undefined;
    }
  }
  problems.push(problem(path, `crs must be a string such as "EPSG:4547", found ${describeValue(value)}`));
  return undefined;
}
