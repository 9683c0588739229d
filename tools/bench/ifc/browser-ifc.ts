// IFC bench, browser part: in the built app, `cim.loadIfc` from the call to the first frame showing the model (its
// drawnMs: fetch, hash, cache lookup, worker with a fresh web-ifc, geometry, Cesium model, frame; the properties are
// read meanwhile), first load and cached reload,
// against the reference page (plain Cesium, same render settings and view) streaming the same file's meshes with raw
// web-ifc in a fresh worker and drawing them as one plain glTF model; and the time to the drawable geometry on the
// main thread against the same raw stream without the drawing. Each run is a fresh browser context, so the app's
// IndexedDB cache starts empty and its second load is the cached one; the first model is hidden before it, so the
// reload is drawn alone, as when the model is opened again in a new session (not twice, at twice the frame time).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { launchChromium, openOfflinePage, waitForCim, type OfflinePage } from '../../browser/chromium.ts';
import { startStaticServer } from '../../serve/static-server.ts';
import type { BenchContext, BenchRow } from '../bench-case.ts';
import { alternatingOrder, median, rowFromRuns } from '../stats.ts';
import { buildReferencePage } from '../viewer/build-reference.ts';

const SITE = { lon: 114.02, lat: 32.98, heightMeters: 0, headingDeg: 0 };
const HOME = { lon: SITE.lon, lat: SITE.lat - 0.0012, heightMeters: 120, headingDeg: 0, pitchDeg: -40 };

interface AppSample {
  /** To the first frame showing the model; `loadedMs`: to loadIfc resolved (every property read) and the app idle. */
  firstMs: number;
  loadedMs: number;
  geometryMs: number;
  cachedMs: number;
  cachedGeometryMs: number;
  workerPeakMb: number;
  fromCache: boolean;
}
interface ReferenceSample {
  streamMs: number;
  drawnMs: number;
  heapMb: number;
}

export async function measureBrowserIfc(
  context: BenchContext,
  distDir: string,
  files: string[],
): Promise<{ rows: BenchRow[]; notes: string[] }> {
  const projectDir = mkdtempSync(join(tmpdir(), 'bench-ifc-project-'));
  writeFileSync(join(projectDir, 'empty.json'), JSON.stringify({ title: 'IFC bench', home: HOME, layers: [] }));
  const referenceDir = await buildReferencePage(context.repoRoot);
  const fileMounts = Object.fromEntries(files.map((file, i) => [`/bench-ifc-files/${i}/`, dirname(file)]));
  // Mounts are matched in order: the app's root last.
  const server = await startStaticServer({
    ...fileMounts,
    '/bench-ifc-project/': projectDir,
    '/bench-reference/': referenceDir,
    '/': distDir,
  });
  const browser = await launchChromium();
  const rows: BenchRow[] = [];
  const notes: string[] = [];
  const withPage = async <T>(pageUrl: string, use: (page: OfflinePage) => Promise<T>): Promise<T> => {
    const page = await openOfflinePage(browser, pageUrl);
    try {
      return await use(page);
    } finally {
      await page.close();
    }
  };
  const referenceUrl = `${server.origin}/bench-reference/ifc.html?view=${encodeURIComponent(JSON.stringify(HOME))}`;
  const inReferencePage = (method: 'stream' | 'streamAndDraw', fileUrl: string) =>
    withPage(referenceUrl, async (page) => {
      await page.page.waitForFunction(() => 'benchIfc' in window);
      await page.page.evaluate(() => window.benchIfc.ready);
      return page.page.evaluate(
        ([m, u, site]) => (m === 'stream' ? window.benchIfc.stream(u) : window.benchIfc.streamAndDraw(u, site)),
        [method, fileUrl, SITE] as const,
      );
    });
  try {
    for (const [i, file] of files.entries()) {
      const url = `${server.origin}/bench-ifc-files/${i}/${encodeURIComponent(basename(file))}`;
      const app: AppSample[] = [];
      const reference: ReferenceSample[] = [];
      for (let run = 0; run < context.runs; run++) {
        for (const side of alternatingOrder(['app', 'reference'] as const, run)) {
          if (side === 'app') {
            app.push(
              await withPage(
                `${server.origin}/index.html?render=cheap&project=/bench-ifc-project/empty.json`,
                async (page) => {
                  await waitForCim(page, 120_000);
                  return page.page.evaluate(appLoads, { url, placement: SITE });
                },
              ),
            );
            const sample = app.at(-1)!;
            context.log(
              `${basename(file)} app run ${run + 1}: geometry ${sample.geometryMs.toFixed(0)} ms, on screen ${sample.firstMs.toFixed(0)} ms, all loaded ${sample.loadedMs.toFixed(0)} ms, cached ${sample.cachedMs.toFixed(0)} ms`,
            );
          } else {
            // Streaming alone, then streaming and drawing, each in a fresh page (a page compiles the model shaders once).
            const stream = await inReferencePage('stream', url);
            const drawn = await inReferencePage('streamAndDraw', url);
            reference.push({ streamMs: stream.ms, drawnMs: drawn.ms, heapMb: stream.heapBytes / 2 ** 20 });
            context.log(
              `${basename(file)} reference run ${run + 1}: stream ${stream.ms.toFixed(0)} ms, on screen ${drawn.ms.toFixed(0)} ms`,
            );
          }
        }
      }
      const name = basename(file);
      const firstMs = app.map((s) => s.firstMs);
      rows.push(
        // Both: to the frame after the one in which the model became ready (the app's drawnMs; the reference's idle wait).
        rowFromRuns(
          `${name}: bytes → model on screen vs raw web-ifc meshes drawn by plain Cesium`,
          'ms',
          firstMs,
          reference.map((s) => s.drawnMs),
          1.3,
        ),
        rowFromRuns(
          `${name}: bytes → drawable geometry vs raw web-ifc mesh stream (browser workers)`,
          'ms',
          app.map((s) => s.geometryMs),
          reference.map((s) => s.streamMs),
          1.3,
        ),
        rowFromRuns(
          `${name}: cached reload vs first load, model on screen`,
          'ms',
          app.map((s) => s.cachedMs),
          firstMs,
          0.2,
        ),
        rowFromRuns(
          `${name}: cached reload vs first load, bytes → drawable geometry`,
          'ms',
          app.map((s) => s.cachedGeometryMs),
          app.map((s) => s.geometryMs),
          0.2,
        ),
      );
      if (app.some((s) => !s.fromCache)) notes.push(`${name}: a reload did not come from the cache`);
      if (app.length > 0)
        notes.push(
          `${name}: loadIfc resolved with every property read, app idle: ${median(app.map((s) => s.loadedMs)).toFixed(0)} ms (median)`,
        );
      if (app.length > 0 && reference.length > 0) {
        notes.push(
          `${name}: worker peak memory (web-ifc heap) ${median(app.map((s) => s.workerPeakMb)).toFixed(0)} MB in the app, ${median(reference.map((s) => s.heapMb)).toFixed(0)} MB raw`,
        );
      }
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(projectDir, { recursive: true, force: true });
  }
  return { rows, notes };
}

/** Runs in the app page: the first load, then the same file again (a new layer, served by the cache) with the
 * first one hidden. */
async function appLoads({ url, placement }: { url: string; placement: typeof SITE }): Promise<AppSample> {
  const timed = async () => {
    const started = performance.now();
    const result = await window.cim.loadIfc(url, { placement });
    await window.cim.whenIdle(60_000);
    return { ms: performance.now() - started, result };
  };
  const first = await timed();
  window.cim.setLayerVisible(first.result.layerId, false);
  await window.cim.whenIdle(60_000);
  const cached = await timed();
  return {
    firstMs: first.result.drawnMs,
    loadedMs: first.ms,
    geometryMs: first.result.geometryMs,
    cachedMs: cached.result.drawnMs,
    cachedGeometryMs: cached.result.geometryMs,
    workerPeakMb: (first.result.workerPeakBytes ?? 0) / 2 ** 20,
    fromCache: cached.result.fromCache,
  };
}
