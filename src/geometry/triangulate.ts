// Polygon triangulation by earcut (holes included): O(n log n) in practice, robust to the collinear and touching
// vertices real footprints have.
import earcut from 'earcut';
import { signedArea } from './ring.ts';
import type { Ring, Vec2 } from './types.ts';

export type Triangle = [Vec2, Vec2, Vec2];

/** Triangles as indices into the rings' points taken in order (outer ring first, then each hole). */
export function triangulateIndices(rings: readonly (readonly Vec2[])[]): number[] {
  let count = 0;
  for (const ring of rings) count += ring.length;
  const flat = new Float64Array(count * 2);
  const holeStarts: number[] = [];
  let n = 0;
  rings.forEach((ring, index) => {
    if (index > 0) holeStarts.push(n);
    for (const [x, y] of ring) {
      flat[2 * n] = x;
      flat[2 * n + 1] = y;
      n++;
    }
  });
  return earcut(flat, holeStarts);
}

/** Counter-clockwise triangles covering the polygon. */
export function triangulate(rings: readonly Ring[]): Triangle[] {
  const points = rings.flat();
  const indices = triangulateIndices(rings);
  const triangles: Triangle[] = [];
  for (let i = 0; i < indices.length; i += 3) {
    const triangle: Triangle = [points[indices[i]!]!, points[indices[i + 1]!]!, points[indices[i + 2]!]!];
    triangles.push(signedArea(triangle) < 0 ? [triangle[0], triangle[2], triangle[1]] : triangle);
  }
  return triangles;
}
