// The brute-force reference's own overlap area, checked on shapes whose answer is known by hand.
import { describe, expect, it } from 'vitest';
import { overlapByBoundary } from '../../../tools/bench/townscape/overlap-by-boundary.ts';

const square = (x: number, y: number, size: number) => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
];

describe('overlap along the outlines (the reference for the height check)', () => {
  it('measures overlaps known by hand, either orientation', () => {
    expect(overlapByBoundary(square(0, 0, 10), [square(5, 5, 10)])).toBeCloseTo(25, 9);
    expect(overlapByBoundary(square(0, 0, 10).reverse(), [square(5, 5, 10).reverse()])).toBeCloseTo(25, 9);
    expect(overlapByBoundary(square(2, 2, 3), [square(0, 0, 10)])).toBeCloseTo(9, 9); // inside
    expect(overlapByBoundary(square(0, 0, 10), [square(2, 2, 3)])).toBeCloseTo(9, 9); // around
    expect(overlapByBoundary(square(20, 0, 5), [square(0, 0, 10)])).toBe(0); // apart
  });

  it("leaves out a zone's hole and follows a concave footprint", () => {
    expect(overlapByBoundary(square(0, 0, 10), [square(-5, -5, 20), square(2, 2, 4)])).toBeCloseTo(100 - 16, 9);
    const ell = [
      [0, 0],
      [10, 0],
      [10, 4],
      [4, 4],
      [4, 10],
      [0, 10],
    ]; // an L of 64 m²
    expect(overlapByBoundary(ell, [square(-1, -1, 20)])).toBeCloseTo(64, 9);
    expect(overlapByBoundary(ell, [square(5, 5, 10)])).toBe(0); // the L's notch
    expect(overlapByBoundary(ell, [square(2, 2, 4)])).toBeCloseTo(16 - 4, 9);
  });
});
