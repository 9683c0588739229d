// Planar checks on footprint rings in local metres: signed area, point-in-ring, and "do any two edges touch".
// A ring is a flat Float64Array [x0, y0, x1, y1, …] without the closing point.

export function signedArea(ring: Float64Array): number {
  let twiceArea = 0;
  const n = ring.length / 2;
  for (let i = 0, j = n - 1; i < n; j = i++) {
    twiceArea += ring[2 * j]! * ring[2 * i + 1]! - ring[2 * i]! * ring[2 * j + 1]!;
  }
  return twiceArea / 2;
}

export function pointInRing(x: number, y: number, ring: Float64Array): boolean {
  let inside = false;
  const n = ring.length / 2;
  for (let i = 0, j = n - 1; i < n; j = i++) {
    const xi = ring[2 * i]!;
    const yi = ring[2 * i + 1]!;
    const xj = ring[2 * j]!;
    const yj = ring[2 * j + 1]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function orient(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  return Math.sign((bx - ax) * (cy - ay) - (by - ay) * (cx - ax));
}

function onSegment(ax: number, ay: number, bx: number, by: number, px: number, py: number): boolean {
  return Math.min(ax, bx) <= px && px <= Math.max(ax, bx) && Math.min(ay, by) <= py && py <= Math.max(ay, by);
}

/** Whether closed segments ab and cd share any point (cross, touch or overlap). */
export function segmentsTouch(s: ArrayLike<number>, t: ArrayLike<number>): boolean {
  const [ax, ay, bx, by] = [s[0]!, s[1]!, s[2]!, s[3]!];
  const [cx, cy, dx, dy] = [t[0]!, t[1]!, t[2]!, t[3]!];
  const o1 = orient(ax, ay, bx, by, cx, cy);
  const o2 = orient(ax, ay, bx, by, dx, dy);
  const o3 = orient(cx, cy, dx, dy, ax, ay);
  const o4 = orient(cx, cy, dx, dy, bx, by);
  if (o1 !== o2 && o3 !== o4) return true;
  return (
    (o1 === 0 && onSegment(ax, ay, bx, by, cx, cy)) ||
    (o2 === 0 && onSegment(ax, ay, bx, by, dx, dy)) ||
    (o3 === 0 && onSegment(cx, cy, dx, dy, ax, ay)) ||
    (o4 === 0 && onSegment(cx, cy, dx, dy, bx, by))
  );
}

interface Edge {
  ring: number;
  index: number;
  coords: [number, number, number, number];
  minX: number;
  maxX: number;
}

function edgesOf(rings: Float64Array[]): Edge[] {
  const edges: Edge[] = [];
  rings.forEach((ring, r) => {
    const n = ring.length / 2;
    for (let i = 0; i < n; i++) {
      const k = (i + 1) % n;
      const coords: Edge['coords'] = [ring[2 * i]!, ring[2 * i + 1]!, ring[2 * k]!, ring[2 * k + 1]!];
      edges.push({
        ring: r,
        index: i,
        coords,
        minX: Math.min(coords[0], coords[2]),
        maxX: Math.max(coords[0], coords[2]),
      });
    }
  });
  return edges;
}

/** Consecutive edges share a vertex by construction; they only count as touching when one folds back on the other. */
function adjacentFoldsBack(first: Edge, second: Edge): boolean {
  const [ax, ay, bx, by] = first.coords;
  const [, , cx, cy] = second.coords;
  const cross = (bx - ax) * (cy - by) - (by - ay) * (cx - bx);
  const dot = (bx - ax) * (cx - bx) + (by - ay) * (cy - by);
  return cross === 0 && dot < 0;
}

/**
 * The ring index of the first pair of edges that touch or cross, in any of the polygon's rings (exterior and
 * holes together), or -1 when the polygon is simple. A sweep over x keeps it near O(n log n) for real footprints.
 */
export function findTouchingRing(rings: Float64Array[]): number {
  const edges = edgesOf(rings).sort((a, b) => a.minX - b.minX);
  for (let i = 0; i < edges.length; i++) {
    const a = edges[i]!;
    for (let j = i + 1; j < edges.length && edges[j]!.minX <= a.maxX; j++) {
      const b = edges[j]!;
      const n = rings[a.ring]!.length / 2;
      const aThenB = a.ring === b.ring && (a.index + 1) % n === b.index;
      const bThenA = a.ring === b.ring && (b.index + 1) % n === a.index;
      if (aThenB || bThenA) {
        if (adjacentFoldsBack(aThenB ? a : b, aThenB ? b : a)) return a.ring;
      } else if (segmentsTouch(a.coords, b.coords)) return a.ring;
    }
  }
  return -1;
}
