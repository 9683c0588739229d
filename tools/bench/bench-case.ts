// The benchmark is a list of cases; each measures our code against a reference in the same run and returns rows.
// Later cases (indicator assignment, IFC pipeline vs raw web-ifc, pipelines, height check) add themselves to the list
// in cli.ts.

export interface BenchRow {
  metric: string;
  unit: string;
  /** Median over the runs; null when that side failed. */
  app: number | null;
  reference: number | null;
  /** The app may be at most this many times the reference (lower is better); absent for figures only reported. */
  goalRatio?: number;
  /** Every run's figure, for the JSON report. */
  samples: { app: number[]; reference: number[] };
}

export interface CaseResult {
  rows: BenchRow[];
  /** Anything a reader must know to trust the rows: failures, settings that differ, blocked requests. */
  notes: string[];
  /** Case-specific detail for the JSON report. */
  details?: Record<string, unknown>;
}

export interface BenchContext {
  /** Measured runs per side, alternated between app and reference. */
  runs: number;
  repoRoot: string;
  log(message: string): void;
}

export interface BenchCase {
  name: string;
  description: string;
  run(context: BenchContext): Promise<CaseResult>;
}
