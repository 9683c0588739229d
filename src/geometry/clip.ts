// Convex clipping (Sutherland–Hodgman) and the overlap area of a triangulated footprint with a polygon.
import { signedArea } from './ring.ts';
import type { Triangle } from './triangulate.ts';
import type { Ring, Vec2 } from './types.ts';

const cross = (o: Vec2, a: Vec2, b: Vec2) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);

/**
 * The part of `subject` (any simple ring) inside the convex counter-clockwise `clip`. The result may contain
 * zero-width bridges where a concave subject is cut in two, which do not change its area.
 */
export function clipToConvex(subject: readonly Vec2[], clip: readonly Vec2[]): Vec2[] {
  let output: Vec2[] = [...subject];
  for (let i = 0; i < clip.length && output.length > 0; i++) {
    const a = clip[i]!,
      b = clip[(i + 1) % clip.length]!;
    const input = output;
    output = [];
    for (let k = 0; k < input.length; k++) {
      const current = input[k]!,
        previous = input[(k + input.length - 1) % input.length]!;
      const currentIn = cross(a, b, current) >= 0,
        previousIn = cross(a, b, previous) >= 0;
      if (currentIn !== previousIn) output.push(edgeCrossing(previous, current, a, b));
      if (currentIn) output.push(current);
    }
  }
  return output;
}

function edgeCrossing(p: Vec2, q: Vec2, a: Vec2, b: Vec2): Vec2 {
  const dp = cross(a, b, p),
    dq = cross(a, b, q);
  const t = dp / (dp - dq);
  return [p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])];
}

/** Area of footprint ∩ polygon (outer ring minus holes), the footprint given as its triangles. */
export function overlapArea(triangles: readonly Triangle[], polygon: readonly Ring[]): number {
  let area = 0;
  for (const triangle of triangles) {
    area += Math.abs(signedArea(clipToConvex(polygon[0]!, triangle)));
    for (let h = 1; h < polygon.length; h++) area -= Math.abs(signedArea(clipToConvex(polygon[h]!, triangle)));
  }
  return Math.max(0, area);
}
