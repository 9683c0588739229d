// Case "compare": the built app on the whole sample project, orbit frame time with the schemes compared — swipe
// (existing | scheme B: the city tileset drawn twice, split at the divider) and side by side with two views (a second
// Cesium viewer) — against the single view, in the same page of a fresh browser per run. The page keeps working after
// it is ready (the analyses read the buildings once it is idle), so each mode is measured twice, in the order
// single, swipe, side by side, side by side, swipe, single: a drift over the page's life weighs on every mode alike.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchChromium, openOfflinePage, waitForCim } from '../../browser/chromium.ts';
import { startStaticServer } from '../../serve/static-server.ts';
import type { BenchCase, BenchContext, CaseResult } from '../bench-case.ts';
import { median, rowFromRuns } from '../stats.ts';
import { orbitFrameTimes } from './page-probe.ts';

type Mode = 'single' | 'swipe' | 'side-by-side';
const MODES: readonly Mode[] = ['single', 'swipe', 'side-by-side'];
const SCHEMES = ['existing', 'scheme-b'];
const ORBIT_STEPS = 40;
/** A first orbit per mode loads the tiles and compiles the shaders the measured one needs. */
const WARM_UP_STEPS = 12;
const LOAD_TIMEOUT_MS = 300_000;

export const compareCase = (options: { distDir?: string } = {}): BenchCase => ({
  name: 'compare',
  description: `the app (sample project) orbiting with schemes compared: swipe (${SCHEMES.join(' | ')}) and side by side with two views vs the single view, same page`,
  run: (context) => runCompareCase(context, resolve(context.repoRoot, options.distDir ?? 'dist')),
});

async function runCompareCase(context: BenchContext, distDir: string): Promise<CaseResult> {
  if (!existsSync(join(distDir, 'index.html'))) throw new Error(`No built app at ${distDir}: run npm run build first.`);
  const server = await startStaticServer({ '/': distDir });
  const samples: Record<Mode, number[]> = { single: [], swipe: [], 'side-by-side': [] };
  const notes: string[] = [];
  try {
    for (let run = 0; run < context.runs; run++) {
      const order = [...MODES, ...[...MODES].reverse()];
      const perMode: Record<Mode, number[]> = { single: [], swipe: [], 'side-by-side': [] };
      const browser = await launchChromium();
      try {
        const opened = await openOfflinePage(browser, `${server.origin}/index.html?render=cheap`, {
          viewport: { width: 1280, height: 720 },
        });
        await waitForCim(opened, LOAD_TIMEOUT_MS);
        for (const mode of order) {
          await opened.page.evaluate(
            ([chosen, schemes]) =>
              window.cim.compare(
                chosen === 'single' ? { mode: 'off' } : { mode: chosen as 'swipe' | 'side-by-side', schemes },
              ),
            [mode, SCHEMES] as const,
          );
          await opened.page.evaluate(() => window.cim.whenIdle());
          await opened.page.evaluate(orbitFrameTimes, { globalName: 'cim', steps: WARM_UP_STEPS });
          await opened.page.evaluate(() => window.cim.whenIdle());
          const frameMs = await opened.page.evaluate(orbitFrameTimes, { globalName: 'cim', steps: ORBIT_STEPS });
          perMode[mode].push(median(frameMs));
          context.log(`run ${run + 1} ${mode}: frame ${median(frameMs).toFixed(1)} ms`);
        }
        // The median of a mode's two figures: their mean.
        for (const mode of MODES) samples[mode].push(median(perMode[mode]));
        const errors = await opened.page.evaluate(() => window.cim.errors().length);
        if (errors > 0) notes.push(`run ${run + 1}: ${errors} user-facing errors`);
        if (opened.offsiteRequests.length > 0) notes.push(`run ${run + 1}: off-site requests (blocked)`);
      } finally {
        await browser.close();
      }
    }
  } finally {
    await server.close();
  }
  const metric = (what: string) =>
    `${what}: orbit frame time (mean of 2 medians of ${ORBIT_STEPS} steps) vs the single view`;
  return {
    rows: [
      rowFromRuns(metric('swipe'), 'ms', samples.swipe, samples.single, 1.3),
      rowFromRuns(metric('side by side, 2 views'), 'ms', samples['side-by-side'], samples.single, 2.2),
    ],
    notes,
    details: { schemes: SCHEMES, orbitSteps: ORBIT_STEPS, samples },
  };
}
