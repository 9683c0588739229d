// The area where a footprint and a zone polygon overlap, computed on their own for the brute-force reference: the
// boundary of the overlap is the part of each outline inside the other, and Green's theorem (area = ∮ x dy) sums it.
// Nothing from src/geometry (no triangulation, no clipping): the reference checks the kernel, so it must not use it.
type Point = readonly [number, number] | readonly number[];

const shoelace = (ring: readonly Point[]) =>
  ring.reduce((sum, p, i) => {
    const q = ring[(i + 1) % ring.length]!;
    return sum + p[0]! * q[1]! - q[0]! * p[1]!;
  }, 0) / 2;

/** Outer ring counter-clockwise, holes clockwise: then "inside" is on each edge's left. */
const oriented = (ring: readonly Point[], outer: boolean) =>
  shoelace(ring) > 0 === outer ? [...ring] : [...ring].reverse();

/** Even–odd over every ring. */
function inside(rings: readonly (readonly Point[])[], x: number, y: number): boolean {
  let odd = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = [ring[i]![0]!, ring[i]![1]!],
        [xj, yj] = [ring[j]![0]!, ring[j]![1]!];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) odd = !odd;
    }
  }
  return odd;
}

/** ∫ x dy along the parts of `rings`' edges that lie inside `other`, each edge cut where `other`'s edges cross it. */
function boundaryInside(rings: readonly (readonly Point[])[], other: readonly (readonly Point[])[]): number {
  const otherEdges = other.flatMap((ring) => ring.map((p, i) => [p, ring[(i + 1) % ring.length]!] as const));
  let sum = 0;
  for (const ring of rings) {
    for (let i = 0; i < ring.length; i++) {
      const [ax, ay, bx, by] = [
        ring[i]![0]!,
        ring[i]![1]!,
        ring[(i + 1) % ring.length]![0]!,
        ring[(i + 1) % ring.length]![1]!,
      ];
      const cuts = [0, 1];
      for (const [c, d] of otherEdges) {
        const [cx, cy, dx, dy] = [c[0]!, c[1]!, d[0]!, d[1]!];
        const denominator = (bx - ax) * (dy - cy) - (by - ay) * (dx - cx);
        if (denominator === 0) continue;
        const t = ((cx - ax) * (dy - cy) - (cy - ay) * (dx - cx)) / denominator;
        const u = ((cx - ax) * (by - ay) - (cy - ay) * (bx - ax)) / denominator;
        if (t > 0 && t < 1 && u >= 0 && u <= 1) cuts.push(t);
      }
      cuts.sort((a, b) => a - b);
      for (let k = 0; k + 1 < cuts.length; k++) {
        const [t0, t1] = [cuts[k]!, cuts[k + 1]!];
        const mid = (t0 + t1) / 2;
        if (!inside(other, ax + (bx - ax) * mid, ay + (by - ay) * mid)) continue;
        const [x0, y0, x1, y1] = [ax + (bx - ax) * t0, ay + (by - ay) * t0, ax + (bx - ax) * t1, ay + (by - ay) * t1];
        sum += ((x0 + x1) / 2) * (y1 - y0);
      }
    }
  }
  return sum;
}

/** Area of footprint ∩ zone polygon (its first ring the outline, the others holes), square metres. */
export function overlapByBoundary(footprint: readonly Point[], zoneRings: readonly (readonly Point[])[]): number {
  const a = [oriented(footprint, true)];
  const b = zoneRings.map((ring, i) => oriented(ring, i === 0));
  return boundaryInside(a, b) + boundaryInside(b, a);
}

export const ringArea = (ring: readonly Point[]): number => Math.abs(shoelace(ring));
