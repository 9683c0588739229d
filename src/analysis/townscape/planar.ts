// Planar polygon helpers in local metres: area, containment, bounding boxes, triangulation and convex clipping.
// Rings are open (first point not repeated).
import type { Vec2 } from './local-frame.ts';

export type Ring = Vec2[];

export interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** Signed area (shoelace): positive for counter-clockwise rings. */
export function signedArea(ring: readonly Vec2[]): number {
  let twice = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    twice += (ring[j]![0] - ring[i]![0]) * (ring[j]![1] + ring[i]![1]);
  }
  return twice / 2;
}

export function boxOf(ring: readonly Vec2[]): Box {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const [x, y] of ring) {
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  return { minX, minY, maxX, maxY };
}

/** Even–odd test; points exactly on an edge may go either way (callers work with areas, not single points). */
export function ringContains(ring: readonly Vec2[], x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** A polygon is an outer ring and its holes. */
export function polygonContains(rings: readonly Ring[], x: number, y: number): boolean {
  if (!ringContains(rings[0]!, x, y)) return false;
  return !rings.slice(1).some((hole) => ringContains(hole, x, y));
}

const cross = (o: Vec2, a: Vec2, b: Vec2) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);

/** Ear clipping of a simple ring into counter-clockwise triangles. Footprints are small, so O(n²) is fine. */
export function triangulate(ring: readonly Vec2[]): [Vec2, Vec2, Vec2][] {
  const points = signedArea(ring) >= 0 ? [...ring] : [...ring].reverse();
  const triangles: [Vec2, Vec2, Vec2][] = [];
  let guard = points.length * points.length;
  while (points.length > 3 && guard-- > 0) {
    const n = points.length;
    let clipped = false;
    for (let i = 0; i < n; i++) {
      const a = points[(i + n - 1) % n]!, b = points[i]!, c = points[(i + 1) % n]!;
      if (cross(a, b, c) <= 0) continue;
      const blocked = points.some((p) => p !== a && p !== b && p !== c
        && cross(a, b, p) >= 0 && cross(b, c, p) >= 0 && cross(c, a, p) >= 0);
      if (blocked) continue;
      triangles.push([a, b, c]);
      points.splice(i, 1);
      clipped = true;
      break;
    }
    // Only collinear or self-touching leftovers remain: they enclose no area.
    if (!clipped) return triangles;
  }
  if (points.length === 3 && cross(points[0]!, points[1]!, points[2]!) > 0) triangles.push([points[0]!, points[1]!, points[2]!]);
  return triangles;
}

/**
 * Sutherland–Hodgman: the part of `subject` (any simple ring) inside the convex counter-clockwise `clip`. The result
 * may contain zero-width bridges where a concave subject is cut in two, which do not change its area.
 */
export function clipToConvex(subject: readonly Vec2[], clip: readonly Vec2[]): Vec2[] {
  let output: Vec2[] = [...subject];
  for (let i = 0; i < clip.length && output.length > 0; i++) {
    const a = clip[i]!, b = clip[(i + 1) % clip.length]!;
    const input = output;
    output = [];
    for (let k = 0; k < input.length; k++) {
      const current = input[k]!, previous = input[(k + input.length - 1) % input.length]!;
      const currentIn = cross(a, b, current) >= 0, previousIn = cross(a, b, previous) >= 0;
      if (currentIn !== previousIn) output.push(intersect(previous, current, a, b));
      if (currentIn) output.push(current);
    }
  }
  return output;
}

function intersect(p: Vec2, q: Vec2, a: Vec2, b: Vec2): Vec2 {
  const dp = cross(a, b, p), dq = cross(a, b, q);
  const t = dp / (dp - dq);
  return [p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])];
}

/** Area of footprint ∩ polygon (outer ring minus holes), the footprint given as its triangles. */
export function overlapArea(triangles: readonly [Vec2, Vec2, Vec2][], polygon: readonly Ring[]): number {
  let area = 0;
  for (const triangle of triangles) {
    area += Math.abs(signedArea(clipToConvex(polygon[0]!, triangle)));
    for (let h = 1; h < polygon.length; h++) area -= Math.abs(signedArea(clipToConvex(polygon[h]!, triangle)));
  }
  return Math.max(0, area);
}

export function boxesOverlap(a: Box, b: Box): boolean {
  return a.minX <= b.maxX && b.minX <= a.maxX && a.minY <= b.maxY && b.minY <= a.maxY;
}

/** Convex hull (Andrew's monotone chain), counter-clockwise. */
export function convexHull(points: readonly Vec2[]): Vec2[] {
  const sorted = [...points].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  if (sorted.length < 3) return sorted;
  const half = (list: Vec2[]) => {
    const chain: Vec2[] = [];
    for (const p of list) {
      while (chain.length >= 2 && cross(chain[chain.length - 2]!, chain[chain.length - 1]!, p) <= 0) chain.pop();
      chain.push(p);
    }
    chain.pop();
    return chain;
  };
  return [...half(sorted), ...half([...sorted].reverse())];
}
