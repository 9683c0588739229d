// Plane geometry in the local metric frame (x east, y north, metres) for laying out the sample: vectors, quads,
// insets and offsets. Areas, centroids and containment are the kernel's (src/geometry/ring.ts).
import { signedArea } from '../../src/geometry/ring.ts';

export type Vec2 = [x: number, y: number];
/** Corners counter-clockwise: [u0v0, u1v0, u1v1, u0v1]. */
export type Quad = [Vec2, Vec2, Vec2, Vec2];

export const add = (a: Vec2, b: Vec2): Vec2 => [a[0] + b[0], a[1] + b[1]];
export const sub = (a: Vec2, b: Vec2): Vec2 => [a[0] - b[0], a[1] - b[1]];
export const scale = (a: Vec2, k: number): Vec2 => [a[0] * k, a[1] * k];
export const lerp = (a: Vec2, b: Vec2, t: number): Vec2 => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
export const length = (a: Vec2): number => Math.hypot(a[0], a[1]);
export const distance = (a: Vec2, b: Vec2): number => Math.hypot(a[0] - b[0], a[1] - b[1]);
export const cross = (a: Vec2, b: Vec2): number => a[0] * b[1] - a[1] * b[0];
export const normalize = (a: Vec2): Vec2 => scale(a, 1 / length(a));
/** The left-hand normal of a direction. */
export const leftNormal = (a: Vec2): Vec2 => [-a[1], a[0]];
export const rotate = (a: Vec2, angleRad: number): Vec2 => {
  const c = Math.cos(angleRad);
  const s = Math.sin(angleRad);
  return [a[0] * c - a[1] * s, a[0] * s + a[1] * c];
};

/**
 * The point at parameters (u, v) of a bilinear patch. Iso-u and iso-v curves of a plane bilinear patch are straight,
 * so the image of a parameter rectangle is exactly the quad of its four corner images: disjoint parameter rectangles
 * give disjoint quads inside a convex quad.
 */
export function bilinear(quad: Quad, u: number, v: number): Vec2 {
  return lerp(lerp(quad[0], quad[1], u), lerp(quad[3], quad[2], u), v);
}

export function subQuad(quad: Quad, u0: number, u1: number, v0: number, v1: number): Quad {
  return [bilinear(quad, u0, v0), bilinear(quad, u1, v0), bilinear(quad, u1, v1), bilinear(quad, u0, v1)];
}

/** Intersection of the infinite lines a1–a2 and b1–b2 (undefined when parallel). */
export function intersectLines(a1: Vec2, a2: Vec2, b1: Vec2, b2: Vec2): Vec2 | undefined {
  const da = sub(a2, a1);
  const db = sub(b2, b1);
  const denominator = cross(da, db);
  if (Math.abs(denominator) < 1e-12) return undefined;
  return add(a1, scale(da, cross(sub(b1, a1), db) / denominator));
}

/** True when a ring (no closing point) is convex and counter-clockwise. */
export function isConvexCcw(ring: readonly Vec2[]): boolean {
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i]!;
    const b = ring[(i + 1) % ring.length]!;
    const c = ring[(i + 2) % ring.length]!;
    if (cross(sub(b, a), sub(c, b)) <= 0) return false;
  }
  return true;
}

/**
 * Moves each edge of a convex counter-clockwise ring inward by its own distance and re-intersects neighbours.
 * Returns undefined when the result collapses (not convex any more).
 */
export function insetConvex(ring: readonly Vec2[], distances: readonly number[]): Vec2[] | undefined {
  const n = ring.length;
  const edges = ring.map((a, i) => {
    const b = ring[(i + 1) % n]!;
    const shift = scale(leftNormal(normalize(sub(b, a))), distances[i]!);
    return [add(a, shift), add(b, shift)] as const;
  });
  const result: Vec2[] = [];
  for (let i = 0; i < n; i++) {
    const previous = edges[(i + n - 1) % n]!;
    const current = edges[i]!;
    const corner = intersectLines(previous[0], previous[1], current[0], current[1]);
    if (!corner) return undefined;
    result.push(corner);
  }
  return isConvexCcw(result) && signedArea(result) > 0 ? result : undefined;
}

export function polylineLength(points: readonly Vec2[]): number {
  let total = 0;
  for (let i = 1; i < points.length; i++) total += distance(points[i - 1]!, points[i]!);
  return total;
}

/** The part of a polyline between two distances along it. */
export function slicePolyline(points: readonly Vec2[], from: number, to: number): Vec2[] {
  const result: Vec2[] = [];
  let travelled = 0;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    const segment = distance(a, b);
    const start = travelled;
    const end = travelled + segment;
    if (end > from && start < to && segment > 0) {
      if (result.length === 0) result.push(lerp(a, b, Math.max(0, (from - start) / segment)));
      if (end <= to) result.push(b);
      else result.push(lerp(a, b, (to - start) / segment));
    }
    travelled = end;
    if (travelled >= to) break;
  }
  return result;
}

/** A polyline shifted sideways (positive = left of travel), mitred at the joints. */
export function offsetPolyline(points: readonly Vec2[], offset: number): Vec2[] {
  const normals = points.slice(1).map((b, i) => leftNormal(normalize(sub(b, points[i]!))));
  return points.map((p, i) => {
    const before = normals[Math.max(0, i - 1)]!;
    const after = normals[Math.min(normals.length - 1, i)]!;
    const mitre = normalize(add(before, after));
    const cos = mitre[0] * after[0] + mitre[1] * after[1];
    return add(p, scale(mitre, offset / cos));
  });
}
