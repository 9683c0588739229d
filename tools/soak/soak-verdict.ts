// The soak run's judgement, pure: after the warm-up, each measure's mean over the last quarter of the samples against
// its mean over the first quarter; more than MAX_GROWTH higher fails. Plus the table the CLI and the test print.

export interface SoakSample {
  step: number;
  /** JS heap in use after a forced garbage collection. */
  heapMb: number;
  domNodes: number;
  eventListeners: number;
  /** Everything in the scene's primitive collections, nested ones counted through. */
  primitives: number;
  /** What the 3D tilesets hold in memory (Cesium3DTileset.totalMemoryUsageInBytes, all tilesets). */
  tileCacheMb: number;
}

export type SoakMeasure = Exclude<keyof SoakSample, 'step'>;
export const SOAK_MEASURES: readonly SoakMeasure[] = [
  'heapMb',
  'domNodes',
  'eventListeners',
  'primitives',
  'tileCacheMb',
];

/** The limit: a kiosk that grows more than this between the first and last quarter of a run is leaking. */
export const MAX_GROWTH = 0.1;

export interface MeasureGrowth {
  measure: SoakMeasure;
  firstQuarter: number;
  lastQuarter: number;
  /** (last − first) / first; Infinity when it grew from nothing. */
  growth: number;
  ok: boolean;
}

export interface SoakVerdict {
  /** Samples compared (those after the warm-up). */
  compared: number;
  measures: MeasureGrowth[];
  ok: boolean;
}

const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

/** Needs two samples after `warmupSteps`: a quarter is at least one sample. */
export function soakVerdict(samples: readonly SoakSample[], warmupSteps: number): SoakVerdict {
  const counted = samples.filter((sample) => sample.step >= warmupSteps);
  if (counted.length < 2) {
    throw new Error(`soak: ${counted.length} sample(s) after a ${warmupSteps}-step warm-up; at least 2 are needed`);
  }
  const quarter = Math.max(1, Math.floor(counted.length / 4));
  const measures = SOAK_MEASURES.map((measure): MeasureGrowth => {
    const firstQuarter = mean(counted.slice(0, quarter).map((sample) => sample[measure]));
    const lastQuarter = mean(counted.slice(-quarter).map((sample) => sample[measure]));
    const growth =
      firstQuarter > 0 ? (lastQuarter - firstQuarter) / firstQuarter : lastQuarter > 0 ? Number.POSITIVE_INFINITY : 0;
    return { measure, firstQuarter, lastQuarter, growth, ok: growth <= MAX_GROWTH };
  });
  return { compared: counted.length, measures, ok: measures.every((m) => m.ok) };
}

const HEADERS: Record<SoakMeasure, string> = {
  heapMb: 'JS heap MB',
  domNodes: 'DOM nodes',
  eventListeners: 'listeners',
  primitives: 'primitives',
  tileCacheMb: 'tile cache MB',
};

const cell = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(1));

export function formatSoakTable(samples: readonly SoakSample[], verdict: SoakVerdict): string {
  const header = ['step', ...SOAK_MEASURES.map((measure) => HEADERS[measure])];
  const rows = samples.map((sample) => [String(sample.step), ...SOAK_MEASURES.map((m) => cell(sample[m]))]);
  const growthRow = (label: string, pick: (growth: MeasureGrowth) => string) => [label, ...verdict.measures.map(pick)];
  rows.push(
    growthRow('first ¼', (g) => cell(g.firstQuarter)),
    growthRow('last ¼', (g) => cell(g.lastQuarter)),
    growthRow('growth', (g) => `${(g.growth * 100).toFixed(1)} %${g.ok ? '' : ' FAIL'}`),
  );
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (row: string[]) => row.map((text, column) => text.padStart(widths[column]!)).join('  ');
  return [
    line(header),
    ...rows.map(line),
    `${verdict.ok ? 'PASS' : 'FAIL'}: ${verdict.compared} samples compared, limit +${MAX_GROWTH * 100} %`,
  ].join('\n');
}
