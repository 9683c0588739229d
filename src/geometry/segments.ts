// Segments and polylines in the plane (local metres): distances, crossings, angles, lengths.
import { ringContains } from './ring.ts';
import type { Vec2 } from './types.ts';

export function pointSegmentDistance(p: Vec2, a: Vec2, b: Vec2): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const lengthSquared = dx * dx + dy * dy;
  const t =
    lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / lengthSquared));
  return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
}

/** Where segments ab and cd cross: the fractions along each, or null when they do not meet (parallel counts as not). */
export function segmentIntersection(a: Vec2, b: Vec2, c: Vec2, d: Vec2): { t: number; u: number } | null {
  const rx = b[0] - a[0];
  const ry = b[1] - a[1];
  const sx = d[0] - c[0];
  const sy = d[1] - c[1];
  const denominator = rx * sy - ry * sx;
  if (Math.abs(denominator) < 1e-12) return null;
  const qx = c[0] - a[0];
  const qy = c[1] - a[1];
  const t = (qx * sy - qy * sx) / denominator;
  const u = (qx * ry - qy * rx) / denominator;
  return t >= 0 && t <= 1 && u >= 0 && u <= 1 ? { t, u } : null;
}

/** Clear distance between two segments in the plane (0 when they cross). */
export function segmentDistance(a: Vec2, b: Vec2, c: Vec2, d: Vec2): number {
  if (segmentIntersection(a, b, c, d)) return 0;
  return Math.min(
    pointSegmentDistance(a, c, d),
    pointSegmentDistance(b, c, d),
    pointSegmentDistance(c, a, b),
    pointSegmentDistance(d, a, b),
  );
}

/** Angle between the directions of two segments, 0..90 degrees (direction of travel ignored). */
export function angleBetweenDeg(a: Vec2, b: Vec2, c: Vec2, d: Vec2): number {
  const u = Math.atan2(b[1] - a[1], b[0] - a[0]);
  const v = Math.atan2(d[1] - c[1], d[0] - c[0]);
  const difference = Math.abs(u - v) % Math.PI;
  return (Math.min(difference, Math.PI - difference) * 180) / Math.PI;
}

/** Clear distance from a polyline to a polygon ring's area (0 when they touch or the line is inside). */
export function polylineRingDistance(line: readonly Vec2[], ring: readonly Vec2[]): number {
  if (line.some((p) => ringContains(ring, p[0], p[1]))) return 0;
  let best = Infinity;
  for (let i = 1; i < line.length; i++) {
    for (let k = 0; k < ring.length; k++) {
      best = Math.min(best, segmentDistance(line[i - 1]!, line[i]!, ring[k]!, ring[(k + 1) % ring.length]!));
      if (best === 0) return 0;
    }
  }
  return best;
}

export function polylineLengths(line: readonly Vec2[]): number[] {
  const cumulative = [0];
  for (let i = 1; i < line.length; i++)
    cumulative.push(cumulative[i - 1]! + Math.hypot(line[i]![0] - line[i - 1]![0], line[i]![1] - line[i - 1]![1]));
  return cumulative;
}
