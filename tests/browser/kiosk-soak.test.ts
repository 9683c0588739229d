// The soak run in short (npm run soak runs it long): 12 steps of touches through the DevTools protocol, panels,
// language changes, the accelerated tour with its idle resets, and two IFC opens; heap, DOM nodes, listeners,
// primitives and tile memory may not grow more than 10 % between the first and last sample after the warm-up.
import { describe, expect, it } from 'vitest';
import { runSoak } from '../../tools/soak/run-soak.ts';
import { formatSoakTable, soakVerdict } from '../../tools/soak/soak-verdict.ts';
import { useAppHarness } from './harness/use-app-harness.ts';

const app = useAppHarness({ readyTimeoutMs: 180_000 });

describe('kiosk soak', () => {
  it('runs touches, resets, language changes and IFC opens without growing', async () => {
    const opened = await app.openApp('kiosk=1', { viewport: { width: 800, height: 450 } });
    // Tiles for every viewpoint in the cache first, as after the long run's first interval: otherwise the short run's
    // samples measure the cache filling as the tour reaches new places.
    await opened.page.evaluate(async () => {
      for (const viewpoint of window.cim.viewpoints()) {
        await window.cim.flyTo(viewpoint.id, { durationSeconds: 0 });
        await window.cim.whenIdle(60_000);
      }
    });
    const { samples, reloadSteps, msPerKind } = await runSoak(opened.page, {
      steps: 12,
      sampleEvery: 4,
      ifcUrl: 'assets/sample/scheme-a.ifc',
      ifcEvery: 6,
    });
    // The first IFC open (web-ifc's module and caches) is warm-up; the two samples compared come after
    // the first and the second.
    const verdict = soakVerdict(samples, 6);
    console.log(`${formatSoakTable(samples, verdict)}\nms per step: ${JSON.stringify(msPerKind)}`);
    for (const measure of ['heapMb', 'domNodes', 'eventListeners', 'primitives', 'tileCacheMb'] as const) {
      expect(samples[0]![measure], measure).toBeGreaterThan(0);
    }
    expect(Object.keys(msPerKind).sort()).toEqual(['ifc', 'language', 'orbit', 'panel', 'pinch', 'tap', 'tour']);
    expect(verdict.ok).toBe(true);
    expect(reloadSteps).toEqual([]);
    expect(opened.pageErrors).toEqual([]);
    expect(opened.offsiteRequests).toEqual([]);
  }, 240_000);
});
