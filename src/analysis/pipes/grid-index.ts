// A uniform grid over axis-aligned boxes: each item sits in every cell its box touches; a query visits the cells of
// its box. Pipes are long and thin and evenly spread along streets, which suits a grid better than a tree.
export interface Box { minX: number; minY: number; maxX: number; maxY: number }

export class GridIndex {
  private readonly cells = new Map<number, number[]>();
  private readonly stamps: Int32Array;
  private stamp = 0;

  constructor(private readonly boxes: readonly Box[], private readonly cellSizeM: number) {
    this.stamps = new Int32Array(boxes.length);
    boxes.forEach((box, item) => this.forCells(box, (key) => {
      const list = this.cells.get(key);
      if (list) list.push(item);
      else this.cells.set(key, [item]);
    }));
  }

  /** Items whose box overlaps `box`, each once. */
  query(box: Box): number[] {
    const found: number[] = [];
    const stamp = ++this.stamp;
    this.forCells(box, (key) => {
      for (const item of this.cells.get(key) ?? []) {
        if (this.stamps[item] === stamp) continue;
        this.stamps[item] = stamp;
        const other = this.boxes[item]!;
        if (other.minX <= box.maxX && other.maxX >= box.minX && other.minY <= box.maxY && other.maxY >= box.minY) found.push(item);
      }
    });
    return found;
  }

  private forCells(box: Box, visit: (key: number) => void): void {
    const x0 = Math.floor(box.minX / this.cellSizeM);
    const x1 = Math.floor(box.maxX / this.cellSizeM);
    const y0 = Math.floor(box.minY / this.cellSizeM);
    const y1 = Math.floor(box.maxY / this.cellSizeM);
    // Cells keyed by a pairing that stays exact for ±1e6 cells, far beyond a city.
    for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) visit((x + 1048576) * 2097152 + (y + 1048576));
  }
}

export function boxOf(points: readonly [number, number][], marginM = 0): Box {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of points) {
    minX = Math.min(minX, x); maxX = Math.max(maxX, x);
    minY = Math.min(minY, y); maxY = Math.max(maxY, y);
  }
  return { minX: minX - marginM, minY: minY - marginM, maxX: maxX + marginM, maxY: maxY + marginM };
}
