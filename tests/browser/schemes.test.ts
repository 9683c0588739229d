// Schemes (方案) in the app: the list, one scheme shown with the existing buildings it replaces hidden, the swipe
// comparison picked at the same scene point on each side of the divider (moved by cim.compare, dragged with the mouse
// and with a finger), the side-by-side views (the same pixel picked in each view, cameras moving together, nothing left
// behind) and the massing table. The test point is an existing building that scheme B replaces and builds
// over (found in Node below with the same rule the app uses).
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { replacedBuildings } from '../../src/analysis/townscape/proposal-scene.ts';
import { readRenewalUnits } from '../../src/analysis/units/renewal-unit.ts';
import { schemeMassing } from '../../src/analysis/units/scheme-massing.ts';
import { ringContains } from '../../src/geometry/ring.ts';
import { buildingsFrom } from '../../tools/bench/townscape/townscape-case.ts';
import { REPO_ROOT } from './harness/app-harness.ts';
import { useAppHarness } from './harness/use-app-harness.ts';

const app = useAppHarness();
const read = (name: string) =>
  JSON.parse(readFileSync(`${REPO_ROOT}/assets/sample/${name}`, 'utf8')) as { features: any[] };
const city = buildingsFrom(read('buildings.geojson').features, 'city');
const schemeB = buildingsFrom(read('scheme-b.geojson').features, 'scheme-b');
const centre = (ring: [number, number][]): [number, number] => [
  ring.reduce((s, p) => s + p[0], 0) / ring.length,
  ring.reduce((s, p) => s + p[1], 0) / ring.length,
];
const replaced = replacedBuildings(city, schemeB);
/** A replaced building whose centre a taller scheme B building stands over. */
const [existingHere, proposalHere] = replaced.flatMap((building) => {
  const [x, y] = centre(building.footprint);
  const over = schemeB.find((p) => ringContains(p.footprint, x, y) && p.heightMeters! > building.heightMeters!);
  return over ? [[building, over] as const] : [];
})[0]!;

const idAt = (page: Page, [x, y]: [number, number]) =>
  page.evaluate(async ([px, py]) => (await window.cim.pickAt(px!, py!))?.id ?? null, [x, y]);
const canvasBox = async (page: Page) => (await page.locator('#viewer canvas').boundingBox())!;

describe('schemes', () => {
  it('lists the schemes, shows one with what it replaces hidden, compares two with a swipe divider', async () => {
    const opened = await app.openApp();
    const { page } = opened;
    await page.evaluate(() => window.cim.ready);
    expect(replaced.length).toBeGreaterThan(10);

    expect(await page.evaluate(() => window.cim.schemes())).toEqual([
      { id: 'existing', title: '现状', layerIds: ['city'] },
      { id: 'scheme-a', title: '方案A（IFC，高层点式+板式）', layerIds: ['scheme-a'] },
      { id: 'scheme-b', title: '方案B（多层围合）', layerIds: ['scheme-b'] },
    ]);
    expect(
      await page.evaluate(() => {
        try {
          void window.cim.showScheme('x');
          return null;
        } catch (e) {
          return `${(e as Error).name}: ${(e as Error).message}`;
        }
      }),
    ).toBe("UnknownItemError: cim.showScheme: no scheme 'x' (schemes: existing, scheme-a, scheme-b)");
    expect(
      await page.evaluate(() => {
        try {
          void window.cim.compare({ mode: 'swipe', schemes: ['existing'] });
          return null;
        } catch (e) {
          return `${(e as Error).name}: ${(e as Error).message}`;
        }
      }),
    ).toMatch(/^TypeError: cim.compare: swipe takes 2 scheme ids/);

    // Straight down over the test building, both roofs in view; the overlays draped on the roofs are switched off.
    const [lon, lat] = centre(existingHere.footprint);
    const point = (await page.evaluate(
      async ([x, y, roof]) => {
        for (const id of ['units', 'heritage']) window.cim.setLayerVisible(id, false);
        await window.cim.setCameraView({ lon: x!, lat: y!, heightMeters: 260 });
        await window.cim.whenIdle(60_000);
        return window.cim.canvasPosition([x!, y!, roof!]);
      },
      [lon, lat, existingHere.heightMeters!],
    ))!;
    expect(point).not.toBeNull();
    expect(await idAt(page, point)).toBe(existingHere.featureId);

    // The picker: scheme B shown, the building it replaces hidden, its own building picked there instead.
    await page.click('.tool-tab[data-tool-id="schemes"]');
    await page.click('.scheme-choice[data-scheme-id="scheme-b"]');
    await expect
      .poll(() => page.locator('.scheme-choice[data-scheme-id="scheme-b"]').getAttribute('aria-checked'))
      .toBe('true');
    await expect.poll(() => idAt(page, point), { timeout: 60_000 }).toBe(proposalHere.featureId);
    expect(await page.evaluate(() => window.cim.layers().find((l) => l.id === 'scheme-b')!.visible)).toBe(true);
    await page.screenshot({ path: '/tmp/schemes-picker.png' });
    await page.evaluate(() => window.cim.showScheme('existing'));
    expect(await idAt(page, point)).toBe(existingHere.featureId);
    expect(await page.evaluate(() => window.cim.layers().find((l) => l.id === 'scheme-b')!.visible)).toBe(false);

    // Swipe: existing left, scheme B right. The same scene point is on the left of the divider, then on its right.
    const box = await canvasBox(page);
    const fraction = point[0] / box.width;
    await page.evaluate(
      (f) => window.cim.compare({ mode: 'swipe', schemes: ['existing', 'scheme-b'], position: f }),
      fraction + 0.15,
    );
    expect(await idAt(page, point)).toBe(existingHere.featureId);
    await page.evaluate(
      (f) => window.cim.compare({ mode: 'swipe', schemes: ['existing', 'scheme-b'], position: f }),
      fraction - 0.15,
    );
    expect(await idAt(page, point)).toBe(proposalHere.featureId);
    await expect.poll(() => page.locator('.swipe-label-right').textContent()).toBe('方案B（多层围合）');
    await page.screenshot({ path: '/tmp/schemes-swipe.png' });

    // Dragged with the mouse back to the right of the point: the existing building again.
    const handle = (await page.locator('.swipe-handle').boundingBox())!;
    await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + point[0] + 0.2 * box.width, handle.y + handle.height / 2, { steps: 5 });
    await page.mouse.up();
    expect(await idAt(page, point)).toBe(existingHere.featureId);
    // Dragged with a finger to the left of it: scheme B there.
    const touched = (await page.locator('.swipe-handle').boundingBox())!;
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints: type === 'touchEnd' ? [] : [{ x, y: touched.y + touched.height / 2 }],
      });
    await touch('touchStart', touched.x + touched.width / 2);
    for (const k of [1, 2, 3, 4])
      await touch(
        'touchMove',
        touched.x + touched.width / 2 + ((box.x + point[0] - 0.2 * box.width - touched.x - touched.width / 2) * k) / 4,
      );
    await touch('touchEnd', 0);
    expect(await idAt(page, point)).toBe(proposalHere.featureId);
    // Right of it again with the sides swapped: scheme B on the left.
    await page.evaluate(
      (f) => window.cim.compare({ mode: 'swipe', schemes: ['scheme-b', 'existing'], position: f }),
      fraction + 0.15,
    );
    expect(await idAt(page, point)).toBe(proposalHere.featureId);

    // Off: back to the one scheme shown (existing), whole, and no divider.
    await page.evaluate(() => window.cim.compare({ mode: 'off' }));
    expect(await idAt(page, point)).toBe(existingHere.featureId);
    expect(await page.locator('.swipe-divider').isHidden()).toBe(true);
    expect(await page.evaluate(() => window.cim.layers().find((l) => l.id === 'scheme-b')!.visible)).toBe(false);

    // 体块比对: scheme B in its unit, against the same computation in Node on the sample's footprints.
    const units = readRenewalUnits(read('renewal-units.geojson').features).units;
    const [expected] = schemeMassing(units, city, schemeB, {
      floors: 'floors',
      yearBuilt: 'yearBuilt',
      safetyGrade: 'safetyGrade',
    });
    await page.click('[data-action="scheme-massing"]');
    const table = page.locator(`table.massing-table[data-scheme-id="scheme-b"][data-unit-id="${expected!.unitId}"]`);
    await expect.poll(() => table.count(), { timeout: 120_000 }).toBe(1);
    const cells = (indicator: string) => table.locator(`tr[data-indicator="${indicator}"] td`).allTextContents();
    const [before, after] = [expected!.existing.buildingCount, expected!.scheme.buildingCount];
    expect(await cells('buildingCount')).toEqual([String(before), String(after), String(after - before), '–']);
    expect((await page.evaluate((id) => window.cim.unitIndicators(id), expected!.unitId)).buildingCount).toBe(before);
    const far = (await cells('far')).slice(0, 2).map(Number);
    expect(far[0]).toBeCloseTo(expected!.existing.far, 1);
    expect(far[1]).toBeCloseTo(expected!.scheme.far, 1);
    expect(await table.locator('tr[data-indicator="maxHeight"] td.over').textContent()).toBe(
      `${expected!.scheme.maxHeightMeters!.toFixed(1)} ▲`,
    );
    await table.scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/tmp/schemes-massing.png' });

    expect(opened.offsiteRequests).toEqual([]);
    expect(opened.pageErrors).toEqual([]);
  }, 360_000); // one page load for every step; scheme A's IFC is converted for the massing table (3–5 min on a busy machine)

  it('compares schemes side by side in synchronised views and closes them without a trace', async () => {
    const opened = await app.openApp();
    const { page } = opened;
    await page.evaluate(() => window.cim.ready);
    const canvases = () => page.locator('#viewer canvas').count();
    expect(await canvases()).toBe(1);
    const [lon, lat] = centre(existingHere.footprint);
    await page.evaluate(
      async ([x, y]) => {
        for (const id of ['units', 'heritage']) window.cim.setLayerVisible(id, false);
        await window.cim.setCameraView({ lon: x!, lat: y!, heightMeters: 260 });
      },
      [lon, lat],
    );

    // Existing in the main view, scheme B beside it: the same pixel of each view finds each scheme's own building.
    await page.evaluate(() => window.cim.compare({ mode: 'side-by-side', schemes: ['existing', 'scheme-b'] }));
    expect(await canvases()).toBe(2);
    const point = (await page.evaluate(
      ([x, y, roof]) => window.cim.canvasPosition([x!, y!, roof!]),
      [lon, lat, existingHere.heightMeters!],
    ))!;
    const idIn = (view: number) =>
      page.evaluate(async ([v, x, y]) => (await window.cim.pickInView(v!, x!, y!))?.id ?? null, [view, ...point]);
    expect(await idIn(0)).toBe(existingHere.featureId);
    expect(await idIn(1)).toBe(proposalHere.featureId);
    // The main view keeps picking (cim.pickAt) in its own canvas.
    expect(await idAt(page, point)).toBe(existingHere.featureId);
    expect(await page.locator('.side-by-side-label').allTextContents()).toEqual(['现状', '方案B（多层围合）']);
    await page.screenshot({ path: '/tmp/schemes-side-by-side-2.png' });
    // The names follow the interface language.
    const english = await page.evaluate(() => {
      window.cim.setLanguage('en');
      return window.cim.schemes().map((scheme) => scheme.title);
    });
    expect(await page.locator('.side-by-side-label').allTextContents()).toEqual([english[0], english[2]]);
    await page.evaluate(() => window.cim.setLanguage('zh-CN'));

    // The wheel over the second view zooms every view; a camera set through the API (main view) moves the second.
    const views = () => page.evaluate(() => window.cim.compareViews().map((view) => view.cameraView));
    const second = (await page.locator('.side-by-side-view canvas').boundingBox())!;
    const before = (await views())[0]!;
    await page.mouse.move(second.x + second.width / 2, second.y + second.height / 2);
    await page.mouse.wheel(0, -400);
    await expect
      .poll(async () => (await views())[0]!.heightMeters, { timeout: 20_000 })
      .toBeLessThan(before.heightMeters - 5);
    const expectSynced = async () => {
      await page.evaluate(() => window.cim.whenIdle());
      const [main, other] = await views();
      for (const key of ['lon', 'lat', 'heightMeters', 'headingDeg', 'pitchDeg'] as const)
        expect(other![key]).toBeCloseTo(main![key], 4);
    };
    await expectSynced();
    // The wheel's inertia over: a view still gliding would lead again after the camera is set through the API.
    await expect
      .poll(
        async () => {
          const first = (await views())[0]!.heightMeters;
          await new Promise((resolve) => setTimeout(resolve, 1500));
          return Math.abs((await views())[0]!.heightMeters - first);
        },
        { timeout: 30_000 },
      )
      .toBeLessThan(0.01);
    await page.evaluate(
      ([x, y]) => window.cim.setCameraView({ lon: x!, lat: y!, heightMeters: 400, pitchDeg: -60 }),
      [lon, lat],
    );
    await expect.poll(async () => (await views())[1]!.heightMeters, { timeout: 20_000 }).toBeCloseTo(400, 1);
    await expectSynced();

    // Four views (2 × 2), then a swipe, then side by side again, then off: one viewer, on the whole area.
    await page.evaluate(() =>
      window.cim.compare({ mode: 'side-by-side', schemes: ['existing', 'scheme-b', 'existing', 'scheme-b'] }),
    );
    expect(await canvases()).toBe(4);
    expect(await page.locator('.side-by-side-label').count()).toBe(4);
    await page.screenshot({ path: '/tmp/schemes-side-by-side-4.png' });
    await page.evaluate(() => window.cim.compare({ mode: 'swipe', schemes: ['existing', 'scheme-b'] }));
    expect(await canvases()).toBe(1);
    expect(await page.locator('.side-by-side-labels').isHidden()).toBe(true);
    await page.click('.tool-tab[data-tool-id="schemes"]');
    await page.click('.schemes-mode[data-compare-mode="side-by-side"]');
    await expect.poll(canvases, { timeout: 60_000 }).toBe(2);
    await expect.poll(() => page.locator('.scheme-view-choice:checked').count()).toBe(2);
    await page.screenshot({ path: '/tmp/schemes-side-by-side-panel.png' });
    await page.click('.schemes-mode[data-compare-mode="off"]');
    await expect.poll(canvases, { timeout: 60_000 }).toBe(1);
    expect(await page.evaluate(() => window.cim.compareViews())).toEqual([]);
    const box = (await page.locator('#viewer canvas').boundingBox())!;
    expect(box.width).toBe(1280);
    expect(
      await page.evaluate(() => {
        try {
          void window.cim.pickInView(0, 1, 1);
          return null;
        } catch (e) {
          return `${(e as Error).name}: ${(e as Error).message}`;
        }
      }),
    ).toBe('ProjectStateError: cim.pickInView: no side-by-side comparison is on (cim.compare)');
    expect(opened.offsiteRequests).toEqual([]);
    expect(opened.pageErrors).toEqual([]);
  }, 240_000);
});
