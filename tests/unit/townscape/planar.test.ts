import { describe, expect, it } from 'vitest';
import { clipToConvex, overlapArea, signedArea, triangulate } from '../../../src/analysis/townscape/planar.ts';
import { buildGridIndex } from '../../../src/analysis/townscape/grid-index.ts';
import { rect } from './fixtures.ts';

const L_SHAPE: [number, number][] = [[0, 0], [20, 0], [20, 10], [10, 10], [10, 20], [0, 20]];

describe('planar geometry', () => {
  it('triangulates a concave ring into triangles of the same total area, either winding', () => {
    for (const ring of [L_SHAPE, [...L_SHAPE].reverse()]) {
      const triangles = triangulate(ring);
      expect(triangles).toHaveLength(4);
      expect(triangles.reduce((sum, t) => sum + signedArea(t), 0)).toBeCloseTo(300, 9);
    }
  });

  it('clips a concave subject to a convex window with the exact area', () => {
    const clipped = clipToConvex(L_SHAPE, rect(5, 5, 15, 15));
    expect(Math.abs(signedArea(clipped))).toBeCloseTo(75, 9); // the 10×10 window minus its 5×5 corner outside the L
  });

  it('measures the overlap of a footprint with a polygon with a hole', () => {
    const zoneWithHole = [rect(0, 0, 100, 100), rect(40, 40, 60, 60)];
    expect(overlapArea(triangulate(rect(45, 45, 55, 55)), zoneWithHole)).toBeCloseTo(0, 9);
    expect(overlapArea(triangulate(rect(30, 45, 50, 55)), zoneWithHole)).toBeCloseTo(100, 9);
    expect(overlapArea(triangulate(rect(95, 0, 105, 10)), zoneWithHole)).toBeCloseTo(50, 9);
  });

  it('grid index returns exactly the boxes that overlap, once each', () => {
    const boxes = Array.from({ length: 50 }, (_, i) => ({ minX: i * 10, minY: 0, maxX: i * 10 + 15, maxY: 5 }));
    const index = buildGridIndex(boxes);
    const query = { minX: 102, minY: 1, maxX: 131, maxY: 2 };
    const expected = boxes.flatMap((b, i) => (b.minX <= query.maxX && query.minX <= b.maxX ? [i] : []));
    expect(index.query(query)).toEqual(expected);
    expect(index.query({ minX: 1000, minY: 0, maxX: 1100, maxY: 1 })).toEqual([]);
  });
});
