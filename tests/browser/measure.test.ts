// 几何量算 in the app: cim.measure on the sample project gives the figures the unit tests check (against GeographicLib
// and exact EPSG:4547 rectangles); the 量算 tab measures a building's height by a click on its roof (snapped with
// scene.pickPosition) to within 0.3 m of the sample's heightMeters, draws its label, copies the figures on plain HTTP
// (no navigator.clipboard there) and Clear removes the drawing.
import { readFileSync } from 'node:fs';
import { Geodesic } from 'geographiclib-geodesic';
import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import { measureArea, measureDistance, type MeasurePoint } from '../../src/analysis/measure/measure.ts';
import { REPO_ROOT } from './harness/app-harness.ts';
import { useAppHarness } from './harness/use-app-harness.ts';

const app = useAppHarness();
const buildings = (
  JSON.parse(readFileSync(`${REPO_ROOT}/assets/sample/buildings.geojson`, 'utf8')) as {
    features: { properties: Record<string, unknown>; geometry: { coordinates: number[][][] } }[];
  }
).features;
const gk = proj4('+proj=tmerc +lat_0=0 +lon_0=114 +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m +no_defs', 'WGS84');
const fromGrid = (e: number, n: number): MeasurePoint => [...(gk.forward([e, n]) as [number, number]), 0];

/** Every label text drawn in the scene (the measurement overlay's LabelCollection among the primitives). */
const sceneLabels = () => {
  const texts: string[] = [];
  const primitives = window.cim.viewer.scene.primitives;
  for (let i = 0; i < primitives.length; i++) {
    const collection = primitives.get(i) as { length?: number; get?: (j: number) => { text?: unknown } };
    if (typeof collection.length !== 'number' || typeof collection.get !== 'function') continue;
    for (let j = 0; j < collection.length; j++) {
      const text = collection.get(j)?.text;
      if (typeof text === 'string') texts.push(text);
    }
  }
  return texts;
};

describe('measure', () => {
  it('cim.measure on the sample agrees with the unit-tested values and refuses wrong arguments', async () => {
    const opened = await app.openApp();
    const { page } = opened;
    const line: MeasurePoint[] = [
      [114.0124, 32.9546, 12],
      [114.031, 32.9702, 3],
    ];
    const rectangle = [
      fromGrid(501_200, 3_650_000),
      fromGrid(501_500, 3_650_000),
      fromGrid(501_500, 3_650_200),
      fromGrid(501_200, 3_650_200),
    ];
    const got = await page.evaluate(
      ([line, rectangle]) => ({
        distance: window.cim.measure({ kind: 'distance', points: line }),
        area: window.cim.measure({ kind: 'area', points: rectangle }),
        angle: window.cim.measure({ kind: 'angle', points: line }),
        height: window.cim.measure({ kind: 'height', points: [[114.0124, 32.9546, 40]] }),
        wrong: [{ kind: 'volume', points: [] }, { kind: 'area', points: [[114, 33, 0]] }, null].map((request) => {
          try {
            window.cim.measure(request as never);
            return 'no error';
          } catch (error) {
            return `${(error as Error).name}: ${(error as Error).message}`;
          }
        }),
      }),
      [line, rectangle] as const,
    );
    // The same code as in Node; the browser's V8 may round its transcendental functions a last bit differently.
    const same = (actual: object, expected: object) => {
      for (const [key, value] of Object.entries(expected)) {
        const other = (actual as Record<string, unknown>)[key];
        if (typeof value === 'number')
          expect(Math.abs((other as number) - value), key).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(value)));
        else expect(other, key).toEqual(value);
      }
    };
    same(got.distance, measureDistance(line));
    const { s12, azi1 } = Geodesic.WGS84.Inverse(line[0]![1], line[0]![0], line[1]![1], line[1]![0]);
    expect(Math.abs(got.distance.horizontalMeters - s12!)).toBeLessThan(1e-3);
    expect(got.distance.verticalMeters).toBe(-9);
    same(got.area, measureArea(rectangle));
    expect(got.area.crs).toBe('EPSG:4547'); // the sample manifest has no projected CRS: the zone of 114°E
    expect(Math.abs(got.area.planarSquareMeters - 60_000)).toBeLessThan(1e-4);
    expect(Math.abs(got.angle.azimuthDeg - azi1!)).toBeLessThan(1e-6);
    expect(got.height).toEqual({ heightMeters: 40 }); // the sample's ground is the ellipsoid
    for (const message of got.wrong) expect(message).toMatch(/^TypeError: cim\.measure: /);
    expect(opened.pageErrors).toEqual([]);
    expect(opened.offsiteRequests).toEqual([]);
  });

  it("the tab measures a roof's height by a click, labels it, copies it on plain HTTP and clears it", async () => {
    // The sample's city tileset alone: the overlays' draping passes would only slow software WebGL down here.
    const opened = await app.openApp('project=/fixtures/measure/project.json');
    const { page } = opened;
    expect(await page.evaluate(() => window.isSecureContext)).toBe(false); // no navigator.clipboard here
    // The tallest office building of the sample, looked at from straight above.
    const tower = buildings
      .filter((f) => f.properties.use === '办公')
      .sort((a, b) => (b.properties.heightMeters as number) - (a.properties.heightMeters as number))[0]!;
    const heightMeters = tower.properties.heightMeters as number;
    const ring = tower.geometry.coordinates[0]!.slice(0, -1);
    const [lon, lat] = ring.reduce((sum, p) => [sum[0]! + p[0]! / ring.length, sum[1]! + p[1]! / ring.length], [0, 0]);
    const canvas = (await page.locator('#viewer canvas').boundingBox())!;
    const roof = await page.evaluate(
      async ([lon, lat, h]) => {
        await window.cim.setCameraView({ lon, lat, heightMeters: h + 180 });
        await window.cim.whenIdle(60_000);
        return window.cim.canvasPosition([lon, lat, h]);
      },
      [lon!, lat!, heightMeters],
    );
    expect(roof).not.toBeNull();

    await page.click('.tool-tab[data-tool-id="measure"]');
    await page.click('[data-action="measure-height"]');
    await expect.poll(() => page.locator('.measure-hint').textContent()).toContain('屋顶');
    await page.mouse.click(canvas.x + roof![0], canvas.y + roof![1]);
    const row = page.locator('.measure-results li[data-kind="height"]');
    await expect.poll(() => row.count(), { timeout: 30_000 }).toBe(1);
    const measured = Number(/高度 ([\d.]+) m/.exec((await row.textContent())!)![1]);
    expect(Math.abs(measured - heightMeters), `measured ${measured} m, sample ${heightMeters} m`).toBeLessThan(0.3);
    expect((await page.evaluate(sceneLabels)).some((text) => text.startsWith('高度 '))).toBe(true);

    // A distance from the roof to the ground beside it: a click, then a double click that ends the line.
    const ground = await page.evaluate(([lon, lat]) => window.cim.canvasPosition([lon + 0.0006, lat, 0]), [lon!, lat!]);
    await page.click('[data-action="measure-distance"]');
    await page.mouse.click(canvas.x + roof![0], canvas.y + roof![1]);
    await page.mouse.dblclick(canvas.x + ground![0], canvas.y + ground![1]);
    const distanceRow = page.locator('.measure-results li[data-kind="distance"]');
    await expect.poll(() => distanceRow.count(), { timeout: 30_000 }).toBe(1);
    const vertical = Number(/高差 ([-+\d.]+) m/.exec((await distanceRow.textContent())!)![1]);
    expect(Math.abs(vertical + heightMeters)).toBeLessThan(0.5); // from the roof down to the ground
    const labels = await page.evaluate(sceneLabels);
    expect(labels.filter((text) => text.includes('水平距离')).length).toBe(1);
    await page.waitForTimeout(2_000); // the labels' glyphs settle (overlay: GLYPH_SETTLE_MS)
    await page.screenshot({ path: '/tmp/measure-tab.png' });
    await page.evaluate(
      async ([lon, lat]) => {
        await window.cim.setCameraView({
          lon: lon + 0.0003,
          lat: lat - 0.0022,
          heightMeters: 160,
          headingDeg: 0,
          pitchDeg: -25,
        });
        await window.cim.whenIdle(60_000);
      },
      [lon!, lat!],
    );
    await page.waitForTimeout(2_000);
    await page.screenshot({ path: '/tmp/measure-oblique.png' });

    // Copy: the text lands in the read-only field, selected, and execCommand('copy') takes it to the clipboard.
    await page.evaluate(() => {
      document.addEventListener('copy', () => {
        const field = document.activeElement as HTMLTextAreaElement;
        (window as unknown as { copiedText: string }).copiedText = field.value.slice(
          field.selectionStart,
          field.selectionEnd,
        );
      });
    });
    await page.locator('.measure-results li[data-kind="height"] [data-action="measure-copy"]').click();
    await expect.poll(() => page.locator('.measure-copy-status').textContent()).toBe('已复制到剪贴板');
    const copied = await page.evaluate(() => (window as unknown as { copiedText?: string }).copiedText);
    expect(copied).toMatch(/^高度 #1\n高度 [\d.]+ m\n点位（经度, 纬度, 高程 m）: 114\.\d{7}, 32\.\d{7}, [\d.]+$/);
    expect(await page.locator('.measure-copy-text').inputValue()).toBe(copied);
    // And the system clipboard has it: paste into a fresh field.
    await page.evaluate(() => {
      const paste = document.createElement('textarea');
      paste.id = 'paste-target';
      document.body.append(paste);
      paste.focus();
    });
    await page.keyboard.press('Control+V');
    expect(await page.locator('#paste-target').inputValue()).toBe(copied);

    await page.click('[data-action="measure-clear"]');
    await expect.poll(() => page.locator('.measure-results li[data-kind]').count()).toBe(0);
    expect((await page.evaluate(sceneLabels)).filter((text) => /^高度 |水平距离/.test(text))).toEqual([]);
    expect(opened.pageErrors).toEqual([]);
    expect(opened.offsiteRequests).toEqual([]);
  }, 240_000); // one page through the four steps; 1.5–3 min on a busy 2-core machine (software WebGL)
});
