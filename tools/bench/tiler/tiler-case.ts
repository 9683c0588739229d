// Tiler bench: `npm run tile` on 100,000 and 1,000,000 synthetic footprints in CGCS2000 3° GK
// (EPSG:4547, the sample's zone), each run in a child process so its peak RSS is the tiler's own. The references are
// the goals (60 s and 1 GB for a million, at most linear growth from 100k, a whole-city view of ≤ 20 MB).
// On the million, one partition of 4 is measured against the single run: it must hold only about its share, and
// the viewer opens its output (city-view.ts) before the partition run overwrites it.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeSyntheticFootprints } from '../../tiler/synthetic-footprints.ts';
import { urisInView, WHOLE_CITY_VIEW } from '../../tiler/view-bytes.ts';
import type { BenchCase, BenchContext, BenchRow } from '../bench-case.ts';
import { median, rowFromRuns } from '../stats.ts';
import { measureCityView } from './city-view.ts';

const COUNTS = [100_000, 1_000_000];
const CRS = 4547;
const GOAL_SECONDS = 60;
const GOAL_RSS_MEGABYTES = 1024;
const GOAL_VIEW_MEGABYTES = 20;
/** Linear growth is 10×; a run's fixed costs make it less, and CPU time still drifts a little on a shared VM. */
const GROWTH_SLACK = 1.1;
/** One of 4 partitions: a quarter of the full store, the light record of all, and the process's own ~100 MB. */
const PARTITION = '1/4';
const PARTITION_RSS_RATIO = 0.6;

interface TileRun {
  seconds: number;
  cpuSeconds: number;
  peakRssMegabytes: number;
}

/**
 * `npm run tile` in a child process (this process's loader, tsx): wall-clock seconds, and the CPU seconds and peak
 * RSS it reports. Growth is judged by CPU time: on the shared 2-core VM the wall clock mostly counts others' turns.
 */
function tileInOwnProcess(input: string, outDir: string, ...flags: string[]): Promise<TileRun> {
  const cli = fileURLToPath(new URL('../../tiler/cli.ts', import.meta.url));
  const started = performance.now();
  const child = spawn(process.execPath, [...process.execArgv, cli, input, outDir, ...flags], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      const figures = /\(CPU ([\d.]+)\); peak RSS: (\d+) MB/.exec(output);
      if (code !== 0 || !figures) reject(new Error(`the tiler exited with ${code}: ${output.slice(-2000)}`));
      else {
        const [cpuSeconds, peakRssMegabytes] = [Number(figures[1]), Number(figures[2])];
        resolve({ seconds: (performance.now() - started) / 1000, cpuSeconds, peakRssMegabytes });
      }
    });
  });
}

/** Bytes of the tiles Cesium draws in the whole-city view (view-bytes.ts). */
function wholeCityViewMegabytes(outDir: string): number {
  const tileset = JSON.parse(readFileSync(join(outDir, 'tileset.json'), 'utf8'));
  const bytes = urisInView(tileset.root, WHOLE_CITY_VIEW).reduce(
    (sum, uri) => sum + statSync(join(outDir, uri)).size,
    0,
  );
  return bytes / 1e6;
}

async function measureCount(context: BenchContext, dir: string, count: number) {
  const input = join(dir, `footprints-${count}.geojson`);
  const outDir = join(dir, `tiles-${count}`);
  await writeSyntheticFootprints(input, count, 1, CRS);
  context.log(`${count} footprints: ${(statSync(input).size / 1e6).toFixed(0)} MB of GeoJSON (EPSG:${CRS})`);
  const runs: TileRun[] = [];
  const partitionRuns: TileRun[] = [];
  const measure = async (into: TileRun[], label: string, flags: string[]) => {
    into.push(await tileInOwnProcess(input, outDir, ...flags));
    const { seconds, cpuSeconds, peakRssMegabytes } = into.at(-1)!;
    context.log(`${count} ${label}: ${seconds.toFixed(1)} s (CPU ${cpuSeconds} s), ${peakRssMegabytes} MB`);
  };
  try {
    for (let run = 0; run < context.runs; run++) await measure(runs, `run ${run + 1}`, []);
    const viewMegabytes = wholeCityViewMegabytes(outDir);
    let viewer: { rows: BenchRow[]; notes: string[] } = { rows: [], notes: [] };
    if (count === COUNTS.at(-1)) {
      viewer = await measureCityView(context, outDir).catch((error: unknown) => ({
        rows: [],
        notes: [`viewer rows failed: ${error instanceof Error ? error.message : String(error)}`],
      }));
      for (let run = 0; run < context.runs; run++)
        await measure(partitionRuns, `partition ${PARTITION} run ${run + 1}`, ['--partition', PARTITION]);
    }
    return { runs, partitionRuns, viewMegabytes, viewer };
  } finally {
    rmSync(input, { force: true });
    rmSync(outDir, { recursive: true, force: true });
  }
}

export const tilerCase: BenchCase = {
  name: 'tiler',
  description: `npm run tile on ${COUNTS.map((n) => n.toLocaleString('en')).join(' and ')} synthetic EPSG:${CRS} footprints vs the goals`,
  async run(context) {
    const dir = mkdtempSync(join(tmpdir(), 'bench-tiler-'));
    const rows: BenchRow[] = [];
    const cpuSecondsByCount: number[] = [];
    let viewMegabytes = 0;
    const viewer: { rows: BenchRow[]; notes: string[] } = { rows: [], notes: [] };
    try {
      for (const count of COUNTS) {
        const measured = await measureCount(context, dir, count);
        const label = `${count / 1000}k`;
        const seconds = measured.runs.map((r) => r.seconds);
        const rss = measured.runs.map((r) => r.peakRssMegabytes);
        rows.push(rowFromRuns(`tile ${label} footprints (goal 60 s)`, 's', seconds, [GOAL_SECONDS], 1));
        rows.push(rowFromRuns(`peak RSS ${label} (goal 1 GB)`, 'MB', rss, [GOAL_RSS_MEGABYTES], 1));
        const cpu = measured.runs.map((r) => r.cpuSeconds);
        rows.push(rowFromRuns(`CPU time ${label} (figure)`, 's', cpu, [GOAL_SECONDS]));
        cpuSecondsByCount.push(median(cpu));
        viewMegabytes = measured.viewMegabytes;
        viewer.rows.push(...measured.viewer.rows);
        viewer.notes.push(...measured.viewer.notes);
        if (measured.partitionRuns.length) {
          const rssOf = (runs: typeof measured.runs) => runs.map((r) => r.peakRssMegabytes);
          const metric = `peak RSS ${label}, partition ${PARTITION} vs single run`;
          rows.push(
            rowFromRuns(metric, 'MB', rssOf(measured.partitionRuns), rssOf(measured.runs), PARTITION_RSS_RATIO),
          );
          const cpuOf = (runs: typeof measured.runs) => runs.map((r) => r.cpuSeconds);
          const cpuMetric = `CPU time ${label}, partition ${PARTITION} vs single run (figure)`;
          rows.push(rowFromRuns(cpuMetric, 's', cpuOf(measured.partitionRuns), cpuOf(measured.runs)));
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const linear = COUNTS[1]! / COUNTS[0]!;
    const growth = cpuSecondsByCount[1]! / cpuSecondsByCount[0]!;
    rows.push(rowFromRuns('CPU time growth 1M / 100k (linear 10×)', '×', [growth], [linear], GROWTH_SLACK));
    rows.push(
      rowFromRuns('1M whole-city view: tiles drawn (goal 20 MB)', 'MB', [viewMegabytes], [GOAL_VIEW_MEGABYTES], 1),
      ...viewer.rows,
    );
    const view = WHOLE_CITY_VIEW;
    return {
      rows,
      notes: [
        `reference column = the goal (the single run for the partition rows); growth (by CPU time) may be ${GROWTH_SLACK}× linear; wall-clock seconds ` +
          'include the child process start and every other process on the machine',
        `whole-city view: every tile at ${view.distanceMeters / 1000} km, ${view.screenWidthPixels}×` +
          `${view.screenHeightPixels}, fov ${view.fovDegrees}°, maximumScreenSpaceError ${view.maximumScreenSpaceError}`,
        ...viewer.notes,
      ],
    };
  },
};
