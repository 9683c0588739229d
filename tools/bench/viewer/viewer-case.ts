// Case "viewer": the built app (dist/, render=cheap) against plain Cesium (tools/bench/reference) on the same
// project — same tileset, home view, base layer and render settings — alternating fresh-browser runs.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startStaticServer } from '../../serve/static-server.ts';
import type { BenchCase, BenchContext, BenchRow, CaseResult } from '../bench-case.ts';
import { alternatingOrder, median, rowFromRuns } from '../stats.ts';
import { buildReferencePage } from './build-reference.ts';
import { cityOnlyManifest } from './city-only-manifest.ts';
import { measureViewerPage, type MeasureOptions, type PageUnderTest, type ViewerSample } from './measure-page.ts';

export interface ViewerCaseOptions {
  /** Case name; default 'viewer'. */
  name?: string;
  /** Give the app only the project's first 3D Tiles layer, as the reference has (default: the whole project). */
  cityOnly?: boolean;
  /** The built app; default `<repo>/dist`. */
  distDir?: string;
  /** Project manifest path on the bench server; default: the app's own default, /assets/sample/project.json. */
  projectPath?: string;
  orbitSteps?: number;
  loadTimeoutMs?: number;
}

type Side = 'app' | 'reference';
const DEFAULT_PROJECT = '/assets/sample/project.json';

export function viewerCase(options: ViewerCaseOptions = {}): BenchCase {
  const appContent = options.cityOnly ? 'the app with only the city tileset' : 'the app with the whole project';
  return {
    name: options.name ?? 'viewer',
    description: `${appContent} vs plain Cesium with the city tileset: time to loaded, JS heap after load, orbit frame time`,
    run: (context) => runViewerCase(context, options),
  };
}

async function runViewerCase(context: BenchContext, options: ViewerCaseOptions): Promise<CaseResult> {
  const distDir = resolve(context.repoRoot, options.distDir ?? 'dist');
  if (!existsSync(join(distDir, 'index.html'))) throw new Error(`No built app at ${distDir}: run npm run build first.`);
  context.log('building the reference pages (once per bench run)');
  const referenceDir = await buildReferencePage(context.repoRoot);
  const projectPath = options.projectPath ?? DEFAULT_PROJECT;
  const derivedDir = mkdtempSync(join(tmpdir(), 'bench-project-'));
  const server = await startStaticServer({
    '/bench-reference/': referenceDir,
    '/bench-project/': derivedDir,
    '/samples/': resolve(context.repoRoot, '../shared/samples'),
    '/': distDir,
  });
  try {
    let appProject = options.projectPath;
    if (options.cityOnly) {
      // The original must be inside the built app (its default project is).
      const manifest = JSON.parse(readFileSync(join(distDir, projectPath), 'utf8')) as Record<string, unknown>;
      writeFileSync(join(derivedDir, 'city-only.json'), JSON.stringify(cityOnlyManifest(manifest, projectPath)));
      appProject = '/bench-project/city-only.json';
    }
    const appQuery = appProject ? `&project=${encodeURIComponent(appProject)}` : '';
    const pages: Record<Side, PageUnderTest> = {
      app: { url: `${server.origin}/index.html?render=cheap${appQuery}`, globalName: 'cim' },
      reference: {
        url: `${server.origin}/bench-reference/index.html?project=${encodeURIComponent(projectPath)}`,
        globalName: 'bench',
      },
    };
    const measureOptions: MeasureOptions = {
      orbitSteps: options.orbitSteps ?? 60,
      loadTimeoutMs: options.loadTimeoutMs ?? 300_000,
      viewport: { width: 1280, height: 720 },
    };
    const { samples, failures } = await alternateRuns(context, pages, measureOptions);
    return {
      rows: buildRows(samples, measureOptions.orbitSteps),
      notes: [...failures, ...settingsNotes(samples), ...offsiteNotes(samples)],
      details: { pages, measureOptions, runs: samples },
    };
  } finally {
    await server.close();
    rmSync(derivedDir, { recursive: true, force: true });
  }
}

async function alternateRuns(
  context: BenchContext,
  pages: Record<Side, PageUnderTest>,
  measureOptions: MeasureOptions,
) {
  const samples: Record<Side, ViewerSample[]> = { app: [], reference: [] };
  const failures: string[] = [];
  const failed = new Set<Side>();
  for (let run = 0; run < context.runs; run++) {
    for (const side of alternatingOrder<Side>(['app', 'reference'], run)) {
      if (failed.has(side)) continue; // a page that failed once (e.g. no window.cim yet) would only fail again, slowly
      try {
        const sample = await measureViewerPage(pages[side], measureOptions);
        samples[side].push(sample);
        context.log(
          `run ${run + 1} ${side}: loaded ${sample.loadedMs.toFixed(0)} ms, frame ${median(sample.frameMs).toFixed(1)} ms, heap ${sample.heapUsedMb.toFixed(1)} MB`,
        );
      } catch (error) {
        failed.add(side);
        failures.push(`${side} run ${run + 1} failed: ${error instanceof Error ? error.message : String(error)}`);
        context.log(`run ${run + 1} ${side} FAILED`);
      }
    }
  }
  return { samples, failures };
}

function buildRows(samples: Record<Side, ViewerSample[]>, orbitSteps: number): BenchRow[] {
  const row = (metric: string, unit: string, pick: (sample: ViewerSample) => number, goalRatio?: number): BenchRow =>
    rowFromRuns(metric, unit, samples.app.map(pick), samples.reference.map(pick), goalRatio);
  return [
    row('time to loaded (tiles loaded, frame drawn)', 'ms', (sample) => sample.loadedMs, 1.1),
    row(`orbit frame time (median of ${orbitSteps} steps)`, 'ms', (sample) => median(sample.frameMs), 1.15),
    row('ready promise resolved', 'ms', (sample) => sample.readyMs),
    row('JS heap used after load (after GC)', 'MB', (sample) => sample.heapUsedMb),
  ];
}

/** Render settings that differ between the sides make the frame-time ratio unfair; say so. */
function settingsNotes(samples: Record<Side, ViewerSample[]>): string[] {
  const app = samples.app[0]?.settings;
  const reference = samples.reference[0]?.settings;
  if (!app || !reference) return [];
  return Object.keys({ ...app, ...reference })
    .filter((key) => app[key] !== reference[key])
    .map((key) => `render setting ${key} differs: app ${String(app[key])}, reference ${String(reference[key])}`);
}

function offsiteNotes(samples: Record<Side, ViewerSample[]>): string[] {
  return (['app', 'reference'] as const).flatMap((side) => {
    const urls = [...new Set(samples[side].flatMap((sample) => sample.offsiteRequests))];
    return urls.length === 0 ? [] : [`${side} tried off-site requests (blocked): ${urls.slice(0, 5).join(', ')}`];
  });
}
