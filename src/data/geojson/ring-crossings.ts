// Finds where a closed ring crosses or touches itself. A sweep along x: segments sorted by their left end, each tested
// only against the still-open segments whose x and y extents overlap it — near-linear for real outlines, where the
// naive all-pairs test is quadratic (a 100 000-vertex ring would take minutes).
import type { Position } from './types.ts';

export interface RingCrossing {
  /** Indices of the two segments (segment i runs from the i-th to the next distinct corner). */
  segments: [number, number];
  /** Where they meet (a shared point of the two). */
  point: [number, number];
}

/** Fewer than 3 distinct corners: the ring encloses nothing. */
export const TOO_FEW_CORNERS = 'too few corners';

/** The first self-crossing found, TOO_FEW_CORNERS, or null for a simple ring. `ring` is closed (first = last). */
export function findRingCrossing(ring: readonly Position[]): RingCrossing | typeof TOO_FEW_CORNERS | null {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const [x, y] of ring) {
    // Repeated consecutive positions are harmless; drop them so every segment has a length.
    if (xs.length === 0 || x !== xs[xs.length - 1] || y !== ys[ys.length - 1]) {
      xs.push(x);
      ys.push(y);
    }
  }
  const count = xs.length - 1; // segments; the last corner repeats the first
  if (count < 3) return TOO_FEW_CORNERS;
  // Sweep across the axis the segments overlap less along (a comb of long horizontal edges sweeps along y).
  if (relativeSpan(xs) <= relativeSpan(ys)) return sweep(xs, ys, count);
  const crossing = sweep(ys, xs, count);
  return crossing && { segments: crossing.segments, point: [crossing.point[1], crossing.point[0]] };
}

/** Summed segment extent along one axis, relative to the ring's extent: how much segments overlap when swept. */
function relativeSpan(values: number[]): number {
  let [sum, min, max] = [0, values[0], values[0]];
  for (let i = 1; i < values.length; i++) {
    sum += Math.abs(values[i] - values[i - 1]);
    min = Math.min(min, values[i]);
    max = Math.max(max, values[i]);
  }
  return sum / (max - min || 1);
}

function sweep(xs: number[], ys: number[], count: number): RingCrossing | null {
  const minX = (i: number) => Math.min(xs[i], xs[i + 1]);
  const maxX = (i: number) => Math.max(xs[i], xs[i + 1]);
  const order = Array.from({ length: count }, (_, i) => i).sort((a, b) => minX(a) - minX(b));
  let open: number[] = [];
  for (const segment of order) {
    const left = minX(segment);
    open = open.filter((other) => maxX(other) >= left);
    for (const other of open) {
      const crossing = meet(xs, ys, Math.min(segment, other), Math.max(segment, other), count);
      if (crossing) return crossing;
    }
    open.push(segment);
  }
  return null;
}

/** Segments i < j: neighbours may only share their common corner; others may not meet at all. */
function meet(xs: number[], ys: number[], i: number, j: number, count: number): RingCrossing | null {
  const [ax, ay, bx, by] = [xs[i], ys[i], xs[i + 1], ys[i + 1]];
  const [cx, cy, dx, dy] = [xs[j], ys[j], xs[j + 1], ys[j + 1]];
  if (Math.max(ay, by) < Math.min(cy, dy) || Math.max(cy, dy) < Math.min(ay, by)) return null;
  const neighbours = j === i + 1 || (i === 0 && j === count - 1);
  if (neighbours) {
    // Sharing a corner is fine unless the ring doubles back along itself (a spike).
    const [sx, sy] = j === i + 1 ? [bx, by] : [ax, ay];
    const [px, py, qx, qy] = j === i + 1 ? [ax, ay, dx, dy] : [bx, by, cx, cy];
    const doublesBack = cross(px - sx, py - sy, qx - sx, qy - sy) === 0 && (px - sx) * (qx - sx) + (py - sy) * (qy - sy) > 0;
    return doublesBack ? { segments: [i, j], point: [sx, sy] } : null;
  }
  const d1 = orientation(cx, cy, dx, dy, ax, ay);
  const d2 = orientation(cx, cy, dx, dy, bx, by);
  const d3 = orientation(ax, ay, bx, by, cx, cy);
  const d4 = orientation(ax, ay, bx, by, dx, dy);
  if (d1 * d2 < 0 && d3 * d4 < 0) {
    const t = d1 / (d1 - d2);
    return { segments: [i, j], point: [ax + t * (bx - ax), ay + t * (by - ay)] };
  }
  // Touching or collinear overlap: some end lies on the other segment.
  if (d1 === 0 && onSegment(cx, cy, dx, dy, ax, ay)) return { segments: [i, j], point: [ax, ay] };
  if (d2 === 0 && onSegment(cx, cy, dx, dy, bx, by)) return { segments: [i, j], point: [bx, by] };
  if (d3 === 0 && onSegment(ax, ay, bx, by, cx, cy)) return { segments: [i, j], point: [cx, cy] };
  if (d4 === 0 && onSegment(ax, ay, bx, by, dx, dy)) return { segments: [i, j], point: [dx, dy] };
  return null;
}

const cross = (ux: number, uy: number, vx: number, vy: number) => ux * vy - uy * vx;

/** Sign of the turn from segment (p→q) to point r: >0 left, <0 right, 0 collinear. */
function orientation(px: number, py: number, qx: number, qy: number, rx: number, ry: number): number {
  return Math.sign(cross(qx - px, qy - py, rx - px, ry - py));
}

/** r is collinear with p→q; is it within the segment's box? */
function onSegment(px: number, py: number, qx: number, qy: number, rx: number, ry: number): boolean {
  return rx >= Math.min(px, qx) && rx <= Math.max(px, qx) && ry >= Math.min(py, qy) && ry <= Math.max(py, qy);
}
