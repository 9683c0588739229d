// Splits a model's features into tiles of bounded size: recursive median cuts across the longer horizontal axis of
// the feature centres, so each tile is a compact block of the building rather than a scatter of elements.

/** Feature index lists, each holding at most `maxVertices` vertices (or a single feature bigger than that), each in
 * model order. */
export function splitFeatures(bounds: Float64Array, vertexCounts: Uint32Array, maxVertices: number): number[][] {
  // Centres worked out once, in typed arrays, by plain loops: a district model has tens of thousands of features.
  const count = vertexCounts.length;
  const xs = new Float64Array(count);
  const ys = new Float64Array(count);
  for (let f = 0; f < count; f++) {
    xs[f] = (bounds[f * 6]! + bounds[f * 6 + 3]!) / 2;
    ys[f] = (bounds[f * 6 + 1]! + bounds[f * 6 + 4]!) / 2;
  }
  // All features as one permutation, cut in place: a cut reorders its range about the median and allocates nothing
  // (lists and a sort per cut cost ~25 ms on a district model).
  const order = new Uint32Array(count);
  for (let f = 0; f < count; f++) order[f] = f;
  const tiles: number[][] = [];
  const split = (from: number, to: number) => {
    let vertices = 0;
    for (let k = from; k < to; k++) vertices += vertexCounts[order[k]!]!;
    if (vertices <= maxVertices || to - from === 1) {
      tiles.push(Array.from(order.subarray(from, to).sort()));
      return;
    }
    const along = spread(order, from, to, xs) >= spread(order, from, to, ys) ? xs : ys;
    const middle = (from + to) >> 1;
    selectNth(order, from, to - 1, middle, along);
    split(from, middle);
    split(middle, to);
  };
  if (count) split(0, count);
  return tiles;
}

function spread(order: Uint32Array, from: number, to: number, values: Float64Array): number {
  let low = Infinity;
  let high = -Infinity;
  for (let k = from; k < to; k++) {
    const value = values[order[k]!]!;
    if (value < low) low = value;
    if (value > high) high = value;
  }
  return high - low;
}

/**
 * Reorders `order[low…high]` so that `order[nth]` is the feature that would stand there sorted by `key`, those before
 * it keyed no higher and those after no lower (Hoare's selection, as Wirth writes it). Ties fall on both sides, so
 * features sharing a centre are still shared out half each.
 */
function selectNth(order: Uint32Array, low: number, high: number, nth: number, key: Float64Array): void {
  while (low < high) {
    const pivot = key[order[nth]!]!;
    let i = low;
    let j = high;
    do {
      while (key[order[i]!]! < pivot) i++;
      while (pivot < key[order[j]!]!) j--;
      if (i <= j) {
        const swapped = order[i]!;
        order[i++] = order[j]!;
        order[j--] = swapped;
      }
    } while (i <= j);
    if (j < nth) low = i;
    if (nth < i) high = j;
  }
}

/** The union of some features' bounds: min x, y, z, max x, y, z. */
export function unionBounds(bounds: Float64Array, features: number[]): number[] {
  const out = [Infinity, Infinity, Infinity, -Infinity, -Infinity, -Infinity];
  for (const f of features) {
    for (let c = 0; c < 3; c++) {
      out[c] = Math.min(out[c]!, bounds[f * 6 + c]!);
      out[3 + c] = Math.max(out[3 + c]!, bounds[f * 6 + 3 + c]!);
    }
  }
  return out;
}

/** A 3D Tiles `box`: centre and three half-axis vectors. */
export function boxOf([x0, y0, z0, x1, y1, z1]: number[]): number[] {
  return [
    (x0! + x1!) / 2,
    (y0! + y1!) / 2,
    (z0! + z1!) / 2,
    (x1! - x0!) / 2,
    0,
    0,
    0,
    (y1! - y0!) / 2,
    0,
    0,
    0,
    (z1! - z0!) / 2,
  ];
}
