// tileset.json for a footprint quadtree: 3D Tiles 1.1, ADD refinement, region bounding volumes, root transform
// into the local ENU frame the glb content is written in. A partition run writes partition.json instead: its nodes
// with their content, from which `merge` rebuilds the same tileset.json (merge.ts).
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Partition } from './partition.ts';
import type { TileNode } from './quadtree.ts';
import { regionJson, unionRegion, type Region } from './region.ts';

export interface WrittenContent {
  uri: string;
  region: Region;
}

/** What every run of one input agrees on: the root transform and the tileset's own geometric error. */
export interface TilesetFrame {
  transform: number[];
  extentMeters: number;
}

export interface PartitionManifest extends TilesetFrame {
  partition: Partition;
  nodes: Array<Pick<TileNode, 'level' | 'x' | 'y' | 'geometricErrorMeters'> & { content: WrittenContent }>;
}

export const PARTITION_MANIFEST = 'partition.json';

interface TileJson {
  boundingVolume: { region: number[] };
  geometricError: number;
  refine?: 'ADD';
  transform?: number[];
  content: { uri: string; boundingVolume: { region: number[] } };
  children?: TileJson[];
}

function tileJson(node: TileNode, contents: Map<TileNode, WrittenContent>): { json: TileJson; region: Region } {
  const content = contents.get(node)!;
  const children = node.children.map((child) => tileJson(child, contents));
  // A tile's volume must enclose its children's too, or culling it would hide them.
  const region = children.reduce((r, child) => unionRegion(r, child.region), content.region);
  const json: TileJson = {
    boundingVolume: regionJson(region),
    geometricError: node.geometricErrorMeters,
    content: { uri: content.uri, boundingVolume: regionJson(content.region) },
  };
  if (children.length) json.children = children.map((c) => c.json);
  return { json, region };
}

export function tilesetJson(
  root: TileNode,
  contents: Map<TileNode, WrittenContent>,
  transform: number[],
  tilesetGeometricErrorMeters: number,
): object {
  const { json } = tileJson(root, contents);
  return {
    asset: { version: '1.1', generator: 'cim-renewal-viewer footprint tiler' },
    geometricError: Math.max(tilesetGeometricErrorMeters, root.geometricErrorMeters),
    root: { ...json, refine: 'ADD', transform },
  };
}

async function writeJson(path: string, value: object): Promise<{ path: string; bytes: number }> {
  const text = JSON.stringify(value, null, 1);
  await writeFile(path, text);
  return { path, bytes: text.length };
}

export function writeTileset(
  outDir: string,
  root: TileNode,
  contents: Map<TileNode, WrittenContent>,
  frame: TilesetFrame,
): Promise<{ path: string; bytes: number }> {
  return writeJson(join(outDir, 'tileset.json'), tilesetJson(root, contents, frame.transform, frame.extentMeters));
}

export function writePartitionManifest(
  outDir: string,
  partition: Partition,
  frame: TilesetFrame,
  contents: Map<TileNode, WrittenContent>,
): Promise<{ path: string; bytes: number }> {
  const nodes = [...contents].map(([{ level, x, y, geometricErrorMeters }, content]) => ({
    level,
    x,
    y,
    geometricErrorMeters,
    content,
  }));
  const manifest: PartitionManifest = { partition, ...frame, nodes };
  return writeJson(join(outDir, PARTITION_MANIFEST), manifest);
}
