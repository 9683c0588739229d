// The 体检 (health check) tab on the sample district: run it, the table shows what cim.healthCheck returns (a missed
// target in red), a scheme beside the city as it stands with the change, the CSV, the uncovered homes painted red in
// 3D and cleared, park coverage in both modes and the life circles, in both languages.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { csvText } from '../../src/shared/csv.ts';
import { REPO_ROOT } from './harness/app-harness.ts';
import { type Clip, countPixels, screenshotPixels } from './harness/pixels.ts';
import { useAppHarness } from './harness/use-app-harness.ts';

const app = useAppHarness();
/** The painted homes' red (#e53935), roofs in shade included. */
const redPixels = async (page: Page, clip: Clip) =>
  countPixels(await screenshotPixels(page, clip), (r, g, b) => r > 100 && r > 2.5 * g && r > 2.5 * b);

const footprints = new Map(
  (
    JSON.parse(readFileSync(`${REPO_ROOT}/assets/sample/buildings.geojson`, 'utf8')) as {
      features: { properties: { id: string; heightMeters: number }; geometry: { coordinates: number[][][] } }[];
    }
  ).features.map((f) => [
    f.properties.id,
    { ring: f.geometry.coordinates[0]!, heightMeters: f.properties.heightMeters },
  ]),
);

const SHARES = new Set([
  'dangerous-housing-share',
  'life-circle-5',
  'life-circle-10',
  'life-circle-15',
  'park-coverage',
  'park-coverage-straight',
  'housing-before-2000-share',
]);
/** As the panel shows it: shares in per cent to one place, counts as they are. */
const shown = (id: string, value: number) => (SHARES.has(id) ? `${(value * 100).toFixed(1)}%` : String(value));

describe('health check panel', () => {
  it('shows the indicators of cim.healthCheck, before/after a scheme, the CSV and the uncovered homes in 3D', async () => {
    const opened = await app.openApp();
    const { page } = opened;

    // Look down on an uncovered home (along the walk network).
    // The city as it stands (no scheme hiding the buildings it replaces); its first uncovered home.
    await page.evaluate(() => window.cim.showScheme('existing'));
    const coverage = await page.evaluate(() => window.cim.parkCoverage({ schemeId: 'existing' }));
    const target = coverage.buildings
      .filter((b) => !b.covered && b.layerId === 'city')
      .sort((a, b) => a.featureId.localeCompare(b.featureId))[0]!;
    const { ring, heightMeters } = footprints.get(target.featureId)!;
    const lon = ring.reduce((s, p) => s + p[0]!, 0) / ring.length;
    const lat = ring.reduce((s, p) => s + p[1]!, 0) / ring.length;
    const at = await page.evaluate(
      async ([x, y, z]) => {
        await window.cim.setCameraView({ lon: x, lat: y, heightMeters: z + 250 });
        await window.cim.whenIdle(60_000);
        return window.cim.canvasPosition([x, y, z]);
      },
      [lon, lat, heightMeters],
    );
    expect(at).not.toBeNull();
    // The scene right of the dock: its red pixels before the check, the homes painted red after it.
    const clip = { x: 330, y: 80, width: 940, height: 630 };
    const redBefore = await redPixels(page, clip);

    // Run on the city as it stands: every row of the API, with its value, target and red when missed.
    await page.click('.tool-tab[data-tool-id="health"]');
    expect(await page.locator('.tool-tab[data-tool-id="health"]').textContent()).toBe('体检');
    await page.click('[data-action="health-run"]');
    const rows = page.locator('table.health-indicators tbody tr[data-indicator]');
    const expected = await page.evaluate(() => window.cim.healthCheck({ schemeId: 'existing' }));
    await expect.poll(() => rows.count(), { timeout: 120_000 }).toBe(expected.length);
    const cells = await rows.evaluateAll((trs) =>
      trs.map((tr) => ({
        id: tr.getAttribute('data-indicator'),
        unit: tr.getAttribute('data-unit'),
        texts: [...tr.querySelectorAll('td')].map((td) => td.textContent),
        missed: tr.querySelector('td[data-column="existing"]')!.classList.contains('missed'),
        colour: getComputedStyle(tr.querySelector('td[data-column="existing"]')!).color,
      })),
    );
    expected.forEach((row, i) => {
      const cell = cells[i]!;
      expect([cell.id, cell.unit]).toEqual([row.id, row.unitId ?? '']);
      expect(cell.texts).toEqual([row.unitId ?? '全区', shown(row.id, row.value)]);
      expect(cell.missed).toBe(row.met === false);
    });
    // Each indicator's heading: its label and target.
    const park = expected.find((row) => row.id === 'park-coverage' && row.unitId === undefined)!;
    expect(await page.locator('tr[data-heading="park-coverage"] th').textContent()).toBe(
      `${park.label}（目标 ≥ ${shown(park.id, park.target!)}）`,
    );
    const missed = cells.filter((c) => c.missed);
    expect(missed.length).toBeGreaterThan(0);
    expect(missed[0]!.colour).toBe('rgb(255, 107, 107)');
    expect(await page.locator('.health-indicators tr.health-dimension th').allTextContents()).toEqual([
      '安全韧性',
      '健康舒适',
      '生态宜居',
      '风貌特色',
      '住房',
    ]);
    // Both park ratios and the three circles.
    const straight = await page.evaluate(() => window.cim.parkCoverage({ mode: 'straight', schemeId: 'existing' }));
    expect(await page.locator('.health-park').textContent()).toBe(
      `公园绿地服务半径覆盖率：步行网络 ${shown('park-coverage', coverage.ratio)}，直线 ${shown('park-coverage', straight.ratio)}`,
    );
    const circle15 = await page.evaluate(() => window.cim.lifeCircle({ minutes: 15, schemeId: 'existing' }));
    expect(await page.locator('.health-circles li').count()).toBe(3);
    expect(await page.locator('.health-circles li[data-minutes="15"]').textContent()).toContain(
      shown('life-circle-15', circle15.completeShare),
    );

    // The uncovered homes are red in 3D; the legend counts them.
    expect(await page.locator('.health-legend').textContent()).toContain(
      String(coverage.buildings.filter((b) => !b.covered).length),
    );
    await page.evaluate(() => window.cim.whenIdle(60_000));
    await page.screenshot({ path: `${REPO_ROOT}/test-results/health-panel.png` });
    expect(await redPixels(page, clip)).toBeGreaterThan(redBefore + 50_000);

    // CSV: the same rows, raw values.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="health-csv"]')]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv).toBe(
      csvText([
        ['维度', '指标', '范围', '目标', '数值'],
        ...expected.map((row) => [
          row.dimension,
          row.label,
          row.unitId ?? '全区',
          row.target === undefined ? '' : Number(row.target.toFixed(4)),
          Number(row.value.toFixed(4)),
        ]),
      ]),
    );

    // Clear: the red goes.
    await page.click('[data-action="health-clear"]');
    await page.evaluate(() => window.cim.whenIdle(60_000));
    expect(await redPixels(page, clip)).toBeLessThan(redBefore + 500);

    // Scheme B beside the city as it stands, with the change; in English.
    await page.evaluate(() => window.cim.setLanguage('en'));
    expect(await page.locator('.tool-tab[data-tool-id="health"]').textContent()).toBe('Health check');
    await page.selectOption('select.health-scheme', 'scheme-b');
    await page.click('[data-action="health-run"]');
    await expect
      .poll(() => page.locator('table.health-indicators td[data-column="scheme"]').count(), { timeout: 120_000 })
      .toBeGreaterThan(0);
    const withScheme = await page.evaluate(() => window.cim.healthCheck({ schemeId: 'scheme-b' }));
    const existingEn = await page.evaluate(() => window.cim.healthCheck({ schemeId: 'existing' }));
    const ru02 = page.locator('tr[data-indicator="dangerous-housing-share"][data-unit="RU-02"] td');
    const before = existingEn.find((r) => r.id === 'dangerous-housing-share' && r.unitId === 'RU-02')!;
    const after = withScheme.find((r) => r.id === 'dangerous-housing-share' && r.unitId === 'RU-02')!;
    expect(await ru02.allTextContents()).toEqual([
      'RU-02',
      shown(before.id, before.value),
      shown(after.id, after.value),
      `${after.value - before.value < 0 ? '' : '+'}${((after.value - before.value) * 100).toFixed(1)} pp`,
    ]);
    expect(await page.locator('tr[data-heading="dangerous-housing-share"] th').textContent()).toBe(
      `${before.label} (target ≤ ${shown(before.id, before.target!)})`,
    );
    expect(await page.locator('.health-indicators thead th').allTextContents()).toEqual([
      'Scope',
      'Existing',
      'Scheme',
      'Change',
    ]);
    await page.screenshot({ path: `${REPO_ROOT}/test-results/health-panel-scheme.png` });
    expect(opened.pageErrors).toEqual([]);
    expect(opened.offsiteRequests).toEqual([]);
  }, 300_000);
});
