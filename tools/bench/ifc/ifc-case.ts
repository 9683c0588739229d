// IFC bench: in Node, our whole ifc2tiles pipeline (parse, meshes placed in float64, properties, georeferencing,
// glb with metadata, files written) against raw web-ifc streaming every mesh of the same file (open, StreamAllMeshes,
// copy each geometry's vertices and indices out of the wasm heap), in a process of its own (node-ifc.ts). Then the
// same files in the built app's browser pipeline (browser-ifc.ts).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { BenchCase, BenchContext, BenchRow, CaseResult } from '../bench-case.ts';
import { median } from '../stats.ts';
import { measureBrowserIfc } from './browser-ifc.ts';
import { writeDistrictIfc } from './district-ifc.ts';
import type { NodeIfcRequest, NodeIfcResult } from './node-ifc.ts';

/** Runs node-ifc.ts in a child process with this process's loader (tsx), its progress passed on line by line. */
function inOwnProcess(request: NodeIfcRequest, log: (line: string) => void): Promise<NodeIfcResult> {
  const script = fileURLToPath(new URL('./node-ifc.ts', import.meta.url));
  const child = spawn(process.execPath, [...process.execArgv, script, JSON.stringify(request)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
  createInterface({ input: child.stderr }).on('line', (line) => {
    stderr += `${line}\n`;
    log(line);
  });
  return new Promise((resolvePromise, reject) => {
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolvePromise(JSON.parse(stdout) as NodeIfcResult)
        : reject(new Error(`node-ifc.ts exited with ${code}: ${stderr.slice(-2000)}`)),
    );
  });
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

async function measure(
  context: BenchContext,
  district: string,
  distDirOption: string | undefined,
): Promise<CaseResult> {
  const wasmDirectory = join(context.repoRoot, 'node_modules/web-ifc/');
  const shared = join(context.repoRoot, '../shared/samples/ifc/');
  const files = [
    join(context.repoRoot, 'assets/sample/scheme-a.ifc'),
    ...['AC20-FZK-Haus.ifc', 'duplex.ifc'].map((f) => shared + f),
  ]
    .filter((path) => existsSync(path))
    .concat(district);
  const runsPerSide = context.runs * NODE_RUNS_PER_RUN;
  const result = await inOwnProcess({ files, runsPerSide, wasmDirectory }, context.log);
  const rows: BenchRow[] = [];
  const notes = [
    `Node rows measured in a process of their own (tools/bench/ifc/node-ifc.ts), as the CLI runs`,
    `warm-up before measuring (cold process, ${basename(files[0]!)}): ifc2tiles ${result.cold.app.toFixed(0)} ms, raw web-ifc ${result.cold.reference.toFixed(0)} ms; then every file once a side, unmeasured`,
  ];
  for (const { path, app, reference, engineHeapMb } of result.files) {
    const name = basename(path);
    rows.push({
      metric: `${name}: bytes → tileset vs raw mesh stream`,
      unit: 'ms',
      app: median(app),
      reference: median(reference),
      goalRatio: 1.3,
      samples: { app, reference },
    });
    notes.push(`${name}: ifc2tiles web-ifc heap ${engineHeapMb.toFixed(0)} MB`);
  }
  notes.push(`Node rows: ${context.runs * NODE_RUNS_PER_RUN} runs per side, alternating which side goes first`);
  if (!existsSync(shared)) notes.push(`third-party IFC samples not found at ${shared}: only scheme-a.ifc measured`);
  notes.push('placement given by hand so every file converts (placement costs microseconds either way)');
  notes.push(
    'district-144-towers.ifc is generated (tools/bench/ifc/district-ifc.ts): 144 towers × 31 storeys, ~22k elements, 744k vertices, 5.8 MB',
  );
  const distDir = resolve(context.repoRoot, distDirOption ?? 'dist');
  if (!existsSync(join(distDir, 'index.html')))
    return { rows, notes: [...notes, `browser part skipped: no built app at ${distDir}`] };
  const browser = await measureBrowserIfc(context, distDir, files);
  return { rows: [...rows, ...browser.rows], notes: [...notes, ...browser.notes] };
}
