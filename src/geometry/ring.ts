// Rings in the plane: area and orientation, containment, centroid and boxes. Rings are open (first point not
// repeated); any [x, y, …] array works as a point, so GeoJSON positions and local Vec2s share these functions.
import type { Box } from './types.ts';

type Point = readonly number[];

/** Signed area (shoelace): positive for counter-clockwise rings. */
export function signedArea(ring: readonly Point[]): number {
  let twice = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    twice += (ring[j]![0]! - ring[i]![0]!) * (ring[j]![1]! + ring[i]![1]!);
  }
  return twice / 2;
}

export const isCounterClockwise = (ring: readonly Point[]): boolean => signedArea(ring) > 0;

/** Even–odd point-in-ring; a point exactly on an edge may go either way (callers work with areas, not single points). */
export function ringContains(ring: readonly Point[], x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const xi = ring[i]![0]!,
      yi = ring[i]![1]!,
      xj = ring[j]![0]!,
      yj = ring[j]![1]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** A polygon is an outer ring and its holes. */
export function polygonContains(rings: readonly (readonly Point[])[], x: number, y: number): boolean {
  if (!rings[0] || !ringContains(rings[0], x, y)) return false;
  for (let h = 1; h < rings.length; h++) if (ringContains(rings[h]!, x, y)) return false;
  return true;
}

/** Outer ring's area minus its holes', whatever their winding. */
export function polygonArea(rings: readonly (readonly Point[])[]): number {
  if (!rings[0] || rings[0].length < 3) return 0;
  let area = Math.abs(signedArea(rings[0]));
  for (let h = 1; h < rings.length; h++) area -= Math.abs(signedArea(rings[h]!));
  return Math.max(0, area);
}

/** Area-weighted centroid, computed relative to the first vertex to keep precision; the vertex mean for a flat ring. */
export function ringCentroid(ring: readonly Point[]): [number, number] {
  const x0 = ring[0]![0]!,
    y0 = ring[0]![1]!;
  let twiceArea = 0,
    cx = 0,
    cy = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const xj = ring[j]![0]! - x0,
      yj = ring[j]![1]! - y0,
      xi = ring[i]![0]! - x0,
      yi = ring[i]![1]! - y0;
    const cross = xj * yi - xi * yj;
    twiceArea += cross;
    cx += (xj + xi) * cross;
    cy += (yj + yi) * cross;
  }
  if (Math.abs(twiceArea) < 1e-18) {
    let sx = 0,
      sy = 0;
    for (const p of ring) {
      sx += p[0]!;
      sy += p[1]!;
    }
    return [sx / ring.length, sy / ring.length];
  }
  return [x0 + cx / (3 * twiceArea), y0 + cy / (3 * twiceArea)];
}

/** Bounding box, widened by `margin` on every side. */
export function boxOf(points: Iterable<Point>, margin = 0): Box {
  let minX = Infinity,
    minY = Infinity,
    maxX = -Infinity,
    maxY = -Infinity;
  for (const p of points) {
    if (p[0]! < minX) minX = p[0]!;
    if (p[0]! > maxX) maxX = p[0]!;
    if (p[1]! < minY) minY = p[1]!;
    if (p[1]! > maxY) maxY = p[1]!;
  }
  return { minX: minX - margin, minY: minY - margin, maxX: maxX + margin, maxY: maxY + margin };
}

export function boxesOverlap(a: Box, b: Box): boolean {
  return a.minX <= b.maxX && b.minX <= a.maxX && a.minY <= b.maxY && b.minY <= a.maxY;
}
