// The app as an intranet serves it: plain HTTP under a host name (cim-intranet.test, mapped to this machine), so the
// page is not a secure context and has no crypto.subtle (nor any other secure-context-only API; the app uses none
// other than the IFC cache's hash did). An IFC opens, converts and comes back from the cache, and every tool of the
// dock runs and exports, with no page error.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { INTRANET_TEST_HOST } from '../../tools/browser/url-policy.ts';
import { useAppHarness } from './harness/use-app-harness.ts';

const app = useAppHarness();

const openTab = (page: Page, id: string) => page.click(`.tool-tab[data-tool-id="${id}"]`);
/** The bytes of the file a click on `selector` downloads. */
async function downloadOf(page: Page, selector: string): Promise<Buffer> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return readFileSync(await download.path());
}

describe('served over plain HTTP from an intranet host name', () => {
  it('is not a secure context, and opens IFC models and runs every tool', async () => {
    const opened = await app.openApp();
    const { page } = opened;
    expect(
      await page.evaluate(() => ({ host: location.hostname, secure: isSecureContext, subtle: typeof crypto.subtle })),
    ).toEqual({ host: INTRANET_TEST_HOST, secure: false, subtle: 'undefined' });

    // IFC: converted in the worker, keyed by a hash that needs no crypto.subtle, and opened again from the cache.
    const first = await page.evaluate(() => window.cim.loadIfc('assets/sample/scheme-a.ifc'));
    expect(first).toMatchObject({ elementCount: 402, placedBy: 'map-conversion', fromCache: false });
    const again = await page.evaluate(() => window.cim.loadIfc('assets/sample/scheme-a.ifc'));
    expect(again).toMatchObject({ elementCount: 402, fromCache: true });
    await openTab(page, 'ifc');
    const card = page.locator(`.ifc-model[data-layer-id="${again.layerId}"]`);
    await expect.poll(() => card.getAttribute('class'), { timeout: 60_000 }).toContain('ifc-ready');
    await page.evaluate(
      (ids) => ids.forEach((id) => window.cim.setLayerVisible(id, false)),
      [first.layerId, again.layerId],
    );

    // Renewal units: indicators, a thematic map, the CSV export.
    const units = await page.evaluate(() => window.cim.renewalUnits());
    expect(units.length).toBeGreaterThan(0);
    expect((await page.evaluate((id) => window.cim.unitIndicators(id), units[0]!.id)).buildingCount).toBeGreaterThan(0);
    await page.evaluate(() => window.cim.setThematic('safetyGrade'));
    await openTab(page, 'renewal');
    expect((await downloadOf(page, '.overview-section .export-csv')).length).toBeGreaterThan(100);
    await page.evaluate(() => window.cim.setThematic('none'));

    // Pipes: underground view, a cross-section, an excavation pit, the clearance check.
    await openTab(page, 'pipes');
    await page.evaluate(async () => {
      window.cim.setLayerVisible('pipelines', true);
      window.cim.setUnderground(true);
      await window.cim.whenIdle(120_000);
    });
    expect(
      await page.evaluate(() =>
        window.cim.crossSection([
          [114.0069, 32.9725],
          [114.0081, 32.9727],
        ]),
      ),
    ).not.toEqual([]);
    await page.evaluate(() =>
      window.cim.excavate(
        [
          [114.0068, 32.9698],
          [114.0102, 32.9698],
          [114.0102, 32.9716],
          [114.0068, 32.9716],
        ],
        5,
      ),
    );
    await page.locator('.pipes-panel .fill-pit').click();
    expect(await page.evaluate(() => window.cim.clearanceCheck())).not.toEqual([]);
    await page.evaluate(() => window.cim.setUnderground(false));

    // Townscape: the height check with its CSV, and the skyline from the bridge (the chart and corridors are the
    // townscape test's; here they would only add minutes).
    await openTab(page, 'townscape');
    await page.click('[data-action="height-check"]');
    await expect
      .poll(() => page.locator('table.townscape-violations tbody tr').count(), { timeout: 120_000 })
      .toBeGreaterThan(0);
    expect((await downloadOf(page, '[data-action="export-csv"]')).length).toBeGreaterThan(100);
    const skyline = await page.evaluate(() =>
      window.cim.skyline({ eye: [114.0189805, 32.9771405, 7.6], headingDeg: 320, fovDeg: 60 }),
    );
    expect(Math.max(...skyline.elevationDeg)).toBeGreaterThan(0);

    expect(await page.evaluate(() => window.cim.errors())).toEqual([]);
    expect(opened.offsiteRequests).toEqual([]);
    expect(opened.pageErrors).toEqual([]);
    await opened.close();
  }, 420_000); // one page through every tool, on software WebGL (about 4 min on a busy 2-core machine)
});
