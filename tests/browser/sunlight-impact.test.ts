// A scheme's before/after sunlight impact in the app: cim.sunlightImpact on the sample's scheme A (its towers shade
// neighbours to the north) lists the sills it pushes below 2 h, worst first; the panel's 方案影响 table shows the same
// rows, they are red in 3D, the CSV holds them; a wrong scheme id is a TypeError; and removing a layer a sunlight run
// used clears that run.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { redPixels } from './harness/pixels.ts';
import { useAppHarness } from './harness/use-app-harness.ts';

const app = useAppHarness();

describe('sunlight impact of a scheme', () => {
  it('lists the sills a scheme pushes below the rule, in the API, the panel, 3D and CSV', async () => {
    const opened = await app.openApp();
    const { page } = opened;

    const refused = await page.evaluate(() =>
      window.cim.sunlightImpact('nope').then(
        () => 'resolved',
        (e: Error) => `${e.name}: ${e.message}`,
      ),
    );
    expect(refused).toMatch(/^UnknownItemError: cim.sunlightImpact: no scheme 'nope'/);

    const started = Date.now();
    const rows = await page.evaluate(() => window.cim.sunlightImpact('scheme-a'));
    console.log(
      `sunlightImpact('scheme-a'): ${rows.length} sills in ${Date.now() - started} ms (the IFC read included)`,
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(Object.keys(row).sort()).toEqual([
        'featureId',
        'floor',
        'hoursAfter',
        'hoursBefore',
        'layerId',
        'position',
        'requiredHours',
      ]);
      expect(row.layerId).toBe('city');
      expect(row.hoursBefore).toBeGreaterThanOrEqual(row.requiredHours);
      expect(row.hoursAfter).toBeLessThan(row.requiredHours);
    }
    const drops = rows.map((r) => Math.round((r.hoursBefore - r.hoursAfter) * 60));
    expect(drops).toEqual([...drops].sort((a, b) => b - a));

    // The panel: the first scheme is scheme A; the same rows in the same order.
    await page.click('.tool-tab[data-tool-id="sunlight"]');
    expect(await page.locator('.sunlight-impact-scheme').inputValue()).toBe('scheme-a');
    await page.click('[data-action="sunlight-impact"]');
    const tableRows = page.locator('table.sunlight-impact-table tbody tr');
    await expect.poll(() => tableRows.count(), { timeout: 90_000 }).toBe(rows.length);
    const cells = await tableRows.evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)),
    );
    expect(cells.map((c) => [c[0], Number(c[1]), c[3], c[4]])).toEqual(
      rows.map((r) => [`${r.layerId}/${r.featureId}`, r.floor, r.hoursBefore.toFixed(2), r.hoursAfter.toFixed(2)]),
    );
    await expect.poll(() => page.locator('.sunlight-new-housing').count()).toBe(1);

    // Red in 3D: look down on the worst sill.
    const [lon, lat, h] = rows[0]!.position;
    const at = await page.evaluate(
      async ([lon, lat, h]) => {
        await window.cim.setCameraView({ lon, lat: lat - 0.0012, heightMeters: h + 180, pitchDeg: -55 });
        await window.cim.whenIdle(60_000);
        return window.cim.canvasPosition([lon, lat, h]);
      },
      [lon, lat, h] as [number, number, number],
    );
    expect(at).not.toBeNull();
    expect(await redPixels(page, { x: at![0] - 12, y: at![1] - 12, width: 24, height: 24 })).toBeGreaterThan(20);
    await page.screenshot({ path: '/tmp/sunlight-impact.png' });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-action="sunlight-impact-csv"]'),
    ]);
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.split('\r\n').filter((line) => line.startsWith('city/'))).toHaveLength(rows.length);

    // The 风貌管控 tab's review sheets list the same sills for scheme A; scheme B's impact was not computed.
    await page.click('.tool-tab[data-tool-id="townscape"]');
    await page.click('[data-action="review"]');
    const sheetA = page.locator('.townscape-sheet[data-series="scheme-a"]');
    await sheetA.waitFor({ timeout: 120_000 });
    expect(await sheetA.textContent()).toContain(`日照影响 (${rows.length})`);
    expect(await sheetA.locator('li', { hasText: ' → ' }).count()).toBe(rows.length);
    expect(await page.locator('.townscape-sheet[data-series="scheme-b"]').textContent()).toContain('未计算');
    await sheetA.screenshot({ path: '/tmp/review-sheet-sunlight.png' });
    await page.click('[data-action="close-review"]');
    await page.click('.tool-tab[data-tool-id="sunlight"]');

    // A run on a layer added by script goes when that layer is removed.
    await page.evaluate(() =>
      window.cim.addLayer({ id: 'extra', kind: '3dtiles', title: 'Extra', url: 'tilesets/scheme-b/tileset.json' }),
    );
    await page.evaluate(() => window.cim.sunlight({ points: [[114.02, 32.98, 0.9]] }, { year: 2026 }));
    await expect.poll(() => page.locator('.sunlight-summary').count()).toBe(1);
    expect(await page.locator('table.sunlight-impact-table').count()).toBe(0); // the new run replaced the impact
    await page.evaluate(() => window.cim.removeLayer('extra'));
    await expect.poll(() => page.locator('.sunlight-summary').count()).toBe(0);

    expect(opened.pageErrors).toEqual([]);
    expect(opened.offsiteRequests).toEqual([]);
  }, 240_000);
});
