// Case "kiosk": the exhibition screen's frame — the built app in kiosk mode (?kiosk=1) on the whole sample project,
// draped renewal units and heritage zones included — against the same kiosk screen with only the city tileset,
// alternating fresh-browser runs. The tour is held off (a long idle time) so both sides orbit the district alike.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchChromium, openOfflinePage, waitForCim } from '../../browser/chromium.ts';
import { startStaticServer } from '../../serve/static-server.ts';
import type { BenchCase, BenchContext, CaseResult } from '../bench-case.ts';
import { alternatingOrder, median, rowFromRuns } from '../stats.ts';
import { cityOnlyManifest } from './city-only-manifest.ts';
import { installLoadProbe, orbitFrameTimes } from './page-probe.ts';

type Side = 'kiosk' | 'city';
const PROJECT = '/assets/sample/project.json';
const ORBIT_STEPS = 40;
/** A first orbit loads the tiles and compiles the shaders the measured one needs. */
const WARM_UP_STEPS = 12;
const LOAD_TIMEOUT_MS = 300_000;
/** Longer than a run: the attract tour must not fly while the orbit is measured. */
const HELD_IDLE_SECONDS = 3_600;

export const kioskCase = (options: { distDir?: string } = {}): BenchCase => ({
  name: 'kiosk',
  description:
    'the app in kiosk mode on the whole sample project vs the app with only the city tileset: orbit frame time',
  run: (context) => runKioskCase(context, resolve(context.repoRoot, options.distDir ?? 'dist')),
});

async function runKioskCase(context: BenchContext, distDir: string): Promise<CaseResult> {
  if (!existsSync(join(distDir, 'index.html'))) throw new Error(`No built app at ${distDir}: run npm run build first.`);
  const derivedDir = mkdtempSync(join(tmpdir(), 'bench-kiosk-'));
  const manifest = JSON.parse(readFileSync(join(distDir, PROJECT), 'utf8')) as Record<string, unknown>;
  writeFileSync(join(derivedDir, 'city-only.json'), JSON.stringify(cityOnlyManifest(manifest, PROJECT)));
  const server = await startStaticServer({ '/bench-project/': derivedDir, '/': distDir });
  const urls: Record<Side, string> = {
    kiosk: `${server.origin}/index.html?render=cheap&kiosk=1`,
    city: `${server.origin}/index.html?render=cheap&kiosk=1&project=${encodeURIComponent('/bench-project/city-only.json')}`,
  };
  const samples: Record<Side, number[]> = { kiosk: [], city: [] };
  const notes: string[] = [];
  try {
    for (let run = 0; run < context.runs; run++) {
      for (const side of alternatingOrder<Side>(['kiosk', 'city'], run)) {
        const frameMs = await measureOrbit(urls[side], notes);
        samples[side].push(median(frameMs));
        context.log(`run ${run + 1} ${side}: frame ${median(frameMs).toFixed(1)} ms`);
      }
    }
  } finally {
    await server.close();
    rmSync(derivedDir, { recursive: true, force: true });
  }
  return {
    rows: [
      rowFromRuns(
        `kiosk view, whole sample: orbit frame time (median of ${ORBIT_STEPS} steps) vs the city tileset alone`,
        'ms',
        samples.kiosk,
        samples.city,
        1.3,
      ),
    ],
    notes,
    details: { urls, orbitSteps: ORBIT_STEPS, samples },
  };
}

async function measureOrbit(url: string, notes: string[]): Promise<number[]> {
  const browser = await launchChromium();
  try {
    const opened = await openOfflinePage(browser, url, {
      viewport: { width: 1280, height: 720 },
      // The probe lists the visible tilesets: the orbit circles the city tileset's centre.
      beforeNavigate: async (page) => {
        await page.addInitScript(installLoadProbe, 'cim');
      },
    });
    await waitForCim(opened, LOAD_TIMEOUT_MS);
    await opened.page.evaluate((idle) => window.cim.kiosk({ enabled: true, idleSeconds: idle }), HELD_IDLE_SECONDS);
    await opened.page.evaluate(() => window.cim.whenIdle());
    await opened.page.evaluate(orbitFrameTimes, { globalName: 'cim', steps: WARM_UP_STEPS });
    await opened.page.evaluate(() => window.cim.whenIdle());
    const frameMs = await opened.page.evaluate(orbitFrameTimes, { globalName: 'cim', steps: ORBIT_STEPS });
    const errors = await opened.page.evaluate(() => window.cim.errors().length);
    if (errors > 0) notes.push(`${url}: ${errors} user-facing errors`);
    if (opened.offsiteRequests.length > 0) notes.push(`${url}: off-site requests (blocked)`);
    await opened.close();
    return frameMs;
  } finally {
    await browser.close();
  }
}
