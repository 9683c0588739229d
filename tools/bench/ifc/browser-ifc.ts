// IFC bench, browser part: in the built app, `cim.loadIfc` from the call to the model drawn (fetch, hash, cache
// lookup, worker with a fresh web-ifc, conversion, cache store, Cesium model, frame), first load and cached reload,
// against the reference page streaming the same file's meshes with raw web-ifc in a fresh worker. Each app run is a
// fresh browser context, so its IndexedDB cache starts empty and the second load is the cached one.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { launchChromium, openOfflinePage, waitForCim } from '../../browser/chromium.ts';
import { startStaticServer } from '../../serve/static-server.ts';
import type { BenchContext, BenchRow } from '../bench-case.ts';
import { alternatingOrder, median, rowFromRuns } from '../stats.ts';
import { buildReferencePage } from '../viewer/build-reference.ts';

const SITE = { lon: 114.02, lat: 32.98, heightMeters: 0, headingDeg: 0 };
const HOME = { lon: SITE.lon, lat: SITE.lat - 0.0012, heightMeters: 120, headingDeg: 0, pitchDeg: -40 };

interface AppSample { firstMs: number; cachedMs: number; workerPeakMb: number; fromCache: boolean }
interface ReferenceSample { ms: number; heapMb: number }

export async function measureBrowserIfc(context: BenchContext, distDir: string, files: string[]): Promise<{ rows: BenchRow[]; notes: string[] }> {
  const projectDir = mkdtempSync(join(tmpdir(), 'bench-ifc-project-'));
  writeFileSync(join(projectDir, 'empty.json'), JSON.stringify({ title: 'IFC bench', home: HOME, layers: [] }));
  const referenceDir = await buildReferencePage(context.repoRoot);
  const fileMounts = Object.fromEntries(files.map((file, i) => [`/bench-ifc-files/${i}/`, dirname(file)]));
  // Mounts are matched in order: the app's root last.
  const server = await startStaticServer({ ...fileMounts, '/bench-ifc-project/': projectDir, '/bench-reference/': referenceDir, '/': distDir });
  const browser = await launchChromium();
  const rows: BenchRow[] = [];
  const notes: string[] = [];
  try {
    for (const [i, file] of files.entries()) {
      const url = `${server.origin}/bench-ifc-files/${i}/${encodeURIComponent(basename(file))}`;
      const app: AppSample[] = [];
      const reference: ReferenceSample[] = [];
      for (let run = 0; run < context.runs; run++) {
        for (const side of alternatingOrder(['app', 'reference'] as const, run)) {
          const page = await openOfflinePage(browser, side === 'app'
            ? `${server.origin}/index.html?render=cheap&project=/bench-ifc-project/empty.json`
            : `${server.origin}/bench-reference/ifc.html`);
          try {
            if (side === 'app') {
              await waitForCim(page, 120_000);
              app.push(await page.page.evaluate(appLoads, { url, placement: SITE }));
              context.log(`${basename(file)} app run ${run + 1}: first ${app.at(-1)!.firstMs.toFixed(0)} ms, cached ${app.at(-1)!.cachedMs.toFixed(0)} ms`);
            } else {
              await page.page.waitForFunction(() => 'benchIfc' in window);
              const result = await page.page.evaluate((fileUrl) => window.benchIfc.stream(fileUrl), url);
              reference.push({ ms: result.ms, heapMb: result.heapBytes / 2 ** 20 });
              context.log(`${basename(file)} reference run ${run + 1}: ${result.ms.toFixed(0)} ms`);
            }
          } finally {
            await page.close();
          }
        }
      }
      const name = basename(file);
      const firstMs = app.map((s) => s.firstMs);
      rows.push(
        rowFromRuns(`${name}: bytes → model on screen vs raw web-ifc mesh stream (browser workers)`, 'ms', firstMs, reference.map((s) => s.ms), 1.3),
        rowFromRuns(`${name}: cached reload vs first load`, 'ms', app.map((s) => s.cachedMs), firstMs, 0.2),
      );
      if (app.some((s) => !s.fromCache)) notes.push(`${name}: a reload did not come from the cache`);
      if (app.length > 0 && reference.length > 0) {
        notes.push(`${name}: worker peak memory (web-ifc heap) ${median(app.map((s) => s.workerPeakMb)).toFixed(0)} MB in the app, ${median(reference.map((s) => s.heapMb)).toFixed(0)} MB raw`);
      }
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(projectDir, { recursive: true, force: true });
  }
  return { rows, notes };
}

/** Runs in the app page: the first load, then the same file again (a new layer, served by the cache). */
async function appLoads({ url, placement }: { url: string; placement: typeof SITE }): Promise<AppSample> {
  const timed = async () => {
    const started = performance.now();
    const result = await window.cim.loadIfc(url, { placement });
    await window.cim.whenIdle(60_000);
    return { ms: performance.now() - started, result };
  };
  const first = await timed();
  const cached = await timed();
  return {
    firstMs: first.ms,
    cachedMs: cached.ms,
    workerPeakMb: (first.result.workerPeakBytes ?? 0) / 2 ** 20,
    fromCache: cached.result.fromCache,
  };
}
