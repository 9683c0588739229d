// `npm run soak -- --steps N` (after the build): the kiosk on the sample project in headless Chromium, served at the
// intranet test host, driven through N soak steps (tools/soak/soak-steps.ts); prints the memory table and exits 1
// when a measure grew more than 10 % between the first and last quarter after the warm-up. Options: --sample-every
// (default 500), --warmup-steps (default one sample interval), --ifc-every (default 100), --dist (default dist).
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { startAppHarness } from '../../tests/browser/harness/app-harness.ts';
import { runSoak } from './run-soak.ts';
import { formatSoakTable, soakVerdict } from './soak-verdict.ts';

const { values: args } = parseArgs({
  options: {
    steps: { type: 'string', default: '10000' },
    'sample-every': { type: 'string', default: '500' },
    'warmup-steps': { type: 'string' },
    'ifc-every': { type: 'string', default: '100' },
    dist: { type: 'string' },
  },
});

const count = (name: string, text: string | undefined) => {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive integer, not ${text}`);
  return value;
};
const steps = count('steps', args.steps);
const sampleEvery = count('sample-every', args['sample-every']);
const warmupSteps = args['warmup-steps'] === undefined ? sampleEvery : count('warmup-steps', args['warmup-steps']);
const ifcEvery = count('ifc-every', args['ifc-every']);

const harness = await startAppHarness({ ...(args.dist ? { distDir: args.dist } : {}), readyTimeoutMs: 180_000 });
const startedMs = Date.now();
let ok = false;
try {
  const opened = await harness.openApp('kiosk=1', { viewport: { width: 800, height: 450 } });
  const { samples, reloadSteps, msPerKind } = await runSoak(opened.page, {
    steps,
    sampleEvery,
    ifcUrl: 'assets/sample/scheme-a.ifc',
    ifcEvery,
    log: (line) => console.log(`[soak] ${line}`),
  });
  const verdict = soakVerdict(samples, warmupSteps);
  const minutes = (Date.now() - startedMs) / 60_000;
  console.log(`\n${formatSoakTable(samples, verdict)}`);
  console.log(
    `${steps} steps in ${minutes.toFixed(1)} min; load average ${loadavg()
      .map((load) => load.toFixed(2))
      .join(' ')}; page errors: ${opened.pageErrors.length}, off-site requests: ${opened.offsiteRequests.length}`,
  );
  console.log(
    `ms per step: ${Object.entries(msPerKind)
      .map(([kind, ms]) => `${kind} ${ms}`)
      .join(', ')}`,
  );
  for (const error of opened.pageErrors.slice(0, 5)) console.log(`  page error: ${error}`);
  if (reloadSteps.length > 0) console.log(`FAIL: the page reloaded itself in steps ${reloadSteps.join(', ')}`);
  ok = verdict.ok && reloadSteps.length === 0 && opened.pageErrors.length === 0 && opened.offsiteRequests.length === 0;
} finally {
  await harness.close();
}
process.exitCode = ok ? 0 : 1;
