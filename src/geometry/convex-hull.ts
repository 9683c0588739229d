// Convex hull by Andrew's monotone chain: counter-clockwise, no repeated closing point, collinear points dropped.
// Column form (xs, ys) so a tile's vertex arrays need no point objects; `hullOfPoints` for lists of points.
import type { Vec2 } from './types.ts';

export function convexHull(xs: ArrayLike<number>, ys: ArrayLike<number>, count: number): Vec2[] {
  const order = new Uint32Array(count);
  for (let i = 0; i < count; i++) order[i] = i;
  order.sort((a, b) => xs[a]! - xs[b]! || ys[a]! - ys[b]!);
  const cross = (o: number, a: number, b: number) =>
    (xs[a]! - xs[o]!) * (ys[b]! - ys[o]!) - (ys[a]! - ys[o]!) * (xs[b]! - xs[o]!);
  const chain = (indices: ArrayLike<number>) => {
    const out: number[] = [];
    for (let k = 0; k < indices.length; k++) {
      const i = indices[k]!;
      while (out.length >= 2 && cross(out[out.length - 2]!, out[out.length - 1]!, i) <= 0) out.pop();
      out.push(i);
    }
    out.pop();
    return out;
  };
  const hull = count < 3 ? Array.from(order) : [...chain(order), ...chain(order.slice().reverse())];
  return hull.map((i) => [xs[i]!, ys[i]!]);
}

export function hullOfPoints(points: readonly Vec2[]): Vec2[] {
  return convexHull(
    points.map((p) => p[0]),
    points.map((p) => p[1]),
    points.length,
  );
}
