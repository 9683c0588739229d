// The one spatial index: flatbush (a packed static R-tree) over axis-aligned boxes. Built once, queried many times;
// its cost depends on the number of items, not on how far apart they are (a 110 km stray pipe is one more box).
import Flatbush from 'flatbush';
import type { Box } from './types.ts';

export interface BoxIndex {
  /** Indices of the items whose box overlaps `box` (edges touching count), each once, ascending. */
  query(box: Box): number[];
}

export function buildBoxIndex(boxes: readonly Box[]): BoxIndex {
  if (boxes.length === 0) return { query: () => [] };
  const index = new Flatbush(boxes.length);
  for (const b of boxes) index.add(b.minX, b.minY, b.maxX, b.maxY);
  index.finish();
  // Ascending order keeps every analysis's output deterministic whatever the tree's packing.
  return { query: (b) => index.search(b.minX, b.minY, b.maxX, b.maxY).sort((x, y) => x - y) };
}
