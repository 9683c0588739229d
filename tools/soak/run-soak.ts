// Drives an open kiosk page through `steps` soak steps and samples its memory at the start and every `sampleEvery`
// steps. Each sample is taken in the same state (tour stopped, tool panel closed, home view, tiles loaded and drawn)
// so the samples compare like with like.
import type { Page } from 'playwright-core';
import { touchscreen } from '../browser/touch.ts';
import { censusChanges, readDomCensus, type DomCensus } from './dom-census.ts';
import { diagnoseReload, NO_ANSWER, within } from './reload-diagnosis.ts';
import { takeSoakSample } from './soak-sample.ts';
import { runSoakStep, stepKind } from './soak-steps.ts';
import type { SoakSample } from './soak-verdict.ts';

export interface SoakOptions {
  steps: number;
  sampleEvery: number;
  /** Open and remove this IFC every `ifcEvery` steps. */
  ifcUrl: string;
  ifcEvery: number;
  log?: (line: string) => void;
}

export interface SoakRun {
  samples: SoakSample[];
  /** Steps during which the page reloaded itself (the kiosk's recovery from a display failure). Memory after a reload
   * starts afresh, so a run with any does not compare like with like. */
  reloadSteps: number[];
  /** Mean milliseconds a step of each kind took: where the run's time went. */
  msPerKind: Record<string, number>;
}

/** A step that takes longer has hung (a step takes seconds even on a loaded machine): the run stops and says which. */
const STEP_TIMEOUT_MS = 120_000;
/** How long after a failed step a reload's load event may still come. */
const RELOAD_GRACE_MS = 30_000;

async function withinTimeout<T>(work: Promise<T>, what: () => string): Promise<T> {
  const result = await within(work, STEP_TIMEOUT_MS);
  if (result === NO_ANSWER) throw new Error(`${what()} did not finish in ${STEP_TIMEOUT_MS / 1000} s`);
  return result;
}

export async function runSoak(page: Page, options: SoakOptions): Promise<SoakRun> {
  const cdp = await page.context().newCDPSession(page);
  // Each touch event sent once the page took the one before, as in the browser tests, so Cesium sees every move. (Runs
  // on the finger's clock ended with the page idle and the app gone, likely the swipe-back navigation fixed since.)
  const touch = await touchscreen(page, cdp);
  const viewport = page.viewportSize() ?? { width: 1280, height: 720 };
  const context = { page, touch, viewport, ifcUrl: options.ifcUrl, ifcEvery: options.ifcEvery };
  const samples: SoakSample[] = [];
  let lastCensus: DomCensus | undefined;
  const sample = async (step: number) => {
    await page.evaluate(async () => {
      // A long idle time stops the tour and keeps it from starting while the sample is taken.
      window.cim.kiosk({ enabled: true, idleSeconds: 3600 });
      window.cim.clearSelection();
      // A tool panel the last panel step opened holds its controls' nodes and listeners: closed, as after a reset.
      document.querySelector<HTMLElement>('.tool-tab[aria-selected="true"]')?.click();
      await window.cim.flyHome({ durationSeconds: 0 });
      await window.cim.whenIdle(60_000);
    });
    const taken = await takeSoakSample(page, cdp, step);
    samples.push(taken);
    options.log?.(
      `step ${step}: heap ${taken.heapMb.toFixed(1)} MB, ${taken.domNodes} nodes, ${taken.eventListeners} listeners, ` +
        `${taken.primitives} primitives, tiles ${taken.tileCacheMb.toFixed(1)} MB`,
    );
    // A node count that moved says where: which part of the page, or nodes no longer in it.
    const census = await readDomCensus(page, taken.domNodes);
    const changes = lastCensus ? censusChanges(lastCensus, census) : [];
    if (changes.length > 0) options.log?.(`  DOM nodes changed: ${changes.join(', ')}`);
    lastCensus = census;
  };
  const timing = new Map<string, { totalMs: number; count: number }>();
  let step = 0;
  const reloadSteps: number[] = [];
  let diagnosis: Promise<void> | undefined;
  const onLoad = () => {
    reloadSteps.push(step);
    options.log?.(`the page reloaded itself during step ${step} (${stepKind(step, options.ifcEvery)}): ${page.url()}`);
    diagnosis ??= diagnoseReload(page, (line) => options.log?.(line)).catch((error: unknown) =>
      options.log?.(`the reload could not be diagnosed: ${String(error)}`),
    );
  };
  // Warm-up: every layer a visitor can switch on is loaded once (a layer stays loaded when hidden again — the IFC
  // scheme holds ~280 DOM nodes, 48 listeners and a primitive), so a first use midway does not pass for growth.
  await page.evaluate(async () => {
    for (const { id } of window.cim.layers().filter((layer) => !layer.visible)) {
      window.cim.setLayerVisible(id, true);
      await window.cim.whenIdle(60_000);
      window.cim.setLayerVisible(id, false);
    }
  });
  page.on('load', onLoad);
  page.on('crash', () => options.log?.(`the page crashed (its renderer process is gone) during step ${step}`));
  if (process.env.SOAK_TRACE) {
    page.on('framenavigated', (frame) => options.log?.(`step ${step}: frame navigated to ${frame.url()}`));
    page.on('console', (message) => options.log?.(`step ${step}: console ${message.type()} ${message.text()}`));
    page.on('download', (download) => options.log?.(`step ${step}: download ${download.url()}`));
    page.on('popup', (popup) => options.log?.(`step ${step}: popup ${popup.url()}`));
    page.on('dialog', (dialog) => options.log?.(`step ${step}: dialog ${dialog.type()} ${dialog.message()}`));
  }
  await sample(0);
  // A reload ends the run: the memory after it starts afresh, and the step under way lost its page.
  for (step = 1; step <= options.steps && !diagnosis; step++) {
    const startedMs = performance.now();
    const kind = await withinTimeout(runSoakStep(step, context), () => `soak step ${step}`).catch(
      async (error: unknown) => {
        // A step cut short by the page's own reload fails before the reloaded page's load event.
        if (!diagnosis) await page.waitForEvent('load', { timeout: RELOAD_GRACE_MS }).catch(() => undefined);
        if (!diagnosis) throw error;
        return undefined;
      },
    );
    if (!kind || diagnosis) break;
    const kindTiming = timing.get(kind) ?? { totalMs: 0, count: 0 };
    kindTiming.totalMs += performance.now() - startedMs;
    kindTiming.count++;
    timing.set(kind, kindTiming);
    if (step % options.sampleEvery === 0) await sample(step);
  }
  await diagnosis;
  page.off('load', onLoad);
  await cdp.detach();
  const msPerKind = Object.fromEntries([...timing].map(([kind, t]) => [kind, Math.round(t.totalMs / t.count)]));
  return { samples, reloadSteps, msPerKind };
}
