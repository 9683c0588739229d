// Turns benchmark rows into a plain-text table and judges each row against its goal. Pure.
import type { BenchRow } from './bench-case.ts';

export type Verdict = 'ok' | 'over goal' | 'no goal' | 'failed';

export function ratioOf(row: BenchRow): number | null {
  if (row.app === null || row.reference === null || row.reference === 0) return null;
  return row.app / row.reference;
}

export function verdictOf(row: BenchRow): Verdict {
  const ratio = ratioOf(row);
  if (ratio === null) return 'failed';
  if (row.goalRatio === undefined) return 'no goal';
  return ratio <= row.goalRatio ? 'ok' : 'over goal';
}

export function formatTable(caseName: string, rows: readonly BenchRow[]): string {
  const header = ['metric', 'app', 'reference', 'ratio', 'goal', 'verdict'];
  const lines = rows.map((row) => {
    const ratio = ratioOf(row);
    return [
      `${caseName}: ${row.metric}`,
      formatValue(row.app, row.unit),
      formatValue(row.reference, row.unit),
      ratio === null ? '–' : `${ratio.toFixed(2)}×`,
      row.goalRatio === undefined ? '–' : `≤${row.goalRatio.toFixed(2)}×`,
      verdictOf(row),
    ];
  });
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column]!.length)));
  const render = (cells: string[]) =>
    cells
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
      .join('  ');
  return [render(header), widths.map((width) => '-'.repeat(width)).join('  '), ...lines.map(render)].join('\n');
}

function formatValue(value: number | null, unit: string): string {
  if (value === null) return 'failed';
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  return `${value.toFixed(digits)} ${unit}`;
}
