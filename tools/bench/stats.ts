// Small statistics for benchmark samples.

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Median, or null for no values (a side whose every run failed). */
export function medianOrNull(values: readonly number[]): number | null {
  return values.length === 0 ? null : median(values);
}

/** The order of sides in run `runIndex`: ABBA… so neither side always goes first on a warm machine. */
export function alternatingOrder<T>(sides: readonly [T, T], runIndex: number): [T, T] {
  return runIndex % 2 === 0 ? [sides[0], sides[1]] : [sides[1], sides[0]];
}
