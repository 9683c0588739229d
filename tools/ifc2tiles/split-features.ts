// Splits a model's features into tiles of bounded size: recursive median cuts across the longer horizontal axis of
// the feature centres, so each tile is a compact block of the building rather than a scatter of elements.

/** Feature index lists, each holding at most `maxVertices` vertices (or a single feature bigger than that). */
export function splitFeatures(bounds: Float64Array, vertexCounts: Uint32Array, maxVertices: number): number[][] {
  // Centres worked out once, in typed arrays: a district model has tens of thousands of features.
  const centres = [0, 1].map((axis) => Float64Array.from(vertexCounts, (_, f) => (bounds[f * 6 + axis]! + bounds[f * 6 + 3 + axis]!) / 2));
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
    const sorted = [...features].sort((a, b) => along[a]! - along[b]!);
    const half = sorted.length >> 1;
    split(sorted.slice(0, half));
    split(sorted.slice(half));
  };
  if (vertexCounts.length) split(Array.from(vertexCounts, (_, f) => f));
  return tiles;
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
