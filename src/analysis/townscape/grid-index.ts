// A uniform grid over bounding boxes: the spatial index behind the height and corridor checks. Items are few
// (zones, corridors) against many queries (buildings), so the grid is built once from the items' extent.
import { boxesOverlap, type Box } from './planar.ts';

export interface GridIndex {
  /** Indices of the items whose box overlaps `box`, each once, ascending. */
  query(box: Box): number[];
}

const TARGET_ITEMS_PER_CELL = 4;

export function buildGridIndex(boxes: readonly Box[]): GridIndex {
  if (boxes.length === 0) return { query: () => [] };
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const b of boxes) {
    minX = Math.min(minX, b.minX); minY = Math.min(minY, b.minY);
    maxX = Math.max(maxX, b.maxX); maxY = Math.max(maxY, b.maxY);
  }
  const side = Math.max(1, Math.ceil(Math.sqrt(boxes.length / TARGET_ITEMS_PER_CELL)));
  const cellW = Math.max((maxX - minX) / side, 1e-9), cellH = Math.max((maxY - minY) / side, 1e-9);
  const column = (x: number) => Math.min(side - 1, Math.max(0, Math.floor((x - minX) / cellW)));
  const row = (y: number) => Math.min(side - 1, Math.max(0, Math.floor((y - minY) / cellH)));
  const cells: number[][] = Array.from({ length: side * side }, () => []);
  boxes.forEach((b, i) => {
    for (let r = row(b.minY); r <= row(b.maxY); r++) for (let c = column(b.minX); c <= column(b.maxX); c++) cells[r * side + c]!.push(i);
  });
  const extent: Box = { minX, minY, maxX, maxY };
  const seen = new Uint32Array(boxes.length);
  let stamp = 0;
  return {
    query(box) {
      if (!boxesOverlap(box, extent)) return [];
      stamp++;
      const found: number[] = [];
      for (let r = row(box.minY); r <= row(box.maxY); r++) {
        for (let c = column(box.minX); c <= column(box.maxX); c++) {
          for (const i of cells[r * side + c]!) {
            if (seen[i] === stamp || !boxesOverlap(box, boxes[i]!)) continue;
            seen[i] = stamp;
            found.push(i);
          }
        }
      }
      return found.sort((a, b) => a - b);
    },
  };
}
