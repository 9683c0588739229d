import { describe, expect, it } from 'vitest';
import { findPolygonDefect } from '../../../src/geometry/polygon-validity.ts';

const closed = (corners: number[][]) => [...corners, corners[0]];
const TOO_FEW_CORNERS = 'too few corners';

/** One ring's defect: null, TOO_FEW_CORNERS, or the segments and point where it crosses or touches itself. */
function findRingCrossing(ring: number[][]) {
  const defect = findPolygonDefect([ring]);
  if (defect?.kind === 'too-few-corners') return TOO_FEW_CORNERS;
  if (defect?.kind === 'crossing') {
    expect(defect.rings).toEqual([0, 0]);
    return { segments: defect.segments, point: defect.point };
  }
  expect(defect).toBeNull();
  return null;
}

/** All pairs, the obvious way, for comparison on small random rings. */
function bruteForceSimple(ring: number[][]): boolean {
  const n = ring.length - 1;
  const orient = (p: number[], q: number[], r: number[]) =>
    Math.sign((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]));
  const within = (p: number[], q: number[], r: number[]) =>
    Math.min(p[0], q[0]) <= r[0] &&
    r[0] <= Math.max(p[0], q[0]) &&
    Math.min(p[1], q[1]) <= r[1] &&
    r[1] <= Math.max(p[1], q[1]);
  for (let i = 0; i < n; i++) {
    for (let j = i + 2; j < n; j++) {
      if (i === 0 && j === n - 1) continue;
      const [a, b, c, d] = [ring[i], ring[i + 1], ring[j], ring[j + 1]];
      const [o1, o2, o3, o4] = [orient(a, b, c), orient(a, b, d), orient(c, d, a), orient(c, d, b)];
      if (o1 * o2 < 0 && o3 * o4 < 0) return false;
      if (
        (o1 === 0 && within(a, b, c)) ||
        (o2 === 0 && within(a, b, d)) ||
        (o3 === 0 && within(c, d, a)) ||
        (o4 === 0 && within(c, d, b))
      )
        return false;
    }
  }
  return true;
}

function randomRing(corners: number, seed: number): number[][] {
  let state = seed;
  const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  return closed(Array.from({ length: corners }, () => [Math.floor(random() * 20), Math.floor(random() * 20)]));
}

describe('findPolygonDefect on one ring', () => {
  it('finds no crossing in a simple ring, concave or with repeated positions', () => {
    expect(
      findRingCrossing(
        closed([
          [0, 0],
          [4, 0],
          [4, 4],
          [2, 1],
          [0, 4],
        ]),
      ),
    ).toBeNull();
    expect(
      findRingCrossing(
        closed([
          [0, 0],
          [4, 0],
          [4, 0],
          [4, 4],
          [0, 4],
        ]),
      ),
    ).toBeNull();
  });

  it('finds a bowtie crossing', () => {
    expect(
      findRingCrossing(
        closed([
          [0, 0],
          [2, 2],
          [2, 0],
          [0, 2],
        ]),
      ),
    ).toEqual({ segments: [0, 2], point: [1, 1] });
  });

  it('finds a ring touching itself at a corner, and a spike doubling back', () => {
    const touching = closed([
      [0, 0],
      [4, 0],
      [4, 4],
      [2, 0],
      [0, 4],
    ]);
    expect(findRingCrossing(touching)).toMatchObject({ point: [2, 0] });
    expect(
      findRingCrossing(
        closed([
          [0, 0],
          [4, 0],
          [6, 0],
          [4, 0],
          [4, 4],
        ]),
      ),
    ).not.toBeNull();
    expect(
      findRingCrossing(
        closed([
          [0, 0],
          [6, 0],
          [3, 0],
          [3, 3],
        ]),
      ),
    ).not.toBeNull();
  });

  it('calls a ring with under 3 distinct corners degenerate', () => {
    expect(
      findRingCrossing(
        closed([
          [0, 0],
          [1, 1],
          [0, 0],
        ]),
      ),
    ).toBe(TOO_FEW_CORNERS);
  });

  it('agrees with the all-pairs test on random rings', () => {
    const outcomes = { simple: 0, crossing: 0 };
    for (let seed = 1; seed <= 2000; seed++) {
      const ring = randomRing(4 + (seed % 9), seed);
      const deduped = ring.filter((p, i) => i === 0 || p[0] !== ring[i - 1][0] || p[1] !== ring[i - 1][1]);
      const found = findRingCrossing(ring);
      if (found === TOO_FEW_CORNERS) continue;
      // Adjacent segments doubling back are a crossing for us and invisible to the pairwise test: skip those rings.
      if (found && Math.abs(found.segments[0] - found.segments[1]) === 1) continue;
      expect(found === null, `seed ${seed}`).toBe(bruteForceSimple(deduped));
      outcomes[found ? 'crossing' : 'simple']++;
    }
    expect(outcomes.simple).toBeGreaterThan(20);
    expect(outcomes.crossing).toBeGreaterThan(20);
  });

  it("reports the crossing point in the ring's own axes when it sweeps along y", () => {
    // Long horizontal edges: the sweep runs along y; the crossing point must come back as [x, y].
    const comb = closed([
      [0, 0],
      [100, 1],
      [0, 2],
      [100, 3],
      [0, 4],
      [50, -1],
    ]);
    const found = findRingCrossing(comb);
    expect(found).not.toBeNull();
    const [x, y] = (found as { point: number[] }).point;
    expect(x).toBeGreaterThan(5);
    expect(y).toBeLessThan(4);
  });

  it('handles a comb of 50 000 long horizontal teeth quickly', () => {
    const teeth = 50_000;
    const corners: number[][] = [[0, 0]];
    for (let k = 0; k < teeth; k++) {
      corners.push([1000, 2 * k], [1000, 2 * k + 1]);
      if (k < teeth - 1) corners.push([1, 2 * k + 1], [1, 2 * k + 2]);
    }
    corners.push([0, 2 * teeth - 1]);
    const start = performance.now();
    expect(findRingCrossing(closed(corners))).toBeNull();
    expect(performance.now() - start).toBeLessThan(2000);
    corners[corners.length - 3] = [-5, 2 * teeth - 3]; // the last tooth's root now pokes through the spine
    expect(findRingCrossing(closed(corners))).not.toBeNull();
  });

  it('handles a 200 000-corner ring quickly', () => {
    const corners = 200_000;
    const ring = closed(
      Array.from({ length: corners }, (_, i) => {
        const angle = (2 * Math.PI * i) / corners;
        const radius = 1 + 0.1 * Math.sin(40 * angle);
        return [114 + radius * Math.cos(angle), 33 + radius * Math.sin(angle)];
      }),
    );
    const start = performance.now();
    expect(findRingCrossing(ring)).toBeNull();
    const elapsedMs = performance.now() - start;
    expect(elapsedMs).toBeLessThan(2000);
  });
});

describe('findPolygonDefect on a polygon with holes', () => {
  const shell = [
    [0, 0],
    [10, 0],
    [10, 10],
    [0, 10],
  ];
  const square = (min: number, max: number) => [
    [min, min],
    [min, max],
    [max, max],
    [max, min],
  ];

  it('accepts holes inside their shell, open or closed', () => {
    expect(findPolygonDefect([shell, square(2, 4), closed(square(6, 8))])).toBeNull();
  });

  it('reports a hole crossing its shell, with both rings and where', () => {
    expect(findPolygonDefect([shell, square(8, 12)])).toMatchObject({
      kind: 'crossing',
      rings: [0, 1],
      point: [8, 10],
    });
  });

  it('reports a hole touching its shell, two holes crossing, and a hole outside the shell', () => {
    expect(findPolygonDefect([shell, square(5, 10)])).toMatchObject({ kind: 'crossing', rings: [0, 1] });
    expect(findPolygonDefect([shell, square(2, 5), square(4, 7)])).toMatchObject({ kind: 'crossing', rings: [1, 2] });
    expect(findPolygonDefect([shell, square(2, 4), square(12, 14)])).toEqual({ kind: 'hole-outside', ring: 2 });
  });
});
