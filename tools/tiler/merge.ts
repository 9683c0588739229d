// `npm run tile -- merge out1 out2 … outMerged`: joins the outputs of `--partition K/N` runs into one tileset.
// The tiles are copied as they are; tileset.json is rebuilt from the partitions' nodes, so it is the one a single
// run would write (a node's parent and its place among siblings follow from its level, x and y).
import { copyFile, mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { DataError } from '../../src/shared/errors.ts';
import type { TileNode } from './quadtree.ts';
import { PARTITION_MANIFEST, type PartitionManifest, type WrittenContent, writeTileset } from './tileset-json.ts';

const key = (level: number, x: number, y: number) => `${level}/${x}/${y}`;

async function readManifest(dir: string): Promise<PartitionManifest> {
  const path = join(dir, PARTITION_MANIFEST);
  try {
    return JSON.parse(await readFile(path, 'utf8')) as PartitionManifest;
  } catch (error) {
    throw new DataError(path, `not a partition output (${(error as Error).message})`);
  }
}

function checkComplete(dirs: string[], manifests: PartitionManifest[]): void {
  const count = manifests[0]!.partition.count;
  const seen = new Map<number, string>();
  manifests.forEach((m, i) => {
    const dir = dirs[i]!;
    if (m.partition.count !== count) throw new DataError(dir, `is a partition of ${m.partition.count}, not ${count}`);
    const frameOf = (manifest: PartitionManifest) => JSON.stringify([manifest.transform, manifest.extentMeters]);
    if (frameOf(m) !== frameOf(manifests[0]!))
      throw new DataError(dir, `was tiled in another frame than ${dirs[0]} (another input?)`);
    const other = seen.get(m.partition.index);
    if (other) throw new DataError(dir, `is partition ${m.partition.index} again (also ${other})`);
    seen.set(m.partition.index, dir);
  });
  const missing = Array.from({ length: count }, (_, k) => k).filter((k) => !seen.has(k));
  if (missing.length) throw new DataError(dirs.join(', '), `partitions ${missing.join(', ')} of ${count} are missing`);
}

/** Writes outDir/tileset.json and outDir/tiles/; returns the number of tiles. */
export async function mergePartitions(dirs: string[], outDir: string): Promise<number> {
  if (dirs.length === 0) throw new Error('merge needs at least one partition output');
  const manifests = await Promise.all(dirs.map(readManifest));
  checkComplete(dirs, manifests);
  for (const stale of ['tiles', PARTITION_MANIFEST]) await rm(join(outDir, stale), { recursive: true, force: true });
  await mkdir(join(outDir, 'tiles'), { recursive: true });
  const nodes = new Map<string, TileNode>();
  const contents = new Map<TileNode, WrittenContent>();
  for (const [i, manifest] of manifests.entries()) {
    for (const { level, x, y, geometricErrorMeters, content } of manifest.nodes) {
      const node: TileNode = { level, x, y, geometricErrorMeters, buildings: new Uint32Array(0), children: [] };
      nodes.set(key(level, x, y), node);
      contents.set(node, content);
      await copyFile(join(dirs[i]!, content.uri), join(outDir, content.uri));
    }
  }
  const root = nodes.get(key(0, 0, 0));
  if (!root) throw new DataError(dirs.join(', '), 'no root tile (partition 0 writes it)');
  for (const node of nodes.values()) {
    if (node === root) continue;
    const parent = nodes.get(key(node.level - 1, node.x >> 1, node.y >> 1));
    if (!parent) throw new DataError(dirs.join(', '), `tile ${key(node.level, node.x, node.y)} has no parent`);
    parent.children.push(node);
  }
  // Siblings in the quadtree's order: south-west, south-east, north-west, north-east.
  const quadrant = (n: TileNode) => (n.x & 1) + 2 * (n.y & 1);
  for (const node of nodes.values()) node.children.sort((a, b) => quadrant(a) - quadrant(b));
  await writeTileset(outDir, root, contents, manifests[0]!);
  return nodes.size;
}
