// Where each view of a side-by-side comparison sits in the 3D area, as fractions of its width and height: two or
// three views in one row (a scheme's massing reads best at full height), four in a 2 × 2 grid. View 0 is the main one.

export interface ViewCell {
  left: number;
  top: number;
  width: number;
  height: number;
}

export function viewCells(count: number): ViewCell[] {
  const columns = count === 4 ? 2 : count;
  const rows = Math.ceil(count / columns);
  return Array.from({ length: count }, (_, index) => ({
    left: (index % columns) / columns,
    top: Math.floor(index / columns) / rows,
    width: 1 / columns,
    height: 1 / rows,
  }));
}

/** The cell as CSS percentages for an absolutely positioned element. */
export const cellStyle = (cell: ViewCell): Record<'left' | 'top' | 'width' | 'height', string> => ({
  left: `${cell.left * 100}%`,
  top: `${cell.top * 100}%`,
  width: `${cell.width * 100}%`,
  height: `${cell.height * 100}%`,
});
