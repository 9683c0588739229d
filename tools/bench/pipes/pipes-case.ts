// Pipeline bench, pure part: the GB 50289 clearance check over 20,000+ pipe segments and their buildings (the sample
// district repeated), grid-indexed app against the all-pairs reference with the same pair rules; both must agree.
// Then the same pipes as a layer in the built app (layer-build.ts).
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkClearances, type ClearanceViolation } from '../../../src/analysis/pipes/clearance-check.ts';
import type { BenchCase, BenchRow } from '../bench-case.ts';
import { alternatingOrder, median } from '../stats.ts';
import { bruteForceClearances } from './brute-force.ts';
import { measureLayerBuild } from './layer-build.ts';
import { tiledSample } from './tiled-sample.ts';

const SEGMENTS = 20_000;

/** `distDir`: the built app for the layer part; without a build that part is skipped with a note. */
export const pipesCase = (options: { distDir?: string } = {}): BenchCase => ({
  name: 'pipes',
  description: `clearance check over ${SEGMENTS.toLocaleString('en')}+ pipe segments and their buildings (grid index vs all pairs); the pipelines layer with them in the app`,
  async run(context) {
    const city = tiledSample(context.repoRoot, SEGMENTS);
    context.log(
      `${city.segments.length} segments, ${city.buildings.length} buildings (${city.copies} copies of the sample)`,
    );
    const samples = { app: [] as number[], reference: [] as number[] };
    const answers: Partial<Record<'app' | 'reference', ClearanceViolation[]>> = {};
    for (let run = 0; run < context.runs; run++) {
      for (const side of alternatingOrder(['app', 'reference'] as const, run)) {
        const start = performance.now();
        answers[side] =
          side === 'app'
            ? checkClearances(city.segments, { buildings: city.buildings })
            : bruteForceClearances(city.segments, city.buildings);
        samples[side].push(performance.now() - start);
        context.log(
          `${side} run ${run + 1}: ${samples[side].at(-1)!.toFixed(0)} ms, ${answers[side]!.length} violations`,
        );
      }
    }
    const key = (v: ClearanceViolation) => `${v.kind} ${[v.a, v.b].sort().join('/')} ${v.actualM}`;
    const app = new Set(answers.app!.map(key));
    const reference = new Set(answers.reference!.map(key));
    const differ = [...app].filter((k) => !reference.has(k)).length + [...reference].filter((k) => !app.has(k)).length;
    const rows: BenchRow[] = [
      {
        metric: `clearance check, ${city.segments.length} segments + ${city.buildings.length} buildings`,
        unit: 'ms',
        app: median(samples.app),
        reference: median(samples.reference),
        goalRatio: 0.5,
        samples,
      },
    ];
    const notes = [`${app.size} violations found; app and all-pairs reference differ on ${differ}`];
    const distDir = resolve(context.repoRoot, options.distDir ?? 'dist');
    if (!existsSync(join(distDir, 'index.html')))
      return { rows, notes: [...notes, `layer build skipped: no built app at ${distDir}`] };
    const layer = await measureLayerBuild(context, distDir, city);
    return { rows: [...rows, ...layer.rows], notes: [...notes, ...layer.notes] };
  },
});
