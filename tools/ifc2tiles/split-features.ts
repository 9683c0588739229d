// Splits a model's features into tiles of bounded size: recursive median cuts across the longer horizontal axis of
// the feature centres, so each tile is a compact block of the building rather than a scatter of elements.

/** Feature index lists, each holding at most `maxVertices` vertices (or a single feature bigger than that). */
export function splitFeatures(bounds: Float64Array, vertexCounts: Uint32Array, maxVertices: number): number[][] {
  // Centres worked out once, in typed arrays, by plain loops (TypedArray.from with a map function is slow in V8): a
  // district model has tens of thousands of features.
  const count = vertexCounts.length;
  const centres = [new Float64Array(count), new Float64Array(count)];
  const [xs, ys] = centres as [Float64Array, Float64Array];
  for (let f = 0; f < count; f++) {
    xs[f] = (bounds[f * 6]! + bounds[f * 6 + 3]!) / 2;
    ys[f] = (bounds[f * 6 + 1]! + bounds[f * 6 + 4]!) / 2;
  }
  const spread = (features: number[], values: Float64Array) => {
    let [low, high] = [Infinity, -Infinity];
    for (const f of features) {
      low = Math.min(low, values[f]!);
      high = Math.max(high, values[f]!);
    }
    return high - low;
  };
  const tiles: number[][] = [];
  const split = (features: number[]) => {
    let vertices = 0;
    for (const f of features) vertices += vertexCounts[f]!;
    if (vertices <= maxVertices || features.length === 1) {
      tiles.push(features);
      return;
    }
    const along = centres[spread(features, centres[0]!) >= spread(features, centres[1]!) ? 0 : 1]!;
    const [lower, upper] = halves(features, along);
    split(lower);
    split(upper);
  };
  const all = new Array<number>(count);
  for (let f = 0; f < count; f++) all[f] = f;
  if (count) split(all);
  return tiles;
}

/** The features below and above their median centre, half each (ties shared out), in their given order. A typed
 * array's numeric sort finds the median: sorting the features with a comparator took ~20 ms on a district model. */
function halves(features: number[], along: Float64Array): [number[], number[]] {
  const sorted = new Float64Array(features.length);
  features.forEach((f, i) => (sorted[i] = along[f]!));
  sorted.sort();
  const half = features.length >> 1;
  const median = sorted[half]!;
  let tiesBelow = half - sorted.indexOf(median);
  const [lower, upper]: number[][] = [[], []];
  for (const f of features) {
    const centre = along[f]!;
    if (centre < median || (centre === median && tiesBelow-- > 0)) lower.push(f);
    else upper.push(f);
  }
  return [lower, upper];
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
  return [(x0! + x1!) / 2, (y0! + y1!) / 2, (z0! + z1!) / 2, (x1! - x0!) / 2, 0, 0, 0, (y1! - y0!) / 2, 0, 0, 0, (z1! - z0!) / 2];
}
