// Side-by-side layout: two or three views in a row, four in 2 × 2; the cells tile the area without overlap.
import { describe, expect, it } from 'vitest';
import { viewCells } from '../../../src/viewer/view-cells.ts';

describe('viewCells', () => {
  it('puts two and three views in a row and four in a 2 × 2 grid', () => {
    expect(viewCells(2)).toEqual([
      { left: 0, top: 0, width: 0.5, height: 1 },
      { left: 0.5, top: 0, width: 0.5, height: 1 },
    ]);
    expect(viewCells(3).map((cell) => cell.left)).toEqual([0, 1 / 3, 2 / 3]);
    expect(viewCells(4)).toEqual([
      { left: 0, top: 0, width: 0.5, height: 0.5 },
      { left: 0.5, top: 0, width: 0.5, height: 0.5 },
      { left: 0, top: 0.5, width: 0.5, height: 0.5 },
      { left: 0.5, top: 0.5, width: 0.5, height: 0.5 },
    ]);
  });

  it('covers the whole area', () => {
    for (const count of [2, 3, 4]) {
      const area = viewCells(count).reduce((sum, cell) => sum + cell.width * cell.height, 0);
      expect(area).toBeCloseTo(1, 12);
    }
  });
});
