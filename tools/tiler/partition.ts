// Splitting one tileset's writing over N independent runs (`--partition K/N`), e.g. the pods of a Kubernetes Indexed
// Job. Every run reads the same input and builds the same quadtree, so they agree on every node without talking;
// each writes only its share of the tiles plus partition.json, and `merge` joins the shares under one tileset.json.
// The share is by quadtree cell at PARTITION_LEVEL: a cell's whole subtree goes to one run, cells are dealt to the
// least-loaded run by building count (largest first), and the few nodes above that level go to run 0.
import { type TileNode, walk } from './quadtree.ts';

export interface Partition {
  index: number;
  count: number;
}

/** Level 2 has up to 16 cells: enough to spread over a handful of runs, small enough for the crown to stay tiny. */
const PARTITION_LEVEL = 2;

/** "K/N" with 0 ≤ K < N. */
export function parsePartition(text: string): Partition {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const [index, count] = match ? [Number(match[1]), Number(match[2])] : [NaN, NaN];
  if (!(count >= 1 && index < count)) throw new Error(`--partition needs K/N with 0 ≤ K < N, got "${text}"`);
  return { index, count };
}

function buildingsUnder(node: TileNode): number {
  let total = 0;
  for (const n of walk(node)) total += n.buildings.length;
  return total;
}

/** The nodes partition `index` of `count` writes; together the partitions write every node exactly once. */
export function nodesOfPartition(root: TileNode, { index, count }: Partition): Set<TileNode> {
  const cells = [...walk(root)].filter((node) => node.level === PARTITION_LEVEL);
  const loads = new Array<number>(count).fill(0);
  const owner = new Map<TileNode, number>();
  const weighed = cells.map((cell, order) => ({ cell, order, buildings: buildingsUnder(cell) }));
  weighed.sort((a, b) => b.buildings - a.buildings || a.order - b.order);
  for (const { cell, buildings } of weighed) {
    const lightest = loads.indexOf(Math.min(...loads));
    owner.set(cell, lightest);
    loads[lightest]! += buildings;
  }
  const mine = new Set<TileNode>();
  const visit = (node: TileNode, partition: number) => {
    const p = owner.get(node) ?? partition;
    if (p === index) mine.add(node);
    for (const child of node.children) visit(child, p);
  };
  visit(root, 0);
  return mine;
}
