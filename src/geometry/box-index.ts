// The one spatial index: flatbush (a packed static R-tree) over axis-aligned boxes. Built once, queried many times;
// its cost depends on the number of items, not on how far apart they are (a 110 km stray pipe is one more box).
import Flatbush from 'flatbush';
import type { Box } from './types.ts';

export interface BoxIndex {
  /** Indices of the items whose box overlaps `box` (edges touching count), each once, ascending. */
  query(box: Box): number[];
  /** The item nearest to (x, y) by `distanceOf`, an exact distance that is never less than the distance to the
   * item's box (a segment's, a polygon's), with that distance; null when the index is empty. Ties go to the lower
   * index. */
  nearest(x: number, y: number, distanceOf: (item: number) => number): { item: number; distance: number } | null;
}

/** First search half-width of `nearest`, metres: about a street block, doubled until the nearest item is certain. */
const FIRST_REACH = 32;

export function buildBoxIndex(boxes: readonly Box[]): BoxIndex {
  if (boxes.length === 0) return { query: () => [], nearest: () => null };
  const index = new Flatbush(boxes.length);
  for (const b of boxes) index.add(b.minX, b.minY, b.maxX, b.maxY);
  index.finish();
  // Ascending order keeps every analysis's output deterministic whatever the tree's packing.
  const query = (b: Box) => index.search(b.minX, b.minY, b.maxX, b.maxY).sort((x, y) => x - y);
  return {
    query,
    nearest(x, y, distanceOf) {
      // Any item within `reach` has its box in the square of half-width `reach`, so once the best distance found is
      // within the reach no item outside the square can beat it. The square grows until that holds or covers all.
      for (let reach = FIRST_REACH; ; reach *= 2) {
        let item = -1;
        let distance = Infinity;
        // Unsorted (the search's own order): ties are broken by index below, so the answer does not depend on it.
        for (const candidate of index.search(x - reach, y - reach, x + reach, y + reach)) {
          const d = distanceOf(candidate);
          if (d < distance || (d === distance && candidate < item)) [item, distance] = [candidate, d];
        }
        const coversAll =
          x - reach <= index.minX && x + reach >= index.maxX && y - reach <= index.minY && y + reach >= index.maxY;
        if (distance <= reach || coversAll) return item < 0 ? null : { item, distance };
      }
    },
  };
}
