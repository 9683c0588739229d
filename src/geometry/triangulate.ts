// Polygon triangulation by earcut (holes included): O(n log n) in practice, robust to the collinear and touching
// vertices real footprints have. Triangles come out counter-clockwise.
import earcut from 'earcut';
import { signedArea } from './ring.ts';
import type { Ring, Vec2 } from './types.ts';

export type Triangle = [Vec2, Vec2, Vec2];

export function triangulate(rings: readonly Ring[]): Triangle[] {
  const points: Vec2[] = [];
  const holeStarts: number[] = [];
  rings.forEach((ring, index) => {
    if (index > 0) holeStarts.push(points.length);
    for (const p of ring) points.push(p);
  });
  const flat = new Float64Array(points.length * 2);
  points.forEach(([x, y], i) => { flat[2 * i] = x; flat[2 * i + 1] = y; });
  const indices = earcut(flat, holeStarts);
  const triangles: Triangle[] = [];
  for (let i = 0; i < indices.length; i += 3) {
    const triangle: Triangle = [points[indices[i]!]!, points[indices[i + 1]!]!, points[indices[i + 2]!]!];
    triangles.push(signedArea(triangle) < 0 ? [triangle[0], triangle[2], triangle[1]] : triangle);
  }
  return triangles;
}
