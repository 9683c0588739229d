// The kiosk's idle reset leaves nothing of the last visitor: a measurement, a section, a sunlight result, a swipe
// comparison and a comment being written all go; the stored review comment stays (it is the users' work). Nor does it
// leave what a visitor began in the panels: map clicks still armed, review sheets open over the app, a health report,
// a massing table, a status line. And no control that saves or opens a file is on the kiosk at all.
import { describe, expect, it } from 'vitest';
import { useAppHarness } from './harness/use-app-harness.ts';

const app = useAppHarness();
// The sample's city tileset and its scheme B tileset only, and no viewpoints: the reset comes with no tour flights.
const PROJECT = 'project=/fixtures/kiosk/project.json';

/** What a visitor can leave behind in the scene and the panels. */
const leftBehind = () => {
  const { scene, dataSources } = window.cim.viewer;
  let entities = 0;
  for (let i = 0; i < dataSources.length; i++) entities += dataSources.get(i).entities.values.length;
  type Node = { length?: number; get?: (i: number) => Node; clippingPlanes?: { enabled: boolean; length: number } };
  let primitives = 0;
  let clipped = 0;
  const visit = (node: Node) => {
    if (typeof node.get === 'function' && typeof node.length === 'number') {
      for (let i = 0; i < node.length; i++) visit(node.get(i));
      return;
    }
    primitives++;
    if (node.clippingPlanes?.enabled && node.clippingPlanes.length > 0) clipped++;
  };
  visit(scene.primitives as unknown as Node);
  visit(scene.groundPrimitives as unknown as Node);
  return {
    entities,
    primitives,
    clipped,
    measurements: document.querySelectorAll('.measure-results li[data-kind]').length,
    schemeB: window.cim.layers().find((layer) => layer.id === 'scheme-b')!.visible,
    swipe: document.querySelector<HTMLElement>('.swipe-handle')?.offsetParent != null,
    draft: document.querySelector<HTMLTextAreaElement>('[data-field="comment-text"]')?.value ?? null,
    comments: window.cim.comments().length,
  };
};

describe('kiosk reset', () => {
  it('clears measurements, sections, sunlight, the comparison and a draft comment; stored comments stay', async () => {
    const opened = await app.openApp(PROJECT);
    const { page } = opened;
    const canvas = (await page.locator('#viewer canvas').boundingBox())!;
    // The stored comment is drawn too: it belongs to the start.
    await page.evaluate(() => window.cim.addComment({ text: 'kept', author: 'Li', position: [114.0124, 32.9546, 30] }));
    await page.click('.tool-tab[data-tool-id="comments"]');
    const start = await page.evaluate(leftBehind);
    expect(start.comments).toBe(1);
    await page.click('[data-action="comment-pick"]');
    await page.mouse.click(canvas.x + canvas.width / 2, canvas.y + canvas.height / 2);
    await page.fill('[data-field="comment-text"]', 'half written');
    await page.click('.tool-tab[data-tool-id="measure"]');
    await page.click('[data-action="measure-height"]');
    await page.mouse.click(canvas.x + canvas.width / 2, canvas.y + canvas.height / 2);
    await expect.poll(() => page.locator('.measure-results li[data-kind]').count(), { timeout: 30_000 }).toBe(1);
    await page.evaluate(async () => {
      await window.cim.section({ kind: 'horizontal', heightMeters: 6 });
      await window.cim.sunlight({ points: [[114.017, 32.9755, 0.9]] }, { year: 2026 });
      await window.cim.compare({ mode: 'swipe', schemes: ['existing', 'scheme-b'] });
    });
    const used = await page.evaluate(leftBehind);
    expect(used).toMatchObject({ measurements: 1, schemeB: true, swipe: true, draft: 'half written', comments: 1 });
    expect(used.clipped).toBeGreaterThan(0);
    expect(used.entities + used.primitives).toBeGreaterThan(start.entities + start.primitives);

    await page.evaluate(() => window.cim.kiosk({ enabled: true, idleSeconds: 1 }));
    await expect.poll(() => page.evaluate(leftBehind), { timeout: 30_000, interval: 200 }).toEqual(start);
    expect(opened.pageErrors).toEqual([]);
    expect(opened.offsiteRequests).toEqual([]);
  });

  it('ends what a visitor began in the panels (armed clicks, sheets, reports, tables, status) and shows no file controls', async () => {
    // The sample: its eye-level viewpoint makes the review sheets, its units the health report.
    const opened = await app.openApp('kiosk=1');
    const { page } = opened;
    await page.evaluate(() => window.cim.kiosk({ enabled: true, idleSeconds: 3600 }));
    const canvas = (await page.locator('#viewer canvas').boundingBox())!;
    const begun = () => ({
      sectionOut: document.querySelector('.pipes-panel .section-out')!.childElementCount,
      sheets: document.querySelectorAll('.townscape-sheets').length,
      healthReport: document.querySelectorAll('.health-indicators').length,
      massingTables: document.querySelectorAll('table.massing-table').length,
      sunlightStatus: document.querySelector('.sunlight-status')!.textContent,
    });

    await page.click('.tool-tab[data-tool-id="schemes"]');
    await page.click('[data-action="scheme-massing"]');
    await expect.poll(() => page.locator('table.massing-table').count(), { timeout: 120_000 }).toBeGreaterThan(0);
    await page.click('.tool-tab[data-tool-id="health"]');
    await page.click('[data-action="health-run"]');
    await expect.poll(() => page.locator('.health-indicators').count(), { timeout: 120_000 }).toBe(1);
    await page.click('.tool-tab[data-tool-id="sunlight"]');
    await page.click('[data-action="sunlight-building"]');
    await page.click('.tool-tab[data-tool-id="pipes"]');
    await page.click('.pipes-panel .draw-section');
    // Last, the sheets: they cover the app. Opening them a second time replaces the first set rather than stacking.
    await page.click('.tool-tab[data-tool-id="townscape"]');
    await page.click('[data-action="review"]');
    await expect.poll(() => page.locator('.townscape-sheets').count(), { timeout: 120_000 }).toBe(1);
    await page.evaluate(() => document.querySelector<HTMLElement>('[data-action="review"]')!.click());
    await page.waitForTimeout(3000);
    expect(await page.locator('.townscape-sheets').count()).toBe(1);
    const used = await page.evaluate(begun);
    expect(used.sectionOut).toBe(1); // the hint "click two points"
    expect(used).toMatchObject({ sheets: 1, healthReport: 1 });
    expect(used.sunlightStatus).not.toBe('');
    // The height check's, skyline's, report's and health report's exports are there, and none is shown.
    const fileControls = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[data-desk-only]')].map((control) => ({
        action: control.dataset.action,
        shown: control.getClientRects().length > 0,
      })),
    );
    expect(fileControls.map((control) => control.action)).toEqual(
      expect.arrayContaining(['export-png', 'export-svg', 'report-pdf', 'health-csv', 'comments-import']),
    );
    expect(fileControls.filter((control) => control.shown)).toEqual([]);

    await page.evaluate(() => window.cim.kiosk({ enabled: true, idleSeconds: 1 }));
    await expect
      .poll(() => page.evaluate(begun), { timeout: 30_000, interval: 200 })
      .toEqual({ sectionOut: 0, sheets: 0, healthReport: 0, massingTables: 0, sunlightStatus: '' });
    // The section tool is disarmed: two clicks on the map (the first stops the tour) draw no section.
    await page.evaluate(() => window.cim.kiosk({ enabled: true, idleSeconds: 3600 }));
    await page.mouse.click(canvas.x + canvas.width * 0.4, canvas.y + canvas.height * 0.6);
    await page.mouse.click(canvas.x + canvas.width * 0.6, canvas.y + canvas.height * 0.6);
    await page.waitForTimeout(500);
    expect(await page.evaluate(begun)).toMatchObject({ sectionOut: 0 });
    expect(opened.pageErrors).toEqual([]);
    expect(opened.offsiteRequests).toEqual([]);
  });

  it('drops a result that arrives after the reset (a health check begun just before it)', async () => {
    const opened = await app.openApp('kiosk=1');
    const { page } = opened;
    await page.click('.tool-tab[data-tool-id="health"]');
    // Slowed down 20 times (DevTools' CPU throttling), the first health check (scenes, walk network, life circles)
    // is surely still running when the reset comes a second after it began.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 20 });
    const seen = await page.evaluate(async () => {
      const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
      const status = () => document.querySelector('.health-status')!.textContent;
      const report = () => document.querySelectorAll('.health-indicators').length;
      window.cim.kiosk({ enabled: true, idleSeconds: 1 });
      document.querySelector<HTMLElement>('[data-action="health-run"]')!.click();
      while (!window.cim.kioskState().touring) await sleep(20);
      const atReset = { running: status() !== '', report: report() };
      const deadline = performance.now() + 240_000;
      while (status() !== '' && performance.now() < deadline) await sleep(100);
      return { atReset, ended: status() === '', report: report() };
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    expect(seen.atReset).toEqual({ running: true, report: 0 });
    expect(seen.ended).toBe(true);
    expect(seen.report).toBe(0);
    expect(opened.pageErrors).toEqual([]);
    expect(opened.offsiteRequests).toEqual([]);
  }, 300_000);
});
