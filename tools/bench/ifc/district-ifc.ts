// A district-sized IFC for the benches, generated (there is no third-party model this big among the samples):
// a 12 × 12 grid of 30-storey towers written by the sample generator, ~22k elements, ~744k vertices, 5.8 MB.
// Deterministic, so runs and machines compare.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeSchemeIfc } from '../../sample/ifc-scheme.ts';
import { createRng } from '../../sample/prng.ts';
import type { SchemeBuilding } from '../../sample/schemes.ts';

const GRID = 12;
const SPACING_METERS = 60;

/** Writes the model into `directory` and returns its path. */
export function writeDistrictIfc(directory: string): string {
  const towers: SchemeBuilding[] = [];
  for (let i = 0; i < GRID; i++) {
    for (let j = 0; j < GRID; j++) {
      towers.push({
        name: `T${i + 1}-${j + 1}`,
        kind: 'tower',
        centre: [i * SPACING_METERS, j * SPACING_METERS],
        widthMeters: 30,
        depthMeters: 20,
        floors: 30,
        floorHeightMeters: 3,
        use: '居住',
      });
    }
  }
  const frame = { origin: [0, 0] as [number, number], rotationRad: 0.1, groundElevationM: 50 };
  const path = join(directory, 'district-144-towers.ifc');
  writeFileSync(path, writeSchemeIfc(createRng(7), { unitId: 'BENCH', frame, a: towers, b: [] }, 'bench district'));
  return path;
}
