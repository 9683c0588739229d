// Pipeline bench, browser part: the built app opening a project whose only layer is 20,000+ pipe segments, against
// the same project without it — the difference in time to ready is the layer's fetch, parse and mesh build; the
// frame time while the camera moves over the pipes shows whether it stays interactive.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium, openOfflinePage, waitForCim } from '../../browser/chromium.ts';
import { startStaticServer } from '../../serve/static-server.ts';
import type { BenchContext, BenchRow } from '../bench-case.ts';
import { alternatingOrder, rowFromRuns } from '../stats.ts';
import type { TiledSample } from './tiled-sample.ts';

type Side = 'app' | 'reference';
const MOVES = 12;

interface Sample {
  readyMs: number;
  frameMs: number;
}

export async function measureLayerBuild(
  context: BenchContext,
  distDir: string,
  city: TiledSample,
): Promise<{ rows: BenchRow[]; notes: string[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-pipes-'));
  const [lon, lat] = city.segments[Math.floor(city.segments.length / 2)]!.path[0]!;
  const home = { lon, lat: lat - 0.004, heightMeters: 600, headingDeg: 0, pitchDeg: -45 };
  const project = (layers: unknown[]) => JSON.stringify({ title: 'pipes bench', home, layers });
  writeFileSync(join(dir, 'pipes.geojson'), city.geojson());
  writeFileSync(
    join(dir, 'app.json'),
    project([{ id: 'pipes', kind: 'pipelines', title: 'pipes', url: 'pipes.geojson', visible: true }]),
  );
  writeFileSync(join(dir, 'reference.json'), project([]));
  const server = await startStaticServer({ '/bench-pipes/': dir, '/': distDir });
  const browser = await launchChromium();
  const samples: Record<Side, Sample[]> = { app: [], reference: [] };
  const notes: string[] = [];
  try {
    for (let run = 0; run < context.runs; run++) {
      for (const side of alternatingOrder<Side>(['app', 'reference'], run)) {
        const start = performance.now();
        const page = await openOfflinePage(
          browser,
          `${server.origin}/index.html?render=cheap&project=/bench-pipes/${side}.json`,
        );
        try {
          await waitForCim(page, 600_000);
          const readyMs = performance.now() - start;
          const frameMs = await page.page.evaluate(
            async ({ view, moves }) => {
              const times: number[] = [];
              for (let i = 0; i < moves; i++) {
                const t = performance.now();
                await window.cim.setCameraView({ ...view, headingDeg: (i * 360) / moves });
                times.push(performance.now() - t);
              }
              return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
            },
            { view: home, moves: MOVES },
          );
          const errors = await page.page.evaluate(() => window.cim.errors().length);
          if (errors > 0) notes.push(`${side} run ${run + 1}: ${errors} user-facing errors`);
          samples[side].push({ readyMs, frameMs });
          context.log(`layer ${side} run ${run + 1}: ready ${readyMs.toFixed(0)} ms, frame ${frameMs.toFixed(0)} ms`);
        } finally {
          await page.close();
        }
      }
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const row = (metric: string, pick: (s: Sample) => number, goalRatio?: number): BenchRow =>
    rowFromRuns(metric, 'ms', samples.app.map(pick), samples.reference.map(pick), goalRatio);
  return {
    rows: [
      row(
        `app ready with ${city.segments.length} pipe segments vs no layer (page load, fetch, parse, mesh, first frame)`,
        (s) => s.readyMs,
      ),
      row(
        `frame after a camera move over ${city.segments.length} pipes vs none (median of ${MOVES})`,
        (s) => s.frameMs,
        2,
      ),
    ],
    notes,
  };
}
