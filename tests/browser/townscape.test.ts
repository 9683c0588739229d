// Townscape checks in the app (one page load): the height-check list and its red buildings in 3D, the skyline from
// the bridge viewpoint against the analytic computation over the sample footprints, the corridor intrusions, and a
// bad zone file reported per feature. The app reads buildings from the 3D Tiles; Node reads the same sample GeoJSON.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkHeights } from '../../src/analysis/townscape/height-check.ts';
import { skylineProfile, type EyePoint } from '../../src/analysis/townscape/skyline.ts';
import { checkViewCorridors, readViewCorridors } from '../../src/analysis/townscape/view-corridor.ts';
import { readHeightZones } from '../../src/analysis/townscape/zone-features.ts';
import { buildingsFrom } from '../../tools/bench/townscape/townscape-case.ts';
import { REPO_ROOT } from './harness/app-harness.ts';
import { useAppHarness } from './harness/use-app-harness.ts';
import { redPixels } from './harness/pixels.ts';

const app = useAppHarness();
const read = (name: string) =>
  JSON.parse(readFileSync(`${REPO_ROOT}/assets/sample/${name}`, 'utf8')) as { features: any[] };
const city = buildingsFrom(read('buildings.geojson').features, 'city');
const zones = ['height-zones.geojson', 'heritage-zones.geojson', 'renewal-units.geojson'].flatMap(
  (name) => readHeightZones(read(name).features, name).zones,
);

describe('townscape checks', () => {
  it('height check, skyline and corridors agree with the analyses on the sample data, in the panel and in 3D', async () => {
    const opened = await app.openApp();
    const { page } = opened;

    // Height check: look down on the worst violator first, so its red can be seen to appear with the check.
    const expected = checkHeights(city, zones).violations;
    expect(expected.length).toBeGreaterThan(10);
    const worst = city.find((b) => b.featureId === expected[0]!.featureId)!;
    const [lon, lat] = [
      worst.footprint.reduce((s, p) => s + p[0], 0) / worst.footprint.length,
      worst.footprint.reduce((s, p) => s + p[1], 0) / worst.footprint.length,
    ];
    const at = await page.evaluate(
      async ([x, y, h]) => {
        await window.cim.setCameraView({ lon: x, lat: y, heightMeters: h + 300 });
        await window.cim.whenIdle(60_000);
        return window.cim.canvasPosition([x, y, h]);
      },
      [lon, lat, worst.heightMeters!],
    );
    expect(at).not.toBeNull();
    const box = (await page.locator('#viewer canvas').boundingBox())!;
    const clip = { x: box.x + at![0] - 30, y: box.y + at![1] - 30, width: 60, height: 60 };
    expect(await redPixels(page, clip)).toBeLessThan(100);

    // The panel lists what cim.heightCheck returns, which is what Node finds on the same footprints.
    await page.click('.tool-tab[data-tool-id="townscape"]');
    await page.click('[data-action="height-check"]');
    const rows = page.locator('table.townscape-violations tbody tr');
    await expect.poll(() => rows.count(), { timeout: 120_000 }).toBe(expected.length);
    const violations = await page.evaluate(() => window.cim.heightCheck());
    expect(violations.map((v) => [v.featureId, v.zoneId, v.limitMeters])).toEqual(
      expected.map((v) => [v.featureId, v.zoneId, v.limitMeters]),
    );
    violations.forEach((v, i) => expect(v.excessMeters).toBeCloseTo(expected[i]!.excessMeters, 1));
    expect(await rows.first().locator('td').first().textContent()).toBe(expected[0]!.featureId);
    await page.evaluate(() => window.cim.whenIdle(60_000));
    expect(await redPixels(page, clip)).toBeGreaterThan(600);

    // Skyline from the bridge, 200 azimuths over 120°: within 0.3° of the analytic profile of the sample footprints.
    const eye: EyePoint = [114.0189805, 32.9771405, 7.6];
    const options = { eye, headingDeg: 320, fovDeg: 120 };
    const skyline = await page.evaluate((o) => window.cim.skyline(o), options);
    const count = skyline.azimuthDeg.length;
    expect(count).toBeGreaterThan(100);
    const analytic = skylineProfile(city, eye, { startDeg: 260, stepDeg: 120 / (count - 1), count });
    skyline.elevationDeg.forEach((deg, i) => expect(Math.abs(deg - analytic.elevationDeg[i]!)).toBeLessThan(0.3));
    const sameCause = skyline.causes.filter((cause, i) => cause === analytic.causes[i]).length;
    expect(sameCause / count).toBeGreaterThan(0.9);

    // The chart shows existing and scheme B with scheme B's largest rise and the building that causes it.
    await page.evaluate(() => window.cim.flyTo('street-corridor', { durationSeconds: 0 }));
    await page.click('[data-action="skyline"]');
    await page.locator('svg.skyline-chart polyline[data-series="scheme-b"]').waitFor({ timeout: 120_000 });
    expect(await page.locator('.townscape-skyline svg.skyline-chart polyline').count()).toBe(3); // existing, A, B
    expect(await page.locator('.townscape-rise[data-series="scheme-b"]').textContent()).toMatch(
      /最大抬升 \d+\.\d+°.*由 .*RU-02-B\d+.* 造成/,
    );

    // The chart exports as SVG (the same drawing) and as PNG.
    const [svgFile] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="export-svg"]')]);
    expect(readFileSync(await svgFile.path(), 'utf8')).toMatch(
      /^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg".*data-series="scheme-b"/s,
    );
    const [pngFile] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="export-png"]')]);
    expect([...readFileSync(await pngFile.path()).subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);

    // A control line drawn low across the chart: the buildings above it are listed, the line is drawn.
    const chart = page.locator('.townscape-skyline svg.skyline-chart');
    const chartBox = (await chart.boundingBox())!;
    await chart.click({ position: { x: chartBox.width * 0.2, y: chartBox.height * 0.7 } });
    await chart.locator('circle.control-point').waitFor();
    await chart.click({ position: { x: chartBox.width * 0.8, y: chartBox.height * 0.7 } });
    const breaches = page.locator('table.townscape-breaches tbody tr');
    await expect.poll(() => breaches.count()).toBeGreaterThan(3);
    expect(await chart.locator('circle.control-point').count()).toBe(2);
    const excesses = (await breaches.locator('td:nth-child(3)').allTextContents()).map(Number);
    expect(excesses[0]).toBeGreaterThan(0);
    expect(excesses).toEqual([...excesses].sort((a, b) => b - a)); // worst first (small ones round to 0.00°)

    // CSV export: UTF-8 with a byte-order mark, one line per violation plus the header.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="export-csv"]')]);
    const csv = readFileSync(await download.path());
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.toString('utf8').slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('建筑,图层,高度 (m),限高 (m),超出 (m),分区');
    expect(lines).toHaveLength(expected.length + 1);

    // Corridor: the same intrusions as Node finds.
    const corridors = readViewCorridors(read('view-corridors.geojson').features, 'view-corridors.geojson').corridors;
    const expectedIntrusions = checkViewCorridors(city, corridors).intrusions;
    const intrusions = await page.evaluate(() => window.cim.viewCorridorCheck());
    expect(intrusions.map((i) => i.featureId)).toEqual(expectedIntrusions.map((i) => i.featureId));
    intrusions.forEach((v, i) => expect(v.intrusionMeters).toBeCloseTo(expectedIntrusions[i]!.intrusionMeters, 1));
    await page.click('[data-action="corridors"]');
    await expect
      .poll(() => page.locator('table.townscape-intrusions tbody tr').count())
      .toBe(expectedIntrusions.length);

    // One review sheet per proposal with the three checks' figures.
    // Scheme A keeps the unit's height limit and scheme B breaks it (what the generator guarantees), shown or not.
    await page.click('[data-action="review"]');
    const sheetB = page.locator('.townscape-sheet[data-series="scheme-b"]');
    await sheetB.waitFor({ timeout: 120_000 });
    expect(await sheetB.locator('h2').textContent()).toContain('方案B');
    expect(await sheetB.textContent()).toMatch(/最大抬升 \d+\.\d+°/);
    expect(await sheetB.locator('h3').first().textContent()).toMatch(/超限高建筑 \([1-9]\d*\)/);
    expect(await sheetB.locator('svg.skyline-chart polyline').count()).toBe(2);
    expect(await page.locator('.townscape-sheet[data-series="scheme-a"] h3').first().textContent()).toBe(
      '超限高建筑 (0)',
    );
    await page.click('[data-action="close-review"]');

    // A zone file with a negative limit is reported per feature; the check still runs on the good zone.
    const bad = await page.evaluate(() =>
      window.cim.heightCheck({
        zones: {
          type: 'FeatureCollection',
          features: [
            {
              type: 'Feature',
              properties: { id: 'NEG', limitMeters: -3 },
              geometry: {
                type: 'Polygon',
                coordinates: [
                  [
                    [114, 32.9],
                    [114.1, 32.9],
                    [114.1, 33],
                    [114, 32.9],
                  ],
                ],
              },
            },
            {
              type: 'Feature',
              properties: { id: 'LOW', limitMeters: 1 },
              geometry: {
                type: 'Polygon',
                coordinates: [
                  [
                    [114, 32.9],
                    [114.1, 32.9],
                    [114.1, 33],
                    [114, 32.9],
                  ],
                ],
              },
            },
          ],
        },
      }),
    );
    expect(bad.every((v) => v.zoneId === 'LOW')).toBe(true);
    expect(await page.evaluate(() => window.cim.errors().map((e) => e.message))).toContainEqual(
      expect.stringContaining('NEG: negative height limit -3 m'),
    );

    expect(opened.offsiteRequests).toEqual([]);
    expect(opened.pageErrors).toEqual([]);
    await opened.close();
  }, 300_000); // one page load for every check; scheme A's IFC is converted in a worker on first use
});
