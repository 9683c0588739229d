// IFC bench, Node part: our whole ifc2tiles pipeline (parse, meshes placed in float64, properties, spatial tree,
// georeferencing, glb with metadata, files written) against raw web-ifc streaming every mesh of the same file
// (open, StreamAllMeshes, copy each geometry's vertices and indices out of the wasm heap). Both start a fresh engine.
// Then the same files in the built app's browser pipeline (browser-ifc.ts).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { createIfcEngine } from '../../../src/data/ifc/ifc-engine.ts';
import { ifcToTiles } from '../../ifc2tiles/ifc2tiles.ts';
import type { BenchCase, BenchContext, BenchRow, CaseResult } from '../bench-case.ts';
import { alternatingOrder, median } from '../stats.ts';
import { measureBrowserIfc } from './browser-ifc.ts';
import { writeDistrictIfc } from './district-ifc.ts';
import { streamAllMeshes } from './raw-stream.ts';

async function rawWebIfc(path: string, wasmDirectory: string): Promise<number> {
  const api = await createIfcEngine({ directory: wasmDirectory });
  return streamAllMeshes(api, new Uint8Array(await readFile(path)));
}

/** A Node run takes a second at most, and a single one drifts by ±15 % on a small VM: more of them make the median
 * steadier without making the bench much longer. */
const NODE_RUNS_PER_RUN = 3;

/** `distDir`: the built app for the browser part; without a build that part is skipped with a note. */
export const ifcCase = (options: { distDir?: string } = {}): BenchCase => ({
  name: 'ifc',
  description: 'IFC → 3D Tiles (ifc2tiles, whole pipeline) vs raw web-ifc streaming all meshes of the same file',
  async run(context) {
    const generatedDir = mkdtempSync(join(tmpdir(), 'bench-ifc-district-'));
    try {
      return await measure(context, writeDistrictIfc(generatedDir), options.distDir);
    } finally {
      rmSync(generatedDir, { recursive: true, force: true });
    }
  },
});

async function measure(context: BenchContext, district: string, distDirOption: string | undefined): Promise<CaseResult> {
  const wasmDirectory = join(context.repoRoot, 'node_modules/web-ifc/');
  const shared = join(context.repoRoot, '../shared/samples/ifc/');
  const files = [join(context.repoRoot, 'assets/sample/scheme-a.ifc'), ...['AC20-FZK-Haus.ifc', 'duplex.ifc'].map((f) => shared + f)]
    .filter((path) => existsSync(path))
    .concat(district);
  const rows: BenchRow[] = [];
  const notes: string[] = [];
  /** One conversion (app) or raw stream (reference), in milliseconds, with the app's web-ifc heap. */
  const runOnce = async (side: 'app' | 'reference', path: string): Promise<{ ms: number; heapMb?: number }> => {
    const outDir = mkdtempSync(join(tmpdir(), 'bench-ifc-'));
    try {
      const start = performance.now();
      if (side === 'reference') await rawWebIfc(path, wasmDirectory);
      else {
        const report = await ifcToTiles(path, outDir, { placement: { lon: 114.02, lat: 32.98, heightMeters: 0, headingDeg: 0 } });
        return { ms: performance.now() - start, heapMb: report.engineHeapMegabytes };
      }
      return { ms: performance.now() - start };
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  };
  // The process's first web-ifc instance compiles the wasm, and V8 tiers up both sides' code over the first runs:
  // unmeasured, those one-time costs would land on whichever side happens to run first. Reported, not hidden.
  const [coldApp, coldReference] = [await runOnce('app', files[0]!), await runOnce('reference', files[0]!)];
  notes.push(`warm-up before measuring (cold process, ${basename(files[0]!)}): ifc2tiles ${coldApp.ms.toFixed(0)} ms, raw web-ifc ${coldReference.ms.toFixed(0)} ms`);
  // Then each file once a side, so every file is measured in the steady state: with one warm-up run the first file's
  // app runs 1–3 were still tiering up (~95–115 ms against ~75 after), which the other files never saw.
  for (const path of files) for (const side of ['app', 'reference'] as const) await runOnce(side, path);
  notes.push('then every file once a side, unmeasured');
  for (const path of files) {
    const name = basename(path);
    const samples = { app: [] as number[], reference: [] as number[] };
    const heapMb: number[] = [];
    for (let run = 0; run < context.runs * NODE_RUNS_PER_RUN; run++) {
      for (const side of alternatingOrder(['app', 'reference'] as const, run)) {
        const { ms, heapMb: heap } = await runOnce(side, path);
        samples[side].push(ms);
        if (heap !== undefined) heapMb.push(heap);
        context.log(`${name} ${side} run ${run + 1}: ${ms.toFixed(0)} ms`);
      }
    }
    rows.push({ metric: `${name}: bytes → tileset vs raw mesh stream`, unit: 'ms', app: median(samples.app), reference: median(samples.reference), goalRatio: 1.3, samples });
    notes.push(`${name}: ifc2tiles web-ifc heap ${Math.max(...heapMb).toFixed(0)} MB`);
  }
  notes.push(`Node rows: ${context.runs * NODE_RUNS_PER_RUN} runs per side, alternating which side goes first`);
  if (!existsSync(shared)) notes.push(`third-party IFC samples not found at ${shared}: only scheme-a.ifc measured`);
  notes.push('placement given by hand so every file converts (placement costs microseconds either way)');
  notes.push('district-144-towers.ifc is generated (tools/bench/ifc/district-ifc.ts): 144 towers × 31 storeys, ~22k elements, 744k vertices, 5.8 MB');
  const distDir = resolve(context.repoRoot, distDirOption ?? 'dist');
  if (!existsSync(join(distDir, 'index.html'))) return { rows, notes: [...notes, `browser part skipped: no built app at ${distDir}`] };
  const browser = await measureBrowserIfc(context, distDir, files);
  return { rows: [...rows, ...browser.rows], notes: [...notes, ...browser.notes] };
}
