// Footprints → 3D Tiles 1.1: ingest (streamed from a file, or an in-memory FeatureCollection), quadtree, then one
// glb at a time written straight to disk, then tileset.json. Peak memory is the compact store plus one tile; a
// partition's store holds only its own tiles' buildings (see layout-pass.ts).
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseCrsCode } from '../../src/data/crs.ts';
import { DataError, errorMessage } from '../../src/shared/errors.ts';
import { BUILDING_CLASS, buildingSchema, type BuildingSchema } from './building-schema.ts';
import { LocalFrame, metersPerDegree } from '../../src/geometry/ellipsoid.ts';
import { extrudeBuildings } from './extrude.ts';
import type { SkipKind } from './footprint-geometry.ts';
import { type BuildingLayout, FootprintStore } from './footprint-store.ts';
import { writeGlb, type PbrMaterial } from '../../src/data/gltf/glb-writer.ts';
import { streamFeatureCollection } from './geojson-stream.ts';
import { type BuildingSink, FootprintIngest, type IngestOptions, type SkippedFeature } from './ingest.ts';
import { LayoutPass } from './layout-pass.ts';
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
  /** Buildings held in full: all for a single run, only its own tiles' for a partition. */
  buildingsStored: number;
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

function parseOptions(source: string, options: TilerOptions): IngestOptions {
  let crs: number | undefined;
  try {
    crs = options.crs === undefined ? undefined : parseCrsCode(options.crs);
  } catch (error) {
    throw new DataError(source, errorMessage(error));
  }
  return {
    crs,
    heightField: options.heightField ?? 'heightMeters',
    floorsField: options.floorsField ?? 'floors',
    floorHeightMeters: options.floorHeightMeters ?? 3,
  };
}

/** One pass over the input into `sink`; `only` (flags by feature index) limits it to those features. */
async function ingest<Sink extends BuildingSink>(
  input: FeatureCollectionInput | string,
  options: TilerOptions,
  sink: Sink,
  only?: Uint8Array,
): Promise<FootprintIngest<Sink>> {
  const source = sourceName(input);
  const state = new FootprintIngest(source, parseOptions(source, options), sink);
  const onFeature = (feature: unknown, index: number) => {
    if (!only || only[index]) state.addFeature(feature, index);
  };
  if (typeof input === 'string') {
    await streamFeatureCollection(input, { onMember: (key, value) => state.onMember(key, value), onFeature });
  } else {
    for (const [key, value] of Object.entries(input)) if (key !== 'features') state.onMember(key, value);
    if (!Array.isArray(input.features)) throw new DataError(source, 'not a FeatureCollection: no "features" array');
    input.features.forEach(onFeature);
  }
  return state;
}

const sourceName = (input: FeatureCollectionInput | string) =>
  typeof input === 'string' ? input : 'FeatureCollection';

interface Layout {
  state: FootprintIngest<BuildingSink>;
  layout: BuildingLayout;
  root: TileNode;
  /** Every building of the tiles this run writes (all of them for a single run). */
  store: FootprintStore;
  schema: BuildingSchema;
  /** The nodes a partition writes. */
  share?: Set<TileNode>;
}

function checkUsable(input: FeatureCollectionInput | string, state: FootprintIngest<BuildingLayout & BuildingSink>) {
  if (state.sink.count > 0) return;
  const { skipped } = state;
  const kinds = Object.entries(countByKind(skipped)).map(([k, n]) => `${n} ${k}`);
  const first = skipped[0] ? `; first: feature ${skipped[0].index}: ${skipped[0].reason}` : '';
  throw new DataError(sourceName(input), `no usable buildings (${kinds.join(', ') || 'no features'})${first}`);
}

/** A single run: one pass into the full store. */
async function layOutWhole(input: FeatureCollectionInput | string, options: TilerOptions): Promise<Layout> {
  const state = await ingest(input, options, new FootprintStore());
  checkUsable(input, state);
  const store = state.sink;
  const root = buildQuadtree(store, options.maxFeaturesPerTile ?? 2000);
  return { state, layout: store, root, store, schema: buildingSchema(store) };
}

/** A partition: the light pass lays out everything, the second pass stores only the share's buildings. */
async function layOutShare(
  input: FeatureCollectionInput | string,
  options: TilerOptions,
  partition: Partition,
): Promise<Layout> {
  const state = await ingest(input, options, new LayoutPass());
  checkUsable(input, state);
  const layout = state.sink;
  const root = buildQuadtree(layout, options.maxFeaturesPerTile ?? 2000);
  const share = nodesOfPartition(root, partition);
  const { features, buildings } = layout.claimShare(share);
  const store = (await ingest(input, options, new FootprintStore(), features)).sink;
  if (store.count !== buildings)
    throw new DataError(sourceName(input), 'the input changed between the two passes of a partitioned run');
  return { state, layout, root, store, schema: buildingSchema(store, layout.tallies, layout.count), share };
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
  const { state, layout, root, store, schema, share } = options.partition
    ? await layOutShare(input, options, options.partition)
    : await layOutWhole(input, options);
  const { skipped } = state;
  const { west, south, east, north } = layout.extent;
  const [centerLon, centerLat] = [(west + east) / 2, (south + north) / 2];
  const frame = new LocalFrame(centerLon, centerLat, options.baseHeightMeters ?? 0);

  // A stale tileset.json or partition.json left by another kind of run would be taken for this run's output.
  for (const stale of ['tiles', 'tileset.json', PARTITION_MANIFEST])
    await rm(join(outDir, stale), { recursive: true, force: true });
  await mkdir(join(outDir, 'tiles'), { recursive: true });
  const contents = new Map<TileNode, WrittenContent>();
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
    buildingsStored: store.count,
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
