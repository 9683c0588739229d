// Every reader fed seeded mutations of real samples (truncations, byte flips, header fields and JSON numbers set to
// lies): each outcome is a result or a DataError — no other error, no case over CASE_MS, no runaway allocation.
// Samples from ../shared/samples are used when present and skipped with a note when not.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { IfcAPI } from 'web-ifc';
import { parseGeoJson } from '../../../src/data/geojson/index.ts';
import { ifcClassNames } from '../../../src/data/ifc/ifc-class-names.ts';
import { IfcElementReader } from '../../../src/data/ifc/element-reader.ts';
import { unzipIfc } from '../../../src/data/ifc/ifczip.ts';
import { readIfc } from '../../../src/data/ifc/read-ifc.ts';
import { StepFile, StepSyntaxError } from '../../../src/data/ifc/step-file.ts';
import { crsFromPrj } from '../../../src/data/shapefile/prj-to-crs.ts';
import { readDbf } from '../../../src/data/shapefile/read-dbf.ts';
import { readShp } from '../../../src/data/shapefile/read-shp.ts';
import { shapefileToGeoJson } from '../../../src/data/shapefile/shapefile-to-geojson.ts';
import { encodingFromCpg } from '../../../src/data/shapefile/text-encoding.ts';
import { featureGeometries } from '../../../src/data/tiles/feature-geometry.ts';
import { parseGlb } from '../../../src/data/tiles/glb.ts';
import { IDENTITY } from '../../../src/data/tiles/mat4.ts';
import { parseTileContent } from '../../../src/data/tiles/tile-content.ts';
import { checkTileContent } from '../../../src/data/tiles/tile-framing.ts';
import { DataError } from '../../../src/shared/errors.ts';
import { glb, TEST_LIMITS, tileHeader } from '../../fixtures/hostile/hostile-corpus.ts';
import { compressedTileset } from '../../fixtures/tilesets/compressed-tileset.ts';
import { mutate, mutateJsonNumber, seededRandom, type Mutation } from './fuzz.ts';
import { ifcEngine } from '../ifc/fixtures.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SHARED = fileURLToPath(new URL('../../../../shared/samples/', import.meta.url));
const haveShared = existsSync(SHARED);
if (!haveShared)
  console.warn(`Fuzz: ${SHARED} not found; the third-party samples (b3dm, pnts, metadata glb) are skipped`);

const SEED = 20261202;
/** Per case, the message budget of the app; the slowest sample case takes some 50 ms on an idle machine. */
const CASE_MS = 2000;
/** Array buffers a case may leave behind: a few copies of the largest sample, not the gigabytes a lie could ask for. */
const RETAINED_BYTES = 256 * 1024 * 1024;

const file = (path: string) => new Uint8Array(readFileSync(path));
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const noFetch = async (url: string): Promise<Uint8Array> => {
  throw new DataError(url, 'not fetched in the fuzz test');
};

interface Target {
  name: string;
  original: Uint8Array;
  /** Bytes at the start where header fields are set to lies. */
  headerBytes: number;
  cases: number;
  read(bytes: Uint8Array): unknown;
  /** A binary glTF: half the cases lie in its JSON numbers instead. */
  gltfJson?: boolean;
  /** Errors besides DataError that the caller turns into one (StepSyntaxError → DataError in readIfc). */
  alsoAccepted?: (error: unknown) => boolean;
}

async function readTile(bytes: Uint8Array, name: string): Promise<void> {
  // Cesium's requests pass this check; the building list reads a tile whether or not it would pass.
  try {
    checkTileContent(bytes, name, TEST_LIMITS);
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
  }
  const content = await parseTileContent(bytes, name, 'Y', noFetch, TEST_LIMITS);
  featureGeometries(content, IDENTITY, name);
}

function tileTargets(): Target[] {
  const ours = file(`${ROOT}tilesets/scheme-b/tiles/0-0-0.glb`);
  const city = file(`${ROOT}tilesets/zhumadian-city/tiles/1-1-1.glb`);
  const b3dm = tileHeader('b3dm', [0, 0, 0, 0], ours);
  const targets: Target[] = [
    {
      name: 'scheme-b 0-0-0.glb',
      original: ours,
      headerBytes: 32,
      cases: 400,
      gltfJson: true,
      read: (b) => readTile(b, 'fuzz.glb'),
    },
    {
      name: 'city 1-1-1.glb',
      original: city,
      headerBytes: 32,
      cases: 150,
      gltfJson: true,
      read: (b) => readTile(b, 'fuzz.glb'),
    },
    { name: 'b3dm of scheme-b', original: b3dm, headerBytes: 60, cases: 200, read: (b) => readTile(b, 'fuzz.b3dm') },
    {
      name: 'cmpt of b3dm + glb',
      original: tileHeader('cmpt', [2], new Uint8Array([...b3dm, ...ours])),
      headerBytes: 64,
      cases: 200,
      read: (b) => readTile(b, 'fuzz.cmpt'),
    },
    {
      name: 'i3dm header',
      original: tileHeader('i3dm', [0, 0, 0, 0, 1], ours),
      headerBytes: 40,
      cases: 50,
      read: (b) => readTile(b, 'fuzz.i3dm'),
    },
  ];
  if (!haveShared) return targets;
  return [
    ...targets,
    {
      name: 'CesiumGS building.b3dm',
      original: file(`${SHARED}tiles/TilesetWithRequestVolume/building.b3dm`),
      headerBytes: 64,
      cases: 200,
      read: (b) => readTile(b, 'fuzz.b3dm'),
    },
    {
      name: 'CesiumGS points.pnts',
      original: file(`${SHARED}tiles/TilesetWithRequestVolume/points.pnts`),
      headerBytes: 32,
      cases: 50,
      read: (b) => readTile(b, 'fuzz.pnts'),
    },
    {
      name: 'CesiumGS house-4-2.glb (metadata)',
      original: file(`${SHARED}tiles/MetadataGranularities/house-4-2.glb`),
      headerBytes: 32,
      cases: 300,
      gltfJson: true,
      read: (b) => readTile(b, 'fuzz.glb'),
    },
  ];
}

function shapefileTargets(): Target[] {
  const dir = `${ROOT}tests/browser/fixtures/shapefile/units-4547`;
  const parts = {
    shp: file(`${dir}.shp`),
    dbf: file(`${dir}.dbf`),
    prj: decode(file(`${dir}.prj`)),
    cpg: decode(file(`${dir}.cpg`)),
  };
  const throughGeoJson = (shp: Uint8Array, dbf: Uint8Array) => {
    const converted = shapefileToGeoJson({ source: 'fuzz.shp', ...parts, shp, dbf }, 'EPSG:4547', TEST_LIMITS);
    parseGeoJson(converted.featureCollection, 'fuzz.shp', { crs: converted.crs, limits: TEST_LIMITS });
  };
  return [
    {
      name: 'units-4547.shp',
      original: parts.shp,
      headerBytes: 160,
      cases: 400,
      read: (b) => readShp(b, 'fuzz.shp', TEST_LIMITS),
    },
    {
      name: 'units-4547.shp → GeoJSON',
      original: parts.shp,
      headerBytes: 160,
      cases: 100,
      read: (b) => throughGeoJson(b, parts.dbf),
    },
    {
      name: 'units-4547.dbf',
      original: parts.dbf,
      headerBytes: 128,
      cases: 400,
      read: (b) => readDbf(b, 'fuzz.dbf', undefined, TEST_LIMITS),
    },
    {
      name: 'units-4547.dbf → GeoJSON',
      original: parts.dbf,
      headerBytes: 128,
      cases: 100,
      read: (b) => throughGeoJson(parts.shp, b),
    },
    {
      name: 'units-4547.prj',
      original: file(`${dir}.prj`),
      headerBytes: 0,
      cases: 150,
      read: (b) => crsFromPrj(decode(b)),
    },
    {
      name: 'units-4547.cpg',
      original: file(`${dir}.cpg`),
      headerBytes: 0,
      cases: 50,
      read: (b) => encodingFromCpg(decode(b)),
    },
  ];
}

function textTargets(): Target[] {
  const schemeA = file(`${ROOT}assets/sample/scheme-a.ifc`);
  const elementIds = new StepFile(decode(schemeA)).idsOfType('IFCWALL');
  const readStep = (bytes: Uint8Array) => {
    const reader = new IfcElementReader(decode(bytes), ifcClassNames);
    const elements = elementIds.map((id) => reader.identity(id));
    elements.forEach((element) => reader.addProperties(element));
    reader.tree(elementIds);
    reader.buildings(elements);
  };
  return [
    {
      name: 'renewal-units.geojson',
      original: file(`${ROOT}assets/sample/renewal-units.geojson`),
      headerBytes: 0,
      cases: 300,
      read: (b) => parseGeoJson(decode(b), 'fuzz.geojson', { limits: TEST_LIMITS }),
    },
    {
      name: 'scheme-b.geojson',
      original: file(`${ROOT}assets/sample/scheme-b.geojson`),
      headerBytes: 0,
      cases: 150,
      read: (b) => parseGeoJson(decode(b), 'fuzz.geojson', { crs: 'EPSG:4326', limits: TEST_LIMITS }),
    },
    {
      name: 'scheme-a.ifc STEP text',
      original: schemeA,
      headerBytes: 0,
      cases: 150,
      read: readStep,
      alsoAccepted: (error) => error instanceof StepSyntaxError,
    },
    {
      name: 'scheme-a.ifczip',
      original: file(`${ROOT}tests/unit/ifc/fixtures/scheme-a.ifczip`),
      headerBytes: 64,
      cases: 150,
      read: (b) => unzipIfc(b, 'fuzz.ifczip', TEST_LIMITS.maxInflatedBytes),
    },
  ];
}

function mutationOf(target: Target, random: () => number): Mutation {
  if (!target.gltfJson || random() < 0.5)
    return mutate(target.original, random, target.headerBytes || target.original.length);
  const { json, bin } = parseGlb(target.original, target.name);
  const changed = mutateJsonNumber(json, random);
  return { label: `glTF JSON ${changed.label}`, bytes: glb(changed.json as object, bin) };
}

/** Runs every case of `target`; returns the failures, each with what to replay it by. */
async function fuzz(target: Target, seed: number): Promise<{ failures: string[]; slowestMs: number }> {
  const random = seededRandom(seed);
  const failures: string[] = [];
  let slowestMs = 0;
  const baseline = process.memoryUsage().arrayBuffers;
  for (let n = 0; n < target.cases; n++) {
    const mutation = mutationOf(target, random);
    const where = `${target.name} case ${n} (seed ${seed}, ${mutation.label})`;
    const started = performance.now();
    try {
      await target.read(mutation.bytes);
    } catch (error) {
      if (!(error instanceof DataError) && !target.alsoAccepted?.(error)) {
        failures.push(`${where}: ${(error as Error)?.constructor?.name}: ${(error as Error)?.message}`);
      }
    }
    const ms = performance.now() - started;
    slowestMs = Math.max(slowestMs, ms);
    if (ms > CASE_MS) failures.push(`${where}: took ${Math.round(ms)} ms`);
    const retained = process.memoryUsage().arrayBuffers - baseline;
    if (retained > RETAINED_BYTES)
      failures.push(`${where}: ${Math.round(retained / 2 ** 20)} MiB of array buffers after it`);
  }
  return { failures, slowestMs };
}

describe('reader fuzzing', () => {
  const groups = { tiles: tileTargets, shapefile: shapefileTargets, 'GeoJSON, STEP and .ifczip': textTargets };
  for (const [group, targets] of Object.entries(groups)) {
    it(`${group}: every mutation is a result or a DataError, quickly`, async () => {
      const failures: string[] = [];
      for (const [i, target] of targets().entries()) failures.push(...(await fuzz(target, SEED + i)).failures);
      expect(failures.slice(0, 20)).toEqual([]);
    }, 120_000);
  }

  describe('compressed tiles through loaders.gl', () => {
    const compressed: Partial<Record<'draco' | 'meshopt', Uint8Array>> = {};
    beforeAll(async () => {
      for (const kind of ['draco', 'meshopt'] as const)
        compressed[kind] = (await compressedTileset(`${ROOT}tilesets/zhumadian-city`, kind)).get('tiles/1-1-1.glb');
    });
    // Anywhere in the file: the Draco and meshopt streams are the body, not the header.
    it('Draco and meshopt copies of city 1-1-1.glb: every mutation is a result or a DataError, quickly', async () => {
      const failures: string[] = [];
      expect(Object.keys(compressed)).toEqual(['draco', 'meshopt']);
      for (const [i, [kind, original]] of Object.entries(compressed).entries()) {
        const target = { name: `${kind} 1-1-1.glb`, original: original!, headerBytes: original!.length, cases: 100 };
        failures.push(...(await fuzz({ ...target, read: (b) => readTile(b, 'fuzz.glb') }, SEED + i)).failures);
      }
      expect(failures.slice(0, 20)).toEqual([]);
    }, 120_000);
  });

  describe('IFC through web-ifc', () => {
    let api: IfcAPI;
    beforeAll(async () => {
      api = await ifcEngine();
    });
    // Not timed: a mutation web-ifc still reads is a whole conversion.
    it('a few mutations of scheme-a.ifc: each a model or a DataError', async () => {
      const target: Target = {
        name: 'scheme-a.ifc',
        original: file(`${ROOT}assets/sample/scheme-a.ifc`),
        headerBytes: 0,
        cases: 12,
        read: (b) => readIfc(api, b, 'fuzz.ifc'),
      };
      expect((await fuzz(target, SEED)).failures.filter((f) => !/took/.test(f))).toEqual([]);
    }, 120_000);
  });
});
