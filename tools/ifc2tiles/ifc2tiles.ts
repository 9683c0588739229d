// IFC → 3D Tiles 1.1: the model read as in the browser, split into tiles of bounded size, each tile a glb keyed by
// GlobalId, all under one root whose transform is the model's placement (vertices stay near the origin).
import { mkdir, open, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createIfcEngine, engineHeapBytes } from '../../src/data/ifc/ifc-engine.ts';
import type { ManualPlacement } from '../../src/data/ifc/georeference.ts';
import type { IfcPlacement } from '../../src/data/ifc/ifc-placement.ts';
import { ifcFileBytes } from '../../src/data/ifc/ifczip.ts';
import { splitGroupsByTile } from '../../src/data/ifc/split-groups.ts';
import { glbPieces } from '../../src/data/gltf/glb-writer.ts';
import { ifcGlbDocument, ifcMetadata } from '../../src/data/ifc/ifc-glb.ts';
import { readIfcElements } from '../../src/data/ifc/read-ifc.ts';
import { boxOf, splitFeatures, unionBounds } from './split-features.ts';

export interface Ifc2TilesOptions {
  placement?: ManualPlacement;
  /** Vertices per tile before the model is split; a single bigger element still gets one tile. */
  maxTileVertices?: number;
}

export interface Ifc2TilesReport {
  tilesetPath: string;
  elements: number;
  tiles: number;
  bytes: number;
  placement: IfcPlacement;
  seconds: number;
  peakRssMegabytes: number;
  /** web-ifc's wasm heap after parsing: the engine's own peak memory. */
  engineHeapMegabytes: number;
}

const DEFAULT_MAX_TILE_VERTICES = 250_000;
const WASM_DIRECTORY = fileURLToPath(new URL('../../node_modules/web-ifc/', import.meta.url));

/** The pieces one after another, in one call. */
async function writePieces(path: string, pieces: Uint8Array[]): Promise<void> {
  const file = await open(path, 'w');
  try {
    const { bytesWritten } = await file.writev(pieces);
    const expected = pieces.reduce((n, piece) => n + piece.length, 0);
    if (bytesWritten !== expected) throw new Error(`${path}: ${bytesWritten} of ${expected} bytes written`);
  } finally {
    await file.close();
  }
}

export async function ifcToTiles(
  input: string,
  outDir: string,
  options: Ifc2TilesOptions = {},
): Promise<Ifc2TilesReport> {
  const started = performance.now();
  let peakRss = process.memoryUsage.rss();
  const source = basename(input);
  const [api, fileBytes] = await Promise.all([createIfcEngine({ directory: WASM_DIRECTORY }), readFile(input)]);
  const ifcBytes = await ifcFileBytes(new Uint8Array(fileBytes), source);
  const { meshes, placement, schema, elements } = readIfcElements(
    api,
    ifcBytes,
    source,
    options.placement ? { placement: options.placement } : {},
  );
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
  const { featureBounds, featureVertexCounts } = meshes;
  const featureCount = meshes.expressIds.length;
  const parts = splitFeatures(featureBounds, featureVertexCounts, options.maxTileVertices ?? DEFAULT_MAX_TILE_VERTICES);
  const groupsByTile = parts.length === 1 ? [meshes.groups] : splitGroupsByTile(meshes.groups, featureCount, parts);

  let bytes = 0;
  const children = [];
  // Each glb is written while the next one is made (at most one waits in memory for the disk); the folder is made
  // while the first one is, once the model has been read (a bad file leaves no empty folder behind).
  let writing: Promise<unknown> = mkdir(outDir, { recursive: true });
  for (const [t, features] of parts.entries()) {
    const uri = parts.length === 1 ? 'model.glb' : `tile-${t}.glb`;
    // In pieces, written one after another: no glb-sized copy of the tile's geometry is made.
    const glb = glbPieces(
      ifcGlbDocument(groupsByTile[t]!, features.length, ifcMetadata(features.map((f) => elements[f]!))),
    );
    groupsByTile[t] = []; // made: the tile's geometry goes once its glb is written
    await writing;
    writing = writePieces(join(outDir, uri), glb);
    for (const piece of glb) bytes += piece.length;
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
    children.push({
      boundingVolume: { box: boxOf(unionBounds(featureBounds, features)) },
      geometricError: 0,
      content: { uri },
    });
  }
  const all = unionBounds(
    featureBounds,
    meshes.expressIds.map((_, f) => f),
  );
  const diagonal = Math.hypot(all[3]! - all[0]!, all[4]! - all[1]!, all[5]! - all[2]!);
  const root =
    children.length === 1
      ? { ...children[0]!, transform: placement.modelMatrix, refine: 'ADD' }
      : {
          boundingVolume: { box: boxOf(all) },
          geometricError: diagonal,
          refine: 'ADD',
          transform: placement.modelMatrix,
          children,
        };
  const tileset = {
    asset: { version: '1.1', generator: 'cim-renewal-viewer ifc2tiles' },
    extras: { ifc: { source, schema, placedBy: placement.placedBy, origin: placement.origin } },
    geometricError: diagonal,
    root,
  };
  const tilesetPath = join(outDir, 'tileset.json');
  // Written beside the last glb: the folder is there once that one is being written.
  await Promise.all([writing, writeFile(tilesetPath, JSON.stringify(tileset, null, 1))]);
  return {
    tilesetPath,
    elements: featureCount,
    tiles: parts.length,
    bytes,
    placement,
    seconds: (performance.now() - started) / 1000,
    peakRssMegabytes: peakRss / 2 ** 20,
    engineHeapMegabytes: engineHeapBytes(api) / 2 ** 20,
  };
}
