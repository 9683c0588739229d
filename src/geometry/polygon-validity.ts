// Is a polygon (outer ring, then holes) simple? Its rings must each enclose an area, no two edges may cross or touch —
// within a ring or between rings, so a hole crossing its shell is caught — and every hole must lie inside the outer
// ring. A sweep along one axis tests each edge only against the still-open edges whose extents overlap it: near-linear
// for real outlines, where all pairs would take minutes on a 100 000-vertex ring.
import { ringContains } from './ring.ts';

type Point = readonly number[];

export type PolygonDefect =
  /** Fewer than 3 distinct corners: the ring encloses nothing. */
  | { kind: 'too-few-corners'; ring: number }
  /** Two edges meet (rings equal: the ring crosses or touches itself). Edge i runs from distinct corner i to the next. */
  | { kind: 'crossing'; rings: [number, number]; segments: [number, number]; point: [number, number] }
  | { kind: 'hole-outside'; ring: number };

/** Edges of every ring, flat: ends (x0, y0)→(x1, y1), their ring and their index in it. */
interface Edges {
  x0: Float64Array;
  y0: Float64Array;
  x1: Float64Array;
  y1: Float64Array;
  ring: Uint32Array;
  index: Uint32Array;
  /** Edges per ring. */
  counts: number[];
}

/** The first defect found, or null for a valid polygon. Rings may be open or closed; repeated corners are harmless. */
export function findPolygonDefect(rings: readonly (readonly Point[])[]): PolygonDefect | null {
  const corners = rings.map(distinctCorners);
  const short = corners.findIndex((ring) => ring.length < 3);
  if (short >= 0) return { kind: 'too-few-corners', ring: short };
  const edges = edgesOf(corners);
  // Sweep across the axis the edges overlap less along (a comb of long horizontal edges sweeps along y).
  const crossing =
    relativeSpan(edges.x0, edges.x1) <= relativeSpan(edges.y0, edges.y1)
      ? sweep(edges, false)
      : sweep({ ...edges, x0: edges.y0, y0: edges.x0, x1: edges.y1, y1: edges.x1 }, true);
  if (crossing) return crossing;
  // No edges meet, so each hole is wholly inside the outer ring or wholly outside: one corner tells which.
  const outer = corners[0]!;
  const stray = corners.findIndex((hole, r) => r > 0 && !ringContains(outer, hole[0]![0]!, hole[0]![1]!));
  return stray > 0 ? { kind: 'hole-outside', ring: stray } : null;
}

const samePoint = (p: Point, q: Point) => p[0] === q[0] && p[1] === q[1];

/** A ring's corners, consecutive and wrap-around repeats (a closing point) dropped. */
function distinctCorners(ring: readonly Point[]): Point[] {
  const kept: Point[] = [];
  for (const point of ring) if (kept.length === 0 || !samePoint(point, kept[kept.length - 1]!)) kept.push(point);
  while (kept.length > 1 && samePoint(kept[0]!, kept[kept.length - 1]!)) kept.pop();
  return kept;
}

function edgesOf(corners: Point[][]): Edges {
  const total = corners.reduce((sum, ring) => sum + ring.length, 0);
  const edges: Edges = {
    x0: new Float64Array(total),
    y0: new Float64Array(total),
    x1: new Float64Array(total),
    y1: new Float64Array(total),
    ring: new Uint32Array(total),
    index: new Uint32Array(total),
    counts: corners.map((ring) => ring.length),
  };
  let e = 0;
  corners.forEach((ring, r) => {
    const n = ring.length;
    for (let i = 0; i < n; i++, e++) {
      const [start, end] = [ring[i]!, ring[(i + 1) % n]!];
      edges.x0[e] = start[0]!;
      edges.y0[e] = start[1]!;
      edges.x1[e] = end[0]!;
      edges.y1[e] = end[1]!;
      edges.ring[e] = r;
      edges.index[e] = i;
    }
  });
  return edges;
}

/** Summed edge extent along one axis, relative to the polygon's extent: how much edges overlap when swept. */
function relativeSpan(starts: Float64Array, ends: Float64Array): number {
  let [sum, min, max] = [0, Infinity, -Infinity];
  for (let e = 0; e < starts.length; e++) {
    sum += Math.abs(ends[e]! - starts[e]!);
    min = Math.min(min, starts[e]!);
    max = Math.max(max, starts[e]!);
  }
  return sum / (max - min || 1);
}

/** Sweeps along x (the caller swaps the axes for y; `swapped` puts the point back). */
function sweep(edges: Edges, swapped: boolean): PolygonDefect | null {
  const { x0, y0, x1, y1 } = edges;
  const count = x0.length;
  const [left, right, bottom, top] = [0, 1, 2, 3].map(() => new Float64Array(count)) as Float64Array[];
  for (let e = 0; e < count; e++) {
    left![e] = Math.min(x0[e]!, x1[e]!);
    right![e] = Math.max(x0[e]!, x1[e]!);
    bottom![e] = Math.min(y0[e]!, y1[e]!);
    top![e] = Math.max(y0[e]!, y1[e]!);
  }
  const order = new Uint32Array(count).map((_, e) => e).sort((a, b) => left![a]! - left![b]!);
  const open = new Uint32Array(count);
  let openCount = 0;
  for (const edge of order) {
    let kept = 0;
    for (let k = 0; k < openCount; k++) {
      const other = open[k]!;
      if (right![other]! < left![edge]!) continue; // passed: drop it from the open list
      open[kept++] = other;
      if (top![other]! < bottom![edge]! || top![edge]! < bottom![other]!) continue;
      const [first, second] = edge < other ? [edge, other] : [other, edge];
      const point = meet(edges, first, second);
      if (point) {
        return {
          kind: 'crossing',
          rings: [edges.ring[first]!, edges.ring[second]!],
          segments: [edges.index[first]!, edges.index[second]!],
          point: swapped ? [point[1], point[0]] : point,
        };
      }
    }
    openCount = kept;
    open[openCount++] = edge;
  }
  return null;
}

/** Where edges a < b meet: neighbours in a ring may only share their common corner; others may not meet at all. */
function meet(edges: Edges, a: number, b: number): [number, number] | null {
  const { x0, y0, x1, y1 } = edges;
  const [ax, ay, bx, by] = [x0[a]!, y0[a]!, x1[a]!, y1[a]!];
  const [cx, cy, dx, dy] = [x0[b]!, y0[b]!, x1[b]!, y1[b]!];
  if (edges.ring[a] === edges.ring[b]) {
    const [i, j, n] = [edges.index[a]!, edges.index[b]!, edges.counts[edges.ring[a]!]!];
    // Sharing a corner is fine unless the ring doubles back along itself (a spike).
    if (j === i + 1) return doublesBack(bx, by, ax, ay, dx, dy);
    if (i === 0 && j === n - 1) return doublesBack(ax, ay, bx, by, cx, cy);
  }
  const d1 = orientation(cx, cy, dx, dy, ax, ay);
  const d2 = orientation(cx, cy, dx, dy, bx, by);
  const d3 = orientation(ax, ay, bx, by, cx, cy);
  const d4 = orientation(ax, ay, bx, by, dx, dy);
  if (d1 * d2 < 0 && d3 * d4 < 0) {
    const t = d1 / (d1 - d2);
    return [ax + t * (bx - ax), ay + t * (by - ay)];
  }
  // Touching or collinear overlap: some end lies on the other edge.
  if (d1 === 0 && onSegment(cx, cy, dx, dy, ax, ay)) return [ax, ay];
  if (d2 === 0 && onSegment(cx, cy, dx, dy, bx, by)) return [bx, by];
  if (d3 === 0 && onSegment(ax, ay, bx, by, cx, cy)) return [cx, cy];
  if (d4 === 0 && onSegment(ax, ay, bx, by, dx, dy)) return [dx, dy];
  return null;
}

const cross = (ux: number, uy: number, vx: number, vy: number) => ux * vy - uy * vx;

/** At shared corner s, do the far ends p and q lie on the same ray from s? Returns s if so. */
function doublesBack(sx: number, sy: number, px: number, py: number, qx: number, qy: number): [number, number] | null {
  const collinear = cross(px - sx, py - sy, qx - sx, qy - sy) === 0;
  return collinear && (px - sx) * (qx - sx) + (py - sy) * (qy - sy) > 0 ? [sx, sy] : null;
}

/** Signed area of the turn from p→q to r: >0 left, <0 right, 0 collinear (its size, for where two edges cross). */
function orientation(px: number, py: number, qx: number, qy: number, rx: number, ry: number): number {
  return cross(qx - px, qy - py, rx - px, ry - py);
}

/** r is collinear with p→q; is it within the segment's box? */
function onSegment(px: number, py: number, qx: number, qy: number, rx: number, ry: number): boolean {
  return rx >= Math.min(px, qx) && rx <= Math.max(px, qx) && ry >= Math.min(py, qy) && ry <= Math.max(py, qy);
}
