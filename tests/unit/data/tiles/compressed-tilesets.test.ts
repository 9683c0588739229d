// Our sample city re-encoded as producers ship city models (Draco, meshopt, KHR_mesh_quantization, sparse accessors)
// gives the building list the uncompressed one gives: same buildings, attributes and heights, footprints to the
// quantization step.
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuildingRecord } from '../../../../src/analysis/building-record.ts';
import { readTilesetBuildings } from '../../../../src/data/tiles/tileset-buildings.ts';
import { type Compression, compressedTileset } from '../../../fixtures/tilesets/compressed-tileset.ts';

const CITY = fileURLToPath(new URL('../../../../tilesets/zhumadian-city/', import.meta.url));

async function buildings(files: (path: string) => Promise<Uint8Array>) {
  const problems: string[] = [];
  const records = await readTilesetBuildings({
    url: pathToFileURL(join(CITY, 'tileset.json')).href,
    layerId: 'city',
    attributes: { id: 'id', heightMeters: 'heightMeters' },
    fetchBytes: (url) => files(fileURLToPath(url)),
    reportProblem: (source, message) => problems.push(`${source}: ${message}`),
  });
  return { byId: new Map(records.map((r) => [r.featureId, r])), problems };
}

let plain: Map<string, BuildingRecord>;
beforeAll(async () => {
  plain = (await buildings(async (path) => new Uint8Array(await readFile(path)))).byId;
});

/** Metres per degree near the sample city (32.98° N), to compare footprints in metres. */
const [EAST_M, NORTH_M] = [93_400, 110_900];

/** What the re-encoded glTF JSON says, to be sure the copy is what its name says. */
const MARKER: Record<Compression, string> = {
  draco: '"KHR_draco_mesh_compression"',
  meshopt: '"EXT_meshopt_compression"',
  quantize: '"KHR_mesh_quantization"',
  sparse: '"sparse"',
};

/** The encoders' default 14-bit positions over a tile ~2 km across: steps of ~0.13 m, so corners and bases move by up to
 * one step and a small building's plan area by a few percent. Sparse accessors are lossless. */
describe.each<[Compression, number, number]>([
  ['draco', 0.2, 0.03],
  ['meshopt', 0.2, 0.03],
  ['quantize', 0.2, 0.03],
  ['sparse', 1e-9, 1e-12],
])('the sample city, %s', (compression, toleranceMeters, areaRatio) => {
  let files: Map<string, Uint8Array>;
  beforeAll(async () => {
    files = await compressedTileset(CITY, compression);
  });

  it('lists the same buildings with the same attributes, heights and footprints', async () => {
    expect(new TextDecoder().decode(files.get('tiles/0-0-0.glb')!.subarray(0, 4096))).toContain(MARKER[compression]);
    const { byId, problems } = await buildings(async (path) => files.get(path.slice(CITY.length))!);
    expect(problems).toEqual([]);
    expect([...byId.keys()].sort()).toEqual([...plain.keys()].sort());
    const worst = { cornerMeters: 0, baseMeters: 0, areaRatio: 0 };
    for (const [id, record] of byId) {
      const reference = plain.get(id)!;
      expect(record.attributes).toEqual(reference.attributes);
      expect(record.heightMeters).toBe(reference.heightMeters); // the mapped attribute, not geometry
      worst.baseMeters = Math.max(worst.baseMeters, Math.abs(record.baseHeightMeters - reference.baseHeightMeters));
      worst.areaRatio = Math.max(
        worst.areaRatio,
        Math.abs(record.footprintAreaM2! - reference.footprintAreaM2!) / reference.footprintAreaM2!,
      );
      // Each corner near some corner of the reference outline (quantization may move a hull corner to a neighbour).
      for (const [lon, lat] of record.footprint) {
        const gaps = reference.footprint.map(([rLon, rLat]) =>
          Math.hypot((lon - rLon) * EAST_M, (lat - rLat) * NORTH_M),
        );
        worst.cornerMeters = Math.max(worst.cornerMeters, Math.min(...gaps));
      }
    }
    expect(worst.cornerMeters).toBeLessThan(toleranceMeters);
    expect(worst.baseMeters).toBeLessThan(toleranceMeters);
    expect(worst.areaRatio).toBeLessThan(areaRatio);
  });
});
