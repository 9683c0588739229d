// The Node part of the IFC bench, run in a process of its own (ifc-case.ts starts it): the whole ifc2tiles pipeline
// against raw web-ifc streaming every mesh of the same file, each side starting a fresh engine. Its own process, as
// the CLI has: the bench's process holds the browser bench's code and data (~90 MB of heap), and on a heap that size
// every collection web-ifc's fresh wasm memory sets off costs both sides several times more, which side it lands on
// being luck. Prints its result as JSON on stdout, progress on stderr.
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createIfcEngine } from '../../../src/data/ifc/ifc-engine.ts';
import { ifcToTiles } from '../../ifc2tiles/ifc2tiles.ts';
import { alternatingOrder } from '../stats.ts';
import { streamAllMeshes } from './raw-stream.ts';

export interface NodeIfcRequest {
  files: string[];
  runsPerSide: number;
  wasmDirectory: string;
}

export interface NodeIfcResult {
  /** The process's first run of each side, on the first file (wasm compiled, code not yet optimised). */
  cold: { app: number; reference: number };
  files: { path: string; app: number[]; reference: number[]; engineHeapMb: number }[];
}

type Side = 'app' | 'reference';

/** Between runs, unmeasured: a collection a run sets off (web-ifc's fresh wasm memory does, every run) finishes in
 * the event loop's next free turns. Without the pause it ran at the next run's first await: raw streaming has none of
 * its own, ifc2tiles several, so it landed on ifc2tiles half the time (~8 ms of scheme A's ~40). */
const SETTLE_MS = 50;
const settle = () => new Promise((resolve) => setTimeout(resolve, SETTLE_MS));

async function runOnce(side: Side, path: string, wasmDirectory: string): Promise<{ ms: number; heapMb?: number }> {
  const outDir = mkdtempSync(join(tmpdir(), 'bench-ifc-'));
  try {
    const start = performance.now();
    if (side === 'reference') {
      const api = await createIfcEngine({ directory: wasmDirectory });
      streamAllMeshes(api, new Uint8Array(await readFile(path)));
      return { ms: performance.now() - start };
    }
    const report = await ifcToTiles(path, outDir, {
      placement: { lon: 114.02, lat: 32.98, heightMeters: 0, headingDeg: 0 },
    });
    return { ms: performance.now() - start, heapMb: report.engineHeapMegabytes };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
    await settle();
  }
}

export async function measureNodeIfc(
  { files, runsPerSide, wasmDirectory }: NodeIfcRequest,
  log: (line: string) => void,
): Promise<NodeIfcResult> {
  // The first web-ifc instance compiles the wasm, and V8 tiers up both sides' code over the first runs: unmeasured,
  // those one-time costs would land on whichever side happens to run first. Reported, not hidden.
  const cold = {
    app: (await runOnce('app', files[0]!, wasmDirectory)).ms,
    reference: (await runOnce('reference', files[0]!, wasmDirectory)).ms,
  };
  // Then each file once a side, so every file is measured in the steady state: after one warm-up run the first
  // file's app runs 1–3 were still tiering up (~95–115 ms against ~75 after), which the other files never saw.
  for (const path of files) for (const side of ['app', 'reference'] as const) await runOnce(side, path, wasmDirectory);
  const measured: NodeIfcResult['files'] = [];
  for (const path of files) {
    const samples = { app: [] as number[], reference: [] as number[] };
    let engineHeapMb = 0;
    for (let run = 0; run < runsPerSide; run++) {
      for (const side of alternatingOrder(['app', 'reference'] as const, run)) {
        const { ms, heapMb } = await runOnce(side, path, wasmDirectory);
        samples[side].push(ms);
        engineHeapMb = Math.max(engineHeapMb, heapMb ?? 0);
        log(`${path.split('/').pop()} ${side} run ${run + 1}: ${ms.toFixed(0)} ms`);
      }
    }
    measured.push({ path, ...samples, engineHeapMb });
  }
  return { cold, files: measured };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const request = JSON.parse(process.argv[2] ?? '{}') as NodeIfcRequest;
  const result = await measureNodeIfc(request, (line) => process.stderr.write(`${line}\n`));
  process.stdout.write(JSON.stringify(result));
}
