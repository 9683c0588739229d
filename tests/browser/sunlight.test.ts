// Sunlight in the app: an open-field point gets the whole 大寒 window; a residential building's window sills are
// analysed in the worker, each facade's hours never fall with height (obstacles are columns from the ground), and the
// panel, after a pick, lists the same sills with pass/fail against the project's rule (驻马店: 大寒日 ≥ 2 h), each
// with its sunlit periods as a timeline; the facades are drawn as a heat map in the sills' colours.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sunlightHeatRgb } from '../../src/analysis/sunlight/heat-scale.ts';
import { REPO_ROOT } from './harness/app-harness.ts';
import { countPixels, screenshotPixels } from './harness/pixels.ts';
import { useAppHarness } from './harness/use-app-harness.ts';

const app = useAppHarness();
const buildings = (
  JSON.parse(readFileSync(`${REPO_ROOT}/assets/sample/buildings.geojson`, 'utf8')) as {
    features: { properties: Record<string, unknown>; geometry: { coordinates: number[][][] } }[];
  }
).features;

describe('sunlight', () => {
  it('counts hours at points and window sills against the rule, in the API and the panel', async () => {
    const opened = await app.openApp();
    const { page } = opened;

    const open = await page.evaluate(() => window.cim.sunlight({ points: [[114.1, 32.9, 0.9]] }, { year: 2026 }));
    expect(open.date).toBe('2026-01-20');
    expect(open.window).toEqual([8, 16]);
    expect(open.rule.minHours).toBe(2);
    expect(open.points[0]).toMatchObject({ hours: 8, longestHours: 8, pass: true, requiredHours: 2 });

    // A mid-rise block of flats in the old town, surrounded by others.
    const flats = buildings.find((f) => f.properties.use === '居住' && (f.properties.floors as number) >= 5)!;
    const id = String(flats.properties.id);
    const run = await page.evaluate(
      (buildingId) => window.cim.sunlight({ buildingId, layerId: 'city' }, { year: 2026 }),
      id,
    );
    expect(run.building).toEqual({ layerId: 'city', featureId: id });
    expect(run.points.length).toBeGreaterThanOrEqual(4 * (flats.properties.floors as number));
    const byFacade = new Map<number, number[]>();
    for (const point of run.points) {
      expect(point.hours).toBeGreaterThanOrEqual(0);
      expect(point.hours).toBeLessThanOrEqual(8);
      expect(point.pass).toBe(point.hours >= 2);
      byFacade.set(point.facade!, [...(byFacade.get(point.facade!) ?? []), point.hours]);
    }
    for (const [facade, hours] of byFacade) {
      for (let floor = 1; floor < hours.length; floor++)
        expect(hours[floor], `facade ${facade} floor ${floor + 1}`).toBeGreaterThanOrEqual(hours[floor - 1]!);
    }

    // The panel: pick the building, analyse its sills, one row per sill with the same verdicts.
    const ring = flats.geometry.coordinates[0]!.slice(0, -1);
    const centre = ring.reduce((sum, p) => [sum[0]! + p[0]! / ring.length, sum[1]! + p[1]! / ring.length], [0, 0]);
    const selected = await page.evaluate(
      async ([lon, lat, h]) => {
        await window.cim.setCameraView({ lon, lat, heightMeters: h + 250 });
        await window.cim.whenIdle(60_000);
        const at = window.cim.canvasPosition([lon, lat, h]);
        return at && window.cim.selectAt(at[0], at[1]);
      },
      [centre[0]!, centre[1]!, flats.properties.heightMeters as number],
    );
    expect(selected?.standard.id).toBe(id);
    await page.click('.tool-tab[data-tool-id="sunlight"]');
    await page.click('[data-action="sunlight-building"]');
    const rows = page.locator('table.sunlight-table tbody tr');
    await expect.poll(() => rows.count(), { timeout: 60_000 }).toBe(run.points.length);
    expect(await page.locator('table.sunlight-table tbody tr.fail').count()).toBe(
      run.points.filter((p) => !p.pass).length,
    );
    await expect.poll(() => page.locator('.sunlight-summary').textContent()).toMatch(/^\d{4}-01-(19|20|21)/); // 大寒 of this year
    // Each row's timeline holds its counted periods; the legend of the heat map is shown.
    const litBars = await page
      .locator('table.sunlight-table svg.sunlight-timeline')
      .evaluateAll((charts) => charts.map((chart) => chart.querySelectorAll('.sunlight-timeline-lit').length));
    expect(litBars.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    expect(litBars.length).toBe(run.points.length);

    // The facade heat map (drawn for the panel's run, the same sills as the API's), seen from the south: pixels in the sills' own heat colours.
    const south = Math.min(...ring.map((p) => p[1]!));
    const height = flats.properties.heightMeters as number;
    const facade = await page.evaluate(
      async ([lon, lat, h]) => {
        // 100 m south, looking down 35° at the facade's middle: the horizon stays out of the view (fewer tiles).
        await window.cim.setCameraView({
          lon,
          lat: lat - 0.0009,
          heightMeters: h / 2 + 70,
          headingDeg: 0,
          pitchDeg: -35,
        });
        await window.cim.whenIdle(60_000);
        return window.cim.canvasPosition([lon, lat, h / 2]);
      },
      [centre[0]!, south, height],
    );
    expect(facade).not.toBeNull();
    const colours = new Set(run.points.map((p) => sunlightHeatRgb(p.hours, p.requiredHours, 8).join()));
    const heat = [...colours].map((c) => c.split(',').map(Number));
    const pixels = await screenshotPixels(page, {
      x: Math.max(facade![0] - 60, 0),
      y: Math.max(facade![1] - 60, 0),
      width: 120,
      height: 120,
    });
    await page.screenshot({ path: `${REPO_ROOT}/test-results/sunlight-heat-map.png` });
    expect(
      countPixels(pixels, (r, g, b) =>
        heat.some(([hr, hg, hb]) => Math.abs(r - hr!) + Math.abs(g - hg!) + Math.abs(b - hb!) < 12),
      ),
    ).toBeGreaterThan(400);
    expect(opened.pageErrors).toEqual([]);
    expect(opened.offsiteRequests).toEqual([]);
  });
});
