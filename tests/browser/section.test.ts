// 剖切 in the app: cim.section cuts the city tileset (and an IFC model) open and draws the cut faces of the buildings
// standing through the cut, the same buildings the pure section finds in the sample's data; the cut face is what a
// camera looking down on a tall building sees after a horizontal cut, and null closes the models again. The 量算 tab's
// 剖切 block does the same, and a vertical section along two clicked points opens the building between them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { horizontalSection } from '../../src/analysis/section/section-cut.ts';
import { buildingsFrom } from '../../tools/bench/townscape/townscape-case.ts';
import { REPO_ROOT } from './harness/app-harness.ts';
import { countPixels, screenshotPixels } from './harness/pixels.ts';
import { useAppHarness } from './harness/use-app-harness.ts';

const app = useAppHarness();
const city = buildingsFrom(
  JSON.parse(readFileSync(`${REPO_ROOT}/assets/sample/buildings.geojson`, 'utf8')).features,
  'city',
);
const CUT_HEIGHT_METERS = 10;
/** The cut faces' colour (src/layers/section-overlay.ts), drawn flat. */
const isCutColour = (r: number, g: number, b: number) =>
  Math.abs(r - 0xc8) + Math.abs(g - 0x55) + Math.abs(b - 0x3d) < 24;

describe('sections', () => {
  it('cuts the city open at a height, draws the cut faces, and closes it again', async () => {
    const opened = await app.openApp();
    const { page } = opened;
    // Cesium reports a render error on the console and stops drawing: closing the section once did.
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });

    const result = await page.evaluate(
      (heightMeters) => window.cim.section({ kind: 'horizontal', heightMeters }),
      CUT_HEIGHT_METERS,
    );
    expect(result?.kind).toBe('horizontal');
    // The same buildings as the pure section over the sample's data, but for heights within 0.5 m of the cut (the
    // tiles' measured heights and bases are not the data's to the centimetre).
    const clear = (b: { heightMeters: number | null }) => Math.abs((b.heightMeters ?? 0) - CUT_HEIGHT_METERS) > 0.5;
    const expected = horizontalSection(city.filter(clear), CUT_HEIGHT_METERS).map((f) => f.featureId);
    const clearIds = new Set(city.filter(clear).map((b) => b.featureId));
    const got = result!.faces.filter((f) => f.layerId === 'city' && clearIds.has(f.featureId)).map((f) => f.featureId);
    expect(got).toEqual(expected);
    expect(got.length).toBeGreaterThan(20);

    // Straight down on the tallest building: its roof before, the cut face at 10 m after, the roof again after null.
    const tallest = city.reduce((a, b) => ((a.heightMeters ?? 0) >= (b.heightMeters ?? 0) ? a : b));
    const [lon, lat] = tallest.footprint.reduce(
      (sum, p) => [sum[0] + p[0] / tallest.footprint.length, sum[1] + p[1] / tallest.footprint.length],
      [0, 0],
    );
    const cutPixels = async () => {
      const at = await page.evaluate(
        async ([lon, lat, h]) => {
          await window.cim.setCameraView({ lon, lat, heightMeters: h + 120 });
          await window.cim.whenIdle(60_000);
          return window.cim.canvasPosition([lon, lat, 10]);
        },
        [lon, lat, tallest.heightMeters!] as const,
      );
      const pixels = await screenshotPixels(page, { x: at![0] - 8, y: at![1] - 8, width: 16, height: 16 });
      return countPixels(pixels, isCutColour);
    };
    expect(await cutPixels()).toBeGreaterThan(200);
    await page.screenshot({ path: `${REPO_ROOT}/test-results/section-horizontal.png` });
    expect(await page.evaluate(() => window.cim.section(null))).toBeNull();
    expect(await cutPixels()).toBe(0);

    // Wrong arguments are TypeErrors naming the method.
    const wrong = await page.evaluate(() =>
      Promise.all(
        [
          { kind: 'diagonal' },
          { kind: 'horizontal', heightMeters: 'high' },
          { kind: 'vertical', from: [114, 33], to: [114, 33] },
        ].map((request) =>
          window.cim.section(request as never).then(
            () => 'no error',
            (error: Error) => `${error.name}: ${error.message}`,
          ),
        ),
      ),
    );
    for (const message of wrong) expect(message).toMatch(/^TypeError: cim\.section: /);
    expect(consoleErrors.filter((text) => text.includes('Rendering has stopped'))).toEqual([]);
    expect(opened.pageErrors).toEqual([]);
    expect(opened.offsiteRequests).toEqual([]);
  });

  it('the 量算 tab cuts horizontally and along two clicked points, and an IFC model is cut too', async () => {
    const opened = await app.openApp();
    const { page } = opened;
    const flats = city.find((b) => b.attributes.use === '居住' && (b.heightMeters ?? 0) > 15)!;
    const ring = flats.footprint;
    const west = Math.min(...ring.map((p) => p[0]));
    const east = Math.max(...ring.map((p) => p[0]));
    const middleLat = ring.reduce((sum, p) => sum + p[1] / ring.length, 0);
    const middleLon = (west + east) / 2;

    await page.click('.tool-tab[data-tool-id="measure"]');
    await page.fill('.section-height', '6');
    await page.click('[data-action="section-horizontal"]');
    await expect
      .poll(() => page.locator('.section-result').textContent(), { timeout: 60_000 })
      .toMatch(/^6 米水平剖切：剖开 \d+ 栋建筑$/);

    // A line across the building, clicked in the scene from straight above (west → east: the north side opens).
    const [from, to] = await page.evaluate(
      async ([lon, lat, w, e]) => {
        await window.cim.setCameraView({ lon, lat, heightMeters: 300 });
        await window.cim.whenIdle(60_000);
        return [window.cim.canvasPosition([w - 0.0002, lat, 0]), window.cim.canvasPosition([e + 0.0002, lat, 0])];
      },
      [middleLon, middleLat, west, east] as const,
    );
    await page.click('[data-action="section-vertical"]');
    await page.mouse.click(from![0], from![1]);
    await page.waitForTimeout(400); // not a double click
    await page.mouse.click(to![0], to![1]);
    await expect
      .poll(() => page.locator('.section-result').textContent(), { timeout: 60_000 })
      .toMatch(/^竖向剖切，长 [\d.]+ 米：剖开 [1-9]\d* 栋建筑$/);
    const cutIds = await page.evaluate(() =>
      window.cim.section({ kind: 'vertical', from: [0, 0], to: [0, 0.001] }).then((r) => r?.faces.length),
    );
    expect(cutIds).toBe(0); // a line far away cuts nothing

    // An IFC model shown after the section is cut with it.
    await page.evaluate(
      async ([lon, lat]) => {
        window.cim.setLayerVisible('scheme-a', true);
        await window.cim.whenIdle(120_000);
        await window.cim.section({ kind: 'horizontal', heightMeters: 6 });
        await window.cim.setCameraView({ lon, lat, heightMeters: 600 });
      },
      [middleLon, middleLat] as const,
    );
    const ifcCut = await page.evaluate(async () => {
      const result = await window.cim.section({ kind: 'horizontal', heightMeters: 6 });
      const primitives = window.cim.viewer.scene.primitives;
      // Tilesets and models (the ones with clipping planes): the city, scheme B (hidden, cut for when it is shown)
      // and scheme A's IFC model.
      const cuttable: number[] = [];
      for (let i = 0; i < primitives.length; i++) {
        const primitive = primitives.get(i) as { clippingPlanes?: { length: number } };
        if ('clippingPlanes' in primitive) cuttable.push(primitive.clippingPlanes?.length ?? 0);
      }
      return { ifcFaces: result!.faces.filter((f) => f.layerId === 'scheme-a').length, cuttable };
    });
    expect(ifcCut.ifcFaces).toBeGreaterThan(0);
    expect(ifcCut.cuttable).toEqual([1, 1, 1]);
    await page.click('[data-action="section-clear"]');
    await expect.poll(() => page.locator('.section-result').count()).toBe(0);
    expect(opened.pageErrors).toEqual([]);
    expect(opened.offsiteRequests).toEqual([]);
  }, 240_000);
});
