// Footprints → 3D Tiles 1.1: ingest (streamed from a file, or an in-memory FeatureCollection), quadtree, then one
// glb at a time written straight to disk, then tileset.json. Peak memory is the compact store plus one tile.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseCrsCode } from '../../src/data/crs.ts';
import { DataError, errorMessage } from '../../src/shared/errors.ts';
import { BUILDING_CLASS, buildingSchema, type BuildingSchema } from './building-schema.ts';
import { LocalFrame, metersPerDegree } from '../../src/geometry/ellipsoid.ts';
import { extrudeBuildings } from './extrude.ts';
import type { SkipKind } from './footprint-geometry.ts';
import type { FootprintStore } from './footprint-store.ts';
import { writeGlb, type PbrMaterial } from '../../src/data/gltf/glb-writer.ts';
import { streamFeatureCollection } from './geojson-stream.ts';
import { FootprintIngest, type SkippedFeature } from './ingest.ts';
import { encodePropertyTable } from '../../src/data/gltf/property-table.ts';
import { nodesOfPartition, type Partition } from './partition.ts';
import { buildQuadtree, walk, type TileNode } from './quadtree.ts';
import { contentRegion } from './region.ts';
import { PARTITION_MANIFEST, writePartitionManifest, writeTileset, type WrittenContent } from './tileset-json.ts';

export interface FeatureCollectionInput {
  type: 'FeatureCollection';
  features: unknown[];
  crs?: unknown;
}

export interface TilerOptions {
  /** CRS of the input coordinates ("EPSG:4547" or 4547); default: the file's `crs` member, else lon/lat. */
  crs?: string | number;
  heightField?: string;
  floorsField?: string;
  floorHeightMeters?: number;
  maxFeaturesPerTile?: number;
  /** Ellipsoid height of the ground the buildings stand on. */
  baseHeightMeters?: number;
  includeFloor?: boolean;
  /** Write only this share of the tiles and partition.json instead of tileset.json (see partition.ts). */
  partition?: Partition;
}

export interface TilerReport {
  /** tileset.json, or partition.json for a partition run. */
  tilesetPath: string;
  crs: string;
  featuresIn: number;
  buildingsWritten: number;
  skipped: SkippedFeature[];
  skippedByKind: Partial<Record<SkipKind, number>>;
  tiles: number;
  bytes: number;
  seconds: number;
  /** User + system CPU time of the process: unlike the wall clock, barely moved by other processes' load. */
  cpuSeconds: number;
  peakRssMegabytes: number;
  /** Input attribute names that had to get another schema property id (e.g. Chinese names). */
  renamedProperties: Record<string, string>;
}

const MATERIAL: PbrMaterial = {
  name: 'building',
  baseColorFactor: [0.82, 0.82, 0.8, 1],
  metallicFactor: 0,
  roughnessFactor: 0.9,
};

async function ingest(input: FeatureCollectionInput | string, options: TilerOptions): Promise<FootprintIngest> {
  const source = typeof input === 'string' ? input : 'FeatureCollection';
  let crs: number | undefined;
  try {
    crs = options.crs === undefined ? undefined : parseCrsCode(options.crs);
  } catch (error) {
    throw new DataError(source, errorMessage(error));
  }
  const state = new FootprintIngest(source, {
    crs,
    heightField: options.heightField ?? 'heightMeters',
    floorsField: options.floorsField ?? 'floors',
    floorHeightMeters: options.floorHeightMeters ?? 3,
  });
  if (typeof input === 'string') {
    await streamFeatureCollection(input, {
      onMember: (key, value) => state.onMember(key, value),
      onFeature: (feature, index) => state.addFeature(feature, index),
    });
  } else {
    for (const [key, value] of Object.entries(input)) if (key !== 'features') state.onMember(key, value);
    if (!Array.isArray(input.features)) throw new DataError(source, 'not a FeatureCollection: no "features" array');
    input.features.forEach((f, i) => state.addFeature(f, i));
  }
  return state;
}

function countByKind(skipped: SkippedFeature[]): Partial<Record<SkipKind, number>> {
  const counts: Partial<Record<SkipKind, number>> = {};
  for (const s of skipped) counts[s.kind] = (counts[s.kind] ?? 0) + 1;
  return counts;
}

function tileGlb(
  store: FootprintStore,
  node: TileNode,
  frame: LocalFrame,
  schema: BuildingSchema,
  options: TilerOptions,
): Uint8Array {
  const baseHeightMeters = options.baseHeightMeters ?? 0;
  const mesh = extrudeBuildings(store, node.buildings, frame, {
    baseHeightMeters,
    includeFloor: !!options.includeFloor,
  });
  const count = node.buildings.length;
  const table = encodePropertyTable(BUILDING_CLASS, schema.properties, count, (p) =>
    Array.from(node.buildings, (building) => schema.valueOf(p, building)),
  );
  return writeGlb({
    generator: 'cim-renewal-viewer footprint tiler',
    primitives: [{ ...mesh, material: 0, features: { ids: mesh.featureIds, count, propertyTable: 0 } }],
    materials: [MATERIAL],
    metadata: { schema: schema.schema, propertyTables: [table] },
  });
}

export async function tileFootprints(
  input: FeatureCollectionInput | string,
  outDir: string,
  options: TilerOptions = {},
): Promise<TilerReport> {
  const started = performance.now();
  const state = await ingest(input, options);
  const { store, skipped } = state;
  if (store.count === 0) {
    const kinds = Object.entries(countByKind(skipped)).map(([k, n]) => `${n} ${k}`);
    const first = skipped[0] ? `; first: feature ${skipped[0].index}: ${skipped[0].reason}` : '';
    const source = typeof input === 'string' ? input : 'FeatureCollection';
    throw new DataError(source, `no usable buildings (${kinds.join(', ') || 'no features'})${first}`);
  }
  const { west, south, east, north } = store.extent;
  const [centerLon, centerLat] = [(west + east) / 2, (south + north) / 2];
  const frame = new LocalFrame(centerLon, centerLat, options.baseHeightMeters ?? 0);
  const schema = buildingSchema(store);
  const root = buildQuadtree(store, options.maxFeaturesPerTile ?? 2000);

  // A stale tileset.json or partition.json left by another kind of run would be taken for this run's output.
  for (const stale of ['tiles', 'tileset.json', PARTITION_MANIFEST])
    await rm(join(outDir, stale), { recursive: true, force: true });
  await mkdir(join(outDir, 'tiles'), { recursive: true });
  const contents = new Map<TileNode, WrittenContent>();
  const share = options.partition && nodesOfPartition(root, options.partition);
  let bytes = 0;
  let buildingsWritten = 0;
  for (const node of walk(root)) {
    if (share && !share.has(node)) continue;
    buildingsWritten += node.buildings.length;
    const uri = `tiles/${node.level}-${node.x}-${node.y}.glb`;
    const glb = tileGlb(store, node, frame, schema, options);
    await writeFile(join(outDir, uri), glb);
    bytes += glb.length;
    contents.set(node, { uri, region: contentRegion(store, node.buildings, options.baseHeightMeters ?? 0) });
  }
  const perDegree = metersPerDegree(centerLat);
  const extentMeters = Math.hypot((east - west) * perDegree.east, (north - south) * perDegree.north);
  const frameJson = { transform: frame.matrixColumnMajor(), extentMeters };
  const { path: tilesetPath, bytes: tilesetBytes } = options.partition
    ? await writePartitionManifest(outDir, options.partition, frameJson, contents)
    : await writeTileset(outDir, root, contents, frameJson);

  const usage = process.resourceUsage();
  return {
    tilesetPath,
    crs: `EPSG:${state.crsCode}`,
    featuresIn: state.featuresIn,
    buildingsWritten,
    skipped,
    skippedByKind: countByKind(skipped),
    tiles: contents.size,
    bytes: bytes + tilesetBytes,
    seconds: (performance.now() - started) / 1000,
    cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6,
    peakRssMegabytes: usage.maxRSS / 1024,
    renamedProperties: Object.fromEntries(schema.properties.flatMap((p) => (p.name ? [[p.name, p.id]] : []))),
  };
}
