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
  const [left, right, bottom, top] = [0, 1, 2, 3].map(() => new Float64Array(count));
  for (let i = 0; i < count; i++) {
    left[i] = Math.min(xs[i], xs[i + 1]);
    right[i] = Math.max(xs[i], xs[i + 1]);
    bottom[i] = Math.min(ys[i], ys[i + 1]);
    top[i] = Math.max(ys[i], ys[i + 1]);
  }
  const order = new Uint32Array(count).map((_, i) => i).sort((a, b) => left[a] - left[b]);
  const open = new Uint32Array(count);
  let openCount = 0;
  for (const segment of order) {
    let kept = 0;
    for (let k = 0; k < openCount; k++) {
      const other = open[k];
      if (right[other] < left[segment]) continue; // passed: drop it from the open list
      open[kept++] = other;
      if (top[other] < bottom[segment] || top[segment] < bottom[other]) continue;
      const crossing = meet(xs, ys, Math.min(segment, other), Math.max(segment, other), count);
      if (crossing) return crossing;
    }
    openCount = kept;
    open[openCount++] = segment;
  }
  return null;
}

/** Segments i < j whose boxes overlap: neighbours may only share their common corner; others may not meet at all. */
function meet(xs: number[], ys: number[], i: number, j: number, count: number): RingCrossing | null {
  const ax = xs[i],
    ay = ys[i],
    bx = xs[i + 1],
    by = ys[i + 1];
  const cx = xs[j],
    cy = ys[j],
    dx = xs[j + 1],
    dy = ys[j + 1];
  const neighbours = j === i + 1 || (i === 0 && j === count - 1);
  if (neighbours) {
    // Sharing a corner is fine unless the ring doubles back along itself (a spike).
    const spike = j === i + 1 ? doublesBack(bx, by, ax, ay, dx, dy) : doublesBack(ax, ay, bx, by, cx, cy);
    return spike ? { segments: [i, j], point: spike } : null;
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

/** At shared corner s, do the far ends p and q lie on the same ray from s? Returns s if so. */
function doublesBack(sx: number, sy: number, px: number, py: number, qx: number, qy: number): [number, number] | null {
  const collinear = cross(px - sx, py - sy, qx - sx, qy - sy) === 0;
  return collinear && (px - sx) * (qx - sx) + (py - sy) * (qy - sy) > 0 ? [sx, sy] : null;
}

/** Sign of the turn from segment (p→q) to point r: >0 left, <0 right, 0 collinear. */
function orientation(px: number, py: number, qx: number, qy: number, rx: number, ry: number): number {
  return Math.sign(cross(qx - px, qy - py, rx - px, ry - py));
}

/** r is collinear with p→q; is it within the segment's box? */
function onSegment(px: number, py: number, qx: number, qy: number, rx: number, ry: number): boolean {
  return rx >= Math.min(px, qx) && rx <= Math.max(px, qx) && ry >= Math.min(py, qy) && ry <= Math.max(py, qy);
}
