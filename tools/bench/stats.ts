// Small statistics for benchmark samples.
import type { BenchContext, BenchRow } from './bench-case.ts';

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Median, or null for no values (a side whose every run failed). */
function medianOrNull(values: readonly number[]): number | null {
  return values.length === 0 ? null : median(values);
}

/** A table row from every run's figure on each side: the medians, the goal, and the runs for the JSON report. */
export function rowFromRuns(
  metric: string,
  unit: string,
  app: number[],
  reference: number[],
  goalRatio?: number,
): BenchRow {
  return {
    metric,
    unit,
    app: medianOrNull(app),
    reference: medianOrNull(reference),
    ...(goalRatio === undefined ? {} : { goalRatio }),
    samples: { app, reference },
  };
}

/** The order of sides in run `runIndex`: ABBA… so neither side always goes first on a warm machine. */
export function alternatingOrder<T>(sides: readonly [T, T], runIndex: number): [T, T] {
  return runIndex % 2 === 0 ? [sides[0], sides[1]] : [sides[1], sides[0]];
}

type Side = 'app' | 'reference';

/** Times `measure` for each side `context.runs` times in alternating order, logging each run; every run's
 * milliseconds and each side's last answer. */
export function timeSides<T>(
  context: BenchContext,
  measure: (side: Side) => T,
): { samples: Record<Side, number[]>; answers: Record<Side, T> } {
  const samples: Record<Side, number[]> = { app: [], reference: [] };
  const answers: Partial<Record<Side, T>> = {};
  for (let run = 0; run < context.runs; run++) {
    for (const side of alternatingOrder(['app', 'reference'] as const, run)) {
      const start = performance.now();
      answers[side] = measure(side);
      samples[side].push(performance.now() - start);
      context.log(`${side} run ${run + 1}: ${samples[side].at(-1)!.toFixed(0)} ms`);
    }
  }
  return { samples, answers: answers as Record<Side, T> };
}
