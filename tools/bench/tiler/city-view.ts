// The 1M tileset in the viewer: the built app (render=cheap) opened on a manifest whose only building layer is that
// tileset and whose home is the whole synthetic city from 20 km straight down, against the sample district's
// city-only view, alternating fresh-browser runs. Goals: loaded within 2× the sample's time, and the tile memory
// Cesium holds once loaded within the layer's cache budget (cacheBytes; the app keeps Cesium's default).
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStaticServer } from '../../serve/static-server.ts';
import { ORIGIN } from '../../tiler/synthetic-footprints.ts';
import type { BenchContext, BenchRow } from '../bench-case.ts';
import { alternatingOrder, rowFromRuns } from '../stats.ts';
import { cityOnlyManifest } from '../viewer/city-only-manifest.ts';
import { measureViewerPage, type MeasureOptions, type ViewerSample } from '../viewer/measure-page.ts';

const SAMPLE_PROJECT = '/assets/sample/project.json';
const WHOLE_CITY_HOME = {
  lon: ORIGIN.lonDegrees,
  lat: ORIGIN.latDegrees,
  heightMeters: 20_000,
  headingDeg: 0,
  pitchDeg: -90,
  rollDeg: 0,
};
const GOAL_LOADED_RATIO = 2;
const MEASURE: MeasureOptions = { orbitSteps: 5, loadTimeoutMs: 300_000, viewport: { width: 1280, height: 720 } };

type Side = 'million' | 'sample';

/** Rows for the tileset in `tilesDir`, or notes saying why it could not be measured. */
export async function measureCityView(
  context: BenchContext,
  tilesDir: string,
): Promise<{ rows: BenchRow[]; notes: string[] }> {
  const distDir = join(context.repoRoot, 'dist');
  if (!existsSync(join(distDir, 'index.html'))) return { rows: [], notes: ['viewer rows not measured: no dist/'] };
  const projectDir = mkdtempSync(join(tmpdir(), 'bench-tiler-project-'));
  const server = await startStaticServer({ '/bench-tiles/': tilesDir, '/bench-project/': projectDir, '/': distDir });
  try {
    const sample = cityOnlyManifest(JSON.parse(readFileSync(join(distDir, SAMPLE_PROJECT), 'utf8')), SAMPLE_PROJECT);
    const [city] = sample.layers as Array<Record<string, unknown>>;
    const million = { ...sample, home: WHOLE_CITY_HOME, layers: [{ ...city, url: '/bench-tiles/tileset.json' }] };
    const manifests: Record<Side, object> = { million, sample };
    const samples: Record<Side, ViewerSample[]> = { million: [], sample: [] };
    for (const side of ['million', 'sample'] as const) {
      writeFileSync(join(projectDir, `${side}.json`), JSON.stringify(manifests[side]));
    }
    for (let run = 0; run < context.runs; run++) {
      for (const side of alternatingOrder<Side>(['million', 'sample'], run)) {
        const project = encodeURIComponent(`/bench-project/${side}.json`);
        const url = `${server.origin}/index.html?render=cheap&project=${project}`;
        const measured = await measureViewerPage({ url, globalName: 'cim' }, MEASURE);
        samples[side].push(measured);
        const { usedBytes, cacheBytes } = measured.tileMemory;
        context.log(
          `viewer run ${run + 1} ${side}: loaded ${measured.loadedMs.toFixed(0)} ms, tiles ${(usedBytes / 1e6).toFixed(1)} MB of ${(cacheBytes / 1e6).toFixed(0)} MB cacheBytes`,
        );
      }
    }
    const megabytes = (bytes: number) => bytes / 1e6;
    const of = (side: Side, pick: (sample: ViewerSample) => number) => samples[side].map(pick);
    return {
      rows: [
        rowFromRuns(
          '1M whole-city view: time to loaded vs sample district (goal 2×)',
          'ms',
          of('million', (s) => s.loadedMs),
          of('sample', (s) => s.loadedMs),
          GOAL_LOADED_RATIO,
        ),
        rowFromRuns(
          '1M whole-city view: tile memory vs cacheBytes',
          'MB',
          of('million', (s) => megabytes(s.tileMemory.usedBytes)),
          of('million', (s) => megabytes(s.tileMemory.cacheBytes)),
          1,
        ),
        rowFromRuns(
          'sample district: tile memory vs cacheBytes (figure)',
          'MB',
          of('sample', (s) => megabytes(s.tileMemory.usedBytes)),
          of('sample', (s) => megabytes(s.tileMemory.cacheBytes)),
        ),
      ],
      notes: [
        `viewer rows: the built app (render=cheap, ${MEASURE.viewport.width}×${MEASURE.viewport.height}) on the 1M ` +
          'tileset alone, home straight down from 20 km over the synthetic city, vs the sample district alone from ' +
          'its own home; "loaded" = ready, then globe and every visible tileset loaded and a frame drawn',
      ],
    };
  } finally {
    await server.close();
    rmSync(projectDir, { recursive: true, force: true });
  }
}
