// `npm run bench` (after the build): runs every benchmark case, prints one table and writes bench-results/bench.json
// with the machine it ran on. Options: --runs N (per side, default 3), --only name[,name], --project /path/project.json
// (a path on the bench server, whose root is the built app), --dist dir (default dist), --out file.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { launchChromium } from '../browser/chromium.ts';
import type { BenchCase, BenchContext, CaseResult } from './bench-case.ts';
import { describeMachine } from './machine.ts';
import { formatTable, ratioOf, verdictOf } from './report.ts';
import { viewerCase } from './viewer/viewer-case.ts';
import { compareCase } from './viewer/compare-case.ts';
import { kioskCase } from './viewer/kiosk-case.ts';
import { townscapeCase } from './townscape/townscape-case.ts';
import { unitsCase } from './units/units-case.ts';
import { pipesCase } from './pipes/pipes-case.ts';
import { ifcCase } from './ifc/ifc-case.ts';
import { sunlightCase } from './sunlight/sunlight-case.ts';
import { sunlightImpactCase } from './sunlight/impact-case.ts';
import { healthCase } from './health/health-case.ts';
import { shapefileCase } from './shapefile/shapefile-case.ts';
import { tilerCase } from './tiler/tiler-case.ts';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    only: { type: 'string' },
    project: { type: 'string' },
    dist: { type: 'string' },
    out: { type: 'string', default: 'bench-results/bench.json' },
  },
});

const runs = Number(args.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive integer, not ${args.runs}`);
process.chdir(REPO_ROOT); // Vite's Cesium plugin and the static mounts use repository-relative paths

const viewerOptions = { projectPath: args.project, distDir: args.dist };
const cases: BenchCase[] = [
  viewerCase({ ...viewerOptions, name: 'viewer' }),
  viewerCase({ ...viewerOptions, name: 'viewer-city', cityOnly: true }),
  compareCase({ distDir: args.dist }),
  kioskCase({ distDir: args.dist }),
  townscapeCase,
  unitsCase,
  pipesCase({ distDir: args.dist }),
  ifcCase({ distDir: args.dist }),
  sunlightCase,
  sunlightImpactCase,
  healthCase,
  shapefileCase,
  tilerCase,
];
const wanted = args.only?.split(',').map((name) => name.trim());
const selected = wanted ? cases.filter((benchCase) => wanted.includes(benchCase.name)) : cases;
if (selected.length === 0)
  throw new Error(`--only ${args.only}: no such case (cases: ${cases.map((c) => c.name).join(', ')})`);

const browser = await launchChromium();
const machine = describeMachine(browser.version());
await browser.close();

const startedAt = new Date();
const results: Array<{ benchCase: BenchCase; result: CaseResult }> = [];
for (const benchCase of selected) {
  const context: BenchContext = {
    runs,
    repoRoot: REPO_ROOT,
    log: (message) => console.log(`[bench ${benchCase.name}] ${message}`),
  };
  context.log(benchCase.description);
  try {
    results.push({ benchCase, result: await benchCase.run(context) });
  } catch (error) {
    results.push({
      benchCase,
      result: { rows: [], notes: [`case failed: ${error instanceof Error ? error.message : String(error)}`] },
    });
  }
}

console.log(
  `\nMachine: ${machine.cpuModel}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.distribution}, Chromium ${machine.chromium} (SwiftShader), Node ${machine.node}; ${runs} runs per side, medians\n`,
);
for (const { benchCase, result } of results) {
  if (result.rows.length > 0) console.log(formatTable(benchCase.name, result.rows));
  for (const note of result.notes) console.log(`  note (${benchCase.name}): ${note}`);
  console.log('');
}

const outFile = resolve(REPO_ROOT, args.out);
mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(
  outFile,
  `${JSON.stringify(
    {
      startedAt: startedAt.toISOString(),
      durationSeconds: Math.round((Date.now() - startedAt.getTime()) / 1000),
      machine,
      runsPerSide: runs,
      cases: results.map(({ benchCase, result }) => ({
        name: benchCase.name,
        description: benchCase.description,
        rows: result.rows.map((row) => ({ ...row, ratio: ratioOf(row), verdict: verdictOf(row) })),
        notes: result.notes,
        details: result.details,
      })),
    },
    null,
    2,
  )}\n`,
);
console.log(`[bench] wrote ${outFile}`);

// Being over a goal is a finding to report, not a crash; a case or side that could not be measured is a failure.
const incomplete = results.some(
  ({ result }) => result.rows.length === 0 || result.rows.some((row) => verdictOf(row) === 'failed'),
);
process.exitCode = incomplete ? 1 : 0;
