// The soak run's steps: what a day at an exhibition screen does to the app, quickly. A fixed cycle of touches (tap,
// one-finger orbit, pinch), a panel opened, a language change and the attract tour (idle reset, then a flight to the
// next stop) with a 1 s idle time and half-second dwells; an IFC model opened and removed every `ifcEvery` steps.
import type { Page } from 'playwright-core';
import type { Touchscreen } from '../browser/touch.ts';

const CYCLE = ['tap', 'orbit', 'pinch', 'panel', 'orbit', 'language', 'tap', 'pinch', 'tour', 'tour'] as const;
export type SoakStepKind = (typeof CYCLE)[number] | 'ifc';

export interface StepContext {
  page: Page;
  touch: Touchscreen;
  viewport: { width: number; height: number };
  ifcUrl: string;
  ifcEvery: number;
}

export function stepKind(step: number, ifcEvery: number): SoakStepKind {
  return step % ifcEvery === 0 ? 'ifc' : CYCLE[step % CYCLE.length]!;
}

/** A spread of points over the middle of the screen (away from the panels), the same for the same step. */
function spot(step: number, { width, height }: { width: number; height: number }) {
  const golden = (step * 0.618_034) % 1;
  const other = (step * 0.414_214) % 1;
  return { x: width * (0.35 + 0.3 * golden), y: height * (0.3 + 0.4 * other) };
}

export async function runSoakStep(step: number, context: StepContext): Promise<SoakStepKind> {
  const { page, touch, viewport } = context;
  const kind = stepKind(step, context.ifcEvery);
  const at = spot(step, viewport);
  // Alternate directions so the camera wanders about the project, not off it.
  const sign = Math.floor(step / CYCLE.length) % 2 === 0 ? 1 : -1;
  switch (kind) {
    case 'tap':
      await touch.tap(at);
      break;
    case 'orbit':
      await touch.drag(at, { x: at.x + sign * 120, y: at.y + sign * 30 }, 3);
      break;
    case 'pinch':
      await touch.pinch(at, sign > 0 ? 80 : 200, sign > 0 ? 200 : 80, 3);
      break;
    case 'panel':
      await page.evaluate((index) => {
        const tabs = [...document.querySelectorAll<HTMLElement>('.tool-tab')].filter((t) => t.offsetParent !== null);
        tabs[index % Math.max(1, tabs.length)]?.click();
      }, step);
      break;
    case 'language':
      await page.evaluate(() => window.cim.setLanguage(window.cim.language() === 'en' ? 'zh-CN' : 'en'));
      break;
    case 'tour':
      await nextTourStop(page, Math.floor(step / CYCLE.length));
      break;
    case 'ifc':
      await page.evaluate(async (url) => {
        const opened = await window.cim.loadIfc(url);
        await window.cim.removeLayer(opened.layerId);
      }, context.ifcUrl);
      break;
  }
  return kind;
}

/** Waits for the tour to move to its next stop; when it is not running, sets up an accelerated tour (starting at a
 * different viewpoint each cycle) and waits for the idle reset and its first stop. */
async function nextTourStop(page: Page, cycle: number): Promise<void> {
  await page.evaluate(async (rotation) => {
    const cim = window.cim;
    if (!cim.kioskState().touring) {
      const ids = cim.viewpoints().map((viewpoint) => viewpoint.id);
      const tour = ids.map((_, i) => ({ viewpointId: ids[(i + rotation) % ids.length]!, dwellSeconds: 0.5 }));
      cim.kiosk({ enabled: true, idleSeconds: 1, tour });
    }
    const from = cim.kioskState().step;
    const deadline = performance.now() + 20_000;
    while (cim.kioskState().step === from && performance.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }, cycle);
}
