// The building list read straight from 3D Tiles: our tiler's 1.1 output against the footprints it was made from,
// and CesiumGS's third-party 1.0/1.1 samples (b3dm batch tables, external tileset, featureless content, implicit tiling).
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuildingRecord, LonLat } from '../../../../src/analysis/building-record.ts';
import { polygonAreaM2 } from '../../../../src/analysis/geo-area.ts';
import { lonLatCentre } from '../../../../src/geometry/local-plane.ts';
import { placementTransform } from '../../../../src/data/tiles/placement-transform.ts';
import { readTilesetBuildings, type TilesetBuildingsOptions } from '../../../../src/data/tiles/tileset-buildings.ts';
import { DataError } from '../../../../src/shared/errors.ts';
import { haveSamplesIn, SAMPLES_DIR } from '../../../third-party-samples.ts';
import { TEST_LIMITS } from '../../../fixtures/hostile/hostile-corpus.ts';

const SAMPLES = join(SAMPLES_DIR, 'tiles/');
const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

const readLocal = async (url: string) => new Uint8Array(await readFile(fileURLToPath(url)));

async function read(path: string, extra: Partial<TilesetBuildingsOptions> = {}) {
  const problems: string[] = [];
  const records = await readTilesetBuildings({
    url: pathToFileURL(path).href,
    layerId: 'city',
    attributes: { id: 'id', heightMeters: 'heightMeters' },
    fetchBytes: readLocal,
    reportProblem: (source, message) => problems.push(`${source}: ${message}`),
    ...extra,
  });
  return { records, problems };
}

function centroid(ring: readonly LonLat[]): LonLat {
  const sum = ring.reduce((s, [lon, lat]) => [s[0] + lon, s[1] + lat], [0, 0]);
  return [sum[0] / ring.length, sum[1] / ring.length];
}

describe('our sample city tileset (3D Tiles 1.1, EXT_mesh_features + EXT_structural_metadata)', () => {
  let records: BuildingRecord[];
  let footprints: Map<string, { properties: Record<string, unknown>; ring: LonLat[] }>;
  beforeAll(async () => {
    records = (await read(`${ROOT}tilesets/zhumadian-city/tileset.json`)).records;
    const geojson = JSON.parse(await readFile(`${ROOT}assets/sample/buildings.geojson`, 'utf8')) as {
      features: { properties: Record<string, unknown>; geometry: { coordinates: LonLat[][] } }[];
    };
    footprints = new Map(
      geojson.features.map((f) => [
        String(f.properties.id),
        {
          properties: f.properties,
          ring: f.geometry.coordinates[0]!,
        },
      ]),
    );
  });

  it('lists every building once, with its attributes', () => {
    expect(records.length).toBe(footprints.size);
    expect(new Set(records.map((r) => r.featureId)).size).toBe(records.length);
    for (const record of records) {
      const source = footprints.get(record.featureId)!;
      expect(source).toBeDefined();
      expect(record.attributes.safetyGrade).toBe(source.properties.safetyGrade);
      expect(record.attributes.yearBuilt).toBe(source.properties.yearBuilt);
      expect(record.heightMeters).toBeCloseTo(Number(source.properties.heightMeters), 4);
    }
  });

  it('puts each footprint where the source polygon is, with the same plan area', () => {
    let worstAreaError = 0;
    for (const record of records) {
      const source = footprints.get(record.featureId)!;
      const sourceArea = polygonAreaM2([source.ring.slice(0, -1)]);
      worstAreaError = Math.max(worstAreaError, Math.abs(record.footprintAreaM2! - sourceArea) / sourceArea);
      // The outline is the convex hull: it holds every source corner (to float32 precision).
      const hullArea = polygonAreaM2([record.footprint]);
      expect(hullArea).toBeGreaterThanOrEqual(sourceArea * 0.995);
      const [a, b] = [lonLatCentre(record.footprint), lonLatCentre(source.ring)];
      expect(Math.hypot((a[0] - b[0]) * 93_000, (a[1] - b[1]) * 111_000)).toBeLessThan(0.05);
      expect(Math.abs(record.baseHeightMeters)).toBeLessThan(0.05);
    }
    expect(worstAreaError).toBeLessThan(0.001);
  });
});

describe.runIf(haveSamplesIn('tiles', 'the building lists of third-party tilesets'))(
  'third-party tilesets (samples/tiles)',
  () => {
    it('1.0: b3dm batch tables through an external tileset, RTC centres and tile transforms', async () => {
      const { records, problems } = await read(`${SAMPLES}TilesetWithRequestVolume/tileset.json`);
      expect(problems).toEqual([]);
      const batched = records.filter((r) => 'Longitude' in r.attributes);
      expect(batched).toHaveLength(40); // 4 city blocks × 10 buildings; ids 0–9 repeat per tile and are all kept
      for (const record of batched) {
        // The batch table carries each building's own position (radians) and height: the geometry must agree.
        const [lon, lat] = centroid(record.footprint);
        const degrees = 180 / Math.PI;
        expect(Math.abs(lon - Number(record.attributes.Longitude) * degrees) * 85_000).toBeLessThan(5);
        expect(Math.abs(lat - Number(record.attributes.Latitude) * degrees) * 111_000).toBeLessThan(5);
        expect(record.heightMeters).toBeCloseTo(Number(record.attributes.Height), 0);
      }
      // building.b3dm has no batch table: the whole content is one building, measured from its geometry: 13.4 m
      // in the glb, scaled ×5 by its tile transform — the 67 m the root's bounding region allows.
      const whole = records.filter((r) => r.featureId.endsWith('building.b3dm#content'));
      expect(whole).toHaveLength(1);
      expect(whole[0]!.heightMeters).toBeCloseTo(67.0, 0);
    });

    it('1.1: content without features is one building with the metadata it inherits; placement applies', async () => {
      const path = `${SAMPLES}MetadataGranularities/tileset.json`;
      const unplaced = await read(path);
      expect(unplaced.records).toEqual([]);
      expect(unplaced.problems).toHaveLength(1); // once, not once per content
      expect(unplaced.problems[0]).toMatch(/no georeference.*placement/);
      const placement = { lon: 114.02, lat: 32.98, heightMeters: 0, headingDeg: 0, scale: 1 };
      const { records, problems } = await read(path, { modelMatrix: placementTransform(placement) });
      expect(problems).toEqual([]);
      expect(records.length).toBeGreaterThanOrEqual(4);
      for (const record of records) {
        const [lon, lat] = centroid(record.footprint);
        expect(Math.abs(lon - 114.02)).toBeLessThan(0.01);
        expect(Math.abs(lat - 32.98)).toBeLessThan(0.01);
        expect(Object.keys(record.attributes).length).toBeGreaterThan(0);
      }
    });

    it('1.1 implicit tiling: the contents the availability bitstreams of the subtrees list, each a building', async () => {
      const path = `${SAMPLES}SparseImplicitQuadtree/`;
      const placement = { lon: 114.02, lat: 32.98, heightMeters: 0, headingDeg: 0, scale: 100 };
      const { records, problems } = await read(`${path}tileset.json`, { modelMatrix: placementTransform(placement) });
      expect(problems).toEqual([]);
      // Its README: 32 tiles with content, all at level 5; the files in content/ are exactly those.
      const files = (await readdir(`${path}content`)).map((name) => `content/${name}#content`);
      expect(records.map((r) => r.featureId.slice(r.featureId.indexOf('content/'))).sort()).toEqual(files.sort());
      // Each a 1/32 × 1/32 part of the unit square, scaled ×100 by the placement.
      for (const record of records) expect(record.footprintAreaM2).toBeCloseTo((100 / 32) ** 2, 1);
    });
  },
);

describe('bad input', () => {
  it('a missing tileset is a DataError naming it', async () => {
    await expect(read(`${ROOT}tilesets/nowhere/tileset.json`)).rejects.toBeInstanceOf(DataError);
  });

  it('a broken content is reported with its URL and the other tiles still load', async () => {
    const broken = async (url: string) =>
      url.endsWith('/1-0-0.glb') ? new TextEncoder().encode('glTF-not-really') : readLocal(url);
    const { records, problems } = await read(`${ROOT}tilesets/zhumadian-city/tileset.json`, { fetchBytes: broken });
    expect(problems).toEqual([expect.stringMatching(/1-0-0\.glb: .*glTF/)]);
    expect(records.length).toBeGreaterThan(3000);
  });

  it('an implicit tree that says "all available" for ever stops at the feature cap, with a DataError', async () => {
    const json = new TextEncoder().encode(
      JSON.stringify({
        tileAvailability: { constant: 1 },
        contentAvailability: [{ constant: 1 }],
        childSubtreeAvailability: { constant: 1 },
      }).padEnd(128),
    );
    const header = new DataView(new ArrayBuffer(24));
    header.setUint32(0, 0x74627573, true); // "subt"
    header.setUint32(4, 1, true);
    header.setBigUint64(8, BigInt(json.length), true);
    const subtree = new Uint8Array([...new Uint8Array(header.buffer), ...json]);
    const tileset = {
      asset: { version: '1.1' },
      root: {
        geometricError: 1,
        content: { uri: '{level}/{x}/{y}.glb' },
        implicitTiling: {
          subdivisionScheme: 'QUADTREE',
          subtreeLevels: 4,
          availableLevels: 30,
          subtrees: { uri: '{level}.{x}.{y}.subtree' },
        },
      },
    };
    const fetchBytes = async (url: string) =>
      url.endsWith('.subtree') ? subtree : new TextEncoder().encode(JSON.stringify(tileset));
    const started = performance.now();
    await expect(read('/hostile/implicit.json', { fetchBytes, limits: TEST_LIMITS })).rejects.toThrow(
      /the available implicit tiles is 101, more than 100 \(limits.maxFeaturesPerLayer\)/,
    );
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
