import { describe, expect, it } from 'vitest';
import { buildBoxIndex } from '../../../src/geometry/box-index.ts';
import { clipToConvex, overlapArea } from '../../../src/geometry/clip.ts';
import { hullOfPoints } from '../../../src/geometry/convex-hull.ts';
import { geodeticToEcef } from '../../../src/geometry/ellipsoid.ts';
import { localPlane, planeAround } from '../../../src/geometry/local-plane.ts';
import { polygonArea, polygonContains, ringCentroid, signedArea } from '../../../src/geometry/ring.ts';
import { pointSegmentDistance } from '../../../src/geometry/segments.ts';
import { triangulate } from '../../../src/geometry/triangulate.ts';
import type { Box, Vec2 } from '../../../src/geometry/types.ts';

const rect = (x0: number, y0: number, x1: number, y1: number): Vec2[] => [
  [x0, y0],
  [x1, y0],
  [x1, y1],
  [x0, y1],
];
const L_SHAPE: Vec2[] = [
  [0, 0],
  [20, 0],
  [20, 10],
  [10, 10],
  [10, 20],
  [0, 20],
];
const sumArea = (triangles: Vec2[][]) => triangles.reduce((sum, t) => sum + signedArea(t), 0);

describe('rings', () => {
  it('signed area says the winding; a polygon area subtracts holes whatever their winding', () => {
    expect(signedArea(L_SHAPE)).toBe(300);
    expect(signedArea([...L_SHAPE].reverse())).toBe(-300);
    expect(polygonArea([rect(0, 0, 10, 10), rect(2, 2, 4, 4).reverse()])).toBe(96);
    expect(polygonArea([rect(0, 0, 10, 10), rect(2, 2, 4, 4)])).toBe(96);
  });

  it('contains points of the shell and not of its holes', () => {
    const polygon = [rect(0, 0, 10, 10), rect(2, 2, 4, 4)];
    expect(polygonContains(polygon, 5, 5)).toBe(true);
    expect(polygonContains(polygon, 3, 3)).toBe(false);
    expect(polygonContains(polygon, 11, 5)).toBe(false);
    expect(polygonContains([], 0, 0)).toBe(false);
  });

  it('centroid weighs by area (an L is not its vertex mean)', () => {
    const [x, y] = ringCentroid(L_SHAPE);
    expect(x).toBeCloseTo((200 * 10 + 100 * 5) / 300 - 0, 9); // the 20×10 bar's centre x 10, the 10×10 top's 5
    expect(y).toBeCloseTo((200 * 5 + 100 * 15) / 300, 9);
  });
});

describe('triangulation (earcut)', () => {
  it('covers a concave ring with counter-clockwise triangles of its area, either winding', () => {
    for (const ring of [L_SHAPE, [...L_SHAPE].reverse()]) {
      const triangles = triangulate([ring]);
      expect(triangles).toHaveLength(4);
      expect(triangles.every((t) => signedArea(t) > 0)).toBe(true);
      expect(sumArea(triangles)).toBeCloseTo(300, 9);
    }
  });

  it('leaves holes open', () => {
    expect(sumArea(triangulate([rect(0, 0, 10, 10), rect(2, 2, 4, 4)]))).toBeCloseTo(96, 9);
  });

  it('stays fast on a 20,000-vertex ring (the old ear clipper was cubic)', () => {
    const n = 20_000;
    const star: Vec2[] = Array.from({ length: n }, (_, i) => {
      const a = (2 * Math.PI * i) / n;
      const r = i % 2 ? 100 : 80;
      return [r * Math.cos(a), r * Math.sin(a)];
    });
    const triangles = triangulate([star]);
    expect(triangles).toHaveLength(n - 2);
    expect(sumArea(triangles)).toBeCloseTo(signedArea(star), 6);
  });
});

describe('clipping', () => {
  it('clips a concave subject to a convex window with the exact area', () => {
    expect(Math.abs(signedArea(clipToConvex(L_SHAPE, rect(5, 5, 15, 15))))).toBeCloseTo(75, 9);
  });

  it('measures the overlap of a footprint with a polygon with a hole', () => {
    const zoneWithHole = [rect(0, 0, 100, 100), rect(40, 40, 60, 60)];
    expect(overlapArea(triangulate([rect(45, 45, 55, 55)]), zoneWithHole)).toBeCloseTo(0, 9);
    expect(overlapArea(triangulate([rect(30, 45, 50, 55)]), zoneWithHole)).toBeCloseTo(100, 9);
    expect(overlapArea(triangulate([rect(95, 0, 105, 10)]), zoneWithHole)).toBeCloseTo(50, 9);
  });
});

describe('convex hull', () => {
  it('of a square with an inner and an edge point is the square, counter-clockwise', () => {
    const hull = hullOfPoints([
      [0, 0],
      [10, 0],
      [5, 5],
      [10, 10],
      [0, 10],
      [5, 0],
    ]);
    expect(hull).toHaveLength(4);
    expect(signedArea(hull)).toBe(100);
  });
});

describe('local plane', () => {
  it('keeps horizontal distances of the exact geodesic frame within 1e-6 over 10 km', () => {
    // Reference: the ellipsoid's own ENU chord lengths; the plane must agree on distances between any two points.
    const [lon0, lat0] = [114.02, 32.98];
    const plane = localPlane(lon0, lat0);
    const points: Vec2[] = [
      [0, 0],
      [0.01, 0],
      [0, 0.01],
      [0.07, -0.05],
      [-0.1, 0.06],
    ];
    const chord = (a: Vec2, b: Vec2) => {
      const [p, q] = [geodeticToEcef(lon0 + a[0], lat0 + a[1], 0), geodeticToEcef(lon0 + b[0], lat0 + b[1], 0)];
      return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
    };
    for (const a of points) {
      for (const b of points) {
        if (a === b) continue;
        const [pa, pb] = [plane.toLocal(lon0 + a[0], lat0 + a[1]), plane.toLocal(lon0 + b[0], lat0 + b[1])];
        const d = chord(a, b);
        expect(Math.abs(Math.hypot(pa[0] - pb[0], pa[1] - pb[1]) - d) / d).toBeLessThan(1e-6);
      }
    }
  });

  it('round-trips and centres on the bounding box', () => {
    const plane = planeAround([
      [114, 32],
      [114.2, 33],
    ]);
    expect([plane.originLon, plane.originLat]).toEqual([114.1, 32.5]);
    const [lon, lat] = plane.toLonLat(...plane.toLocal(114.05, 32.7));
    expect(lon).toBeCloseTo(114.05, 12);
    expect(lat).toBeCloseTo(32.7, 12);
  });
});

describe('box index (flatbush)', () => {
  it('returns exactly the boxes that overlap, once each, ascending', () => {
    const boxes: Box[] = Array.from({ length: 500 }, (_, i) => ({
      minX: (i * 37) % 1000,
      minY: (i * 53) % 700,
      maxX: ((i * 37) % 1000) + 15,
      maxY: ((i * 53) % 700) + 9,
    }));
    const index = buildBoxIndex(boxes);
    for (const query of [
      { minX: 102, minY: 1, maxX: 331, maxY: 200 },
      { minX: 0, minY: 0, maxX: 2000, maxY: 2000 },
      { minX: 5000, minY: 0, maxX: 5100, maxY: 1 },
    ]) {
      const expected = boxes.flatMap((b, i) =>
        b.minX <= query.maxX && query.minX <= b.maxX && b.minY <= query.maxY && query.minY <= b.maxY ? [i] : [],
      );
      expect(index.query(query)).toEqual(expected);
    }
    expect(buildBoxIndex([]).query({ minX: 0, minY: 0, maxX: 1, maxY: 1 })).toEqual([]);
  });

  it('indexes a 110 km stray box among street-sized ones without a cost in its length', () => {
    const boxes: Box[] = Array.from({ length: 20_000 }, (_, i) => ({
      minX: (i % 200) * 20,
      minY: Math.floor(i / 200) * 20,
      maxX: (i % 200) * 20 + 18,
      maxY: Math.floor(i / 200) * 20 + 1,
    }));
    boxes.push({ minX: -50_000, minY: 500, maxX: 60_000, maxY: 501 });
    const index = buildBoxIndex(boxes);
    expect(index.query({ minX: -40_000, minY: 490, maxX: -39_000, maxY: 510 })).toEqual([20_000]);
  });
});

describe('box index nearest', () => {
  it('finds the nearest item by its exact distance, not the nearest box', () => {
    // A long diagonal segment's box covers the query point, but a small square 40 m away is nearer.
    const segment: [number, number][] = [
      [0, 0],
      [1000, 1000],
    ];
    const squareCentre: [number, number] = [640, 300];
    const index = buildBoxIndex([
      { minX: 0, minY: 0, maxX: 1000, maxY: 1000 },
      { minX: 635, minY: 295, maxX: 645, maxY: 305 },
    ]);
    const p: [number, number] = [600, 300];
    const distanceOf = (item: number) =>
      item === 0
        ? pointSegmentDistance(p, segment[0]!, segment[1]!)
        : Math.max(0, Math.hypot(p[0] - squareCentre[0], p[1] - squareCentre[1]) - 5);
    expect(index.nearest(p[0], p[1], distanceOf)).toEqual({ item: 1, distance: 35 });
    expect(index.nearest(5000, 5000, distanceOf)?.item).toBe(0);
    expect(buildBoxIndex([]).nearest(0, 0, () => 0)).toBeNull();
  });
});
