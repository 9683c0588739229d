// The bundled sample district as a new user meets it: offline, pick a building, toggle a layer, switch language,
// fly to a viewpoint, add a layer from a script; values are shown as text, never as HTML.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { screenshotStats } from './harness/pixels.ts';
import { REPO_ROOT } from './harness/app-harness.ts';
import { useAppHarness } from './harness/use-app-harness.ts';

const app = useAppHarness();

interface BuildingFeature {
  geometry: { coordinates: number[][][] };
  properties: { id: string; name: string; heightMeters: number; safetyGrade: string };
}
const buildings = (
  JSON.parse(readFileSync(`${REPO_ROOT}/assets/sample/buildings.geojson`, 'utf8')) as { features: BuildingFeature[] }
).features;
/** A tall, large building, so a top-down camera over its middle sees its roof. */
const target = buildings
  .filter((b) => b.properties.heightMeters > 20)
  .sort((a, b) => b.geometry.coordinates[0].length - a.geometry.coordinates[0].length)[0];
const ring = target.geometry.coordinates[0].slice(0, -1);
const centre = [ring.reduce((s, p) => s + p[0], 0) / ring.length, ring.reduce((s, p) => s + p[1], 0) / ring.length];

describe('the sample district', () => {
  it('loads every layer offline and draws a non-blank picture', async () => {
    const opened = await app.openApp();
    const layers = await opened.page.evaluate(() => window.cim.layers());
    expect(layers.length).toBeGreaterThanOrEqual(5);
    expect(layers.filter((l) => l.status !== 'ready')).toEqual([]);
    expect(await opened.page.evaluate(() => window.cim.errors())).toEqual([]);
    expect(opened.offsiteRequests).toEqual([]);
    expect(opened.pageErrors).toEqual([]);
    // No 404 (nor any failed status) on the load, the favicon included: the page links the app's own SVG icon. The one
    // miss allowed is cim.config.json, optional by design (a build without deployment settings writes none).
    const failed = await opened.page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => (entry as PerformanceResourceTiming).responseStatus >= 400)
        .map((entry) => new URL(entry.name).pathname),
    );
    expect(failed.filter((path) => path !== '/cim.config.json')).toEqual([]);
    const icon = await opened.page.evaluate(async () => {
      const href = document.querySelector<HTMLLinkElement>('link[rel="icon"]')?.href;
      return href ? { status: (await fetch(href)).status, type: href.split('.').pop() } : undefined;
    });
    expect(icon).toEqual({ status: 200, type: 'svg' });
    const stats = await screenshotStats(opened.page, { x: 330, y: 80, width: 940, height: 620 });
    expect(stats.distinctColors).toBeGreaterThan(100);
    expect(stats.luminanceStdDev).toBeGreaterThan(10);
    expect(await opened.page.evaluate(() => typeof window.cim.version)).toBe('string');
    await opened.close();
  });

  it('clicking a building shows its attributes as text; hiding the city layer makes it unpickable', async () => {
    const opened = await app.openApp();
    const { page } = opened;
    const at = await page.evaluate(
      async ([lon, lat, h]) => {
        await window.cim.setCameraView({ lon, lat, heightMeters: h + 250 });
        await window.cim.whenIdle(60_000);
        return window.cim.canvasPosition([lon, lat, h]);
      },
      [centre[0], centre[1], target.properties.heightMeters],
    );
    expect(at).not.toBeNull();
    const box = (await page.locator('#viewer canvas').boundingBox())!;
    await page.mouse.click(box.x + at![0], box.y + at![1]);
    const panel = page.locator('.attribute-panel');
    await expect.poll(() => panel.isVisible()).toBe(true);
    expect(await panel.locator('.feature-title').textContent()).toBe(target.properties.name);
    const text = await panel.textContent();
    expect(text).toContain('房屋安全等级');
    expect(text).toContain(target.properties.id);

    await page.locator('[data-layer-id="city"] input[type="checkbox"]').click();
    expect((await page.evaluate(() => window.cim.layers())).find((l) => l.id === 'city')?.visible).toBe(false);
    const picked = await page.evaluate(([x, y]) => window.cim.pickAt(x, y), at!);
    expect(picked?.id).not.toBe(target.properties.id);
    await page.locator('[data-layer-id="city"] input[type="checkbox"]').click();
    expect((await page.evaluate(([x, y]) => window.cim.pickAt(x, y), at!))?.id).toBe(target.properties.id);
    await opened.close();
  });

  it('switches the interface between 中文 and English and remembers the choice', async () => {
    const opened = await app.openApp();
    const { page } = opened;
    expect(await page.locator('.top-bar h1').textContent()).toBe('驻马店老城区城市更新示范');
    expect(await page.locator('.layers-section h2').textContent()).toBe('图层');
    await page.locator('.top-bar button.language').click();
    expect(await page.locator('.layers-section h2').textContent()).toBe('Layers');
    expect(await page.locator('.top-bar h1').textContent()).toMatch(/Zhumadian/);
    expect((await page.evaluate(() => window.cim.layers())).find((l) => l.id === 'city')?.title).toBe(
      'Existing buildings',
    );
    await page.reload();
    await page.evaluate(() => window.cim.ready);
    expect(await page.evaluate(() => window.cim.language())).toBe('en');
    await page.evaluate(() => window.cim.setLanguage('zh-CN'));
    expect(await page.locator('.layers-section h2').textContent()).toBe('图层');
    await opened.close();
  });

  it('flies to a prepared viewpoint from its button', async () => {
    const opened = await app.openApp();
    const { page } = opened;
    const viewpoints = await page.evaluate(() => window.cim.viewpoints());
    expect(viewpoints.length).toBeGreaterThanOrEqual(3);
    const wanted = viewpoints[1];
    await page.locator(`[data-viewpoint-id="${wanted.id}"]`).click();
    await expect
      .poll(
        async () => {
          const view = await page.evaluate(() => window.cim.cameraView());
          return Math.abs(view.lon - wanted.view.lon) + Math.abs(view.lat - wanted.view.lat);
        },
        { timeout: 30_000 },
      )
      .toBeLessThan(1e-5);
    await page.evaluate((id) => window.cim.flyTo(id, { durationSeconds: 0.5 }), viewpoints[0].id);
    const view = await page.evaluate(() => window.cim.cameraView());
    expect(view.heightMeters).toBeCloseTo(viewpoints[0].view.heightMeters, 0);
    await opened.close();
  });

  it('adds layers from a script (GeoJSON with hostile values, a shapefile) and renders values as text', async () => {
    const opened = await app.openApp();
    const { page } = opened;
    const id = await page.evaluate(() =>
      window.cim.addLayer({
        id: 'xss',
        kind: 'geojson',
        title: 'Script layer',
        url: 'fixtures/xss.geojson',
        style: { fill: '#ff00ff', clampTo: 'ground' },
      }),
    );
    expect(id).toBe('xss');
    expect((await page.evaluate(() => window.cim.layers())).find((l) => l.id === 'xss')?.status).toBe('ready');
    await expect(
      page.evaluate(() => window.cim.addLayer({ id: 'xss', kind: 'geojson', title: 'again', url: 'x' })),
    ).rejects.toThrow(/duplicate layer id/);
    const at = await page.evaluate(async () => {
      await window.cim.setCameraView({ lon: 114.031, lat: 32.95075, heightMeters: 600 });
      await window.cim.whenIdle(60_000);
      return window.cim.canvasPosition([114.031, 32.95075, 0]);
    });
    const selection = await page.evaluate(([x, y]) => window.cim.selectAt(x, y), at!);
    expect(selection?.layerId).toBe('xss');
    const panel = page.locator('.attribute-panel');
    expect(await panel.locator('.feature-title').textContent()).toBe('<img src=x onerror="window.__xss = 1">');
    expect(await panel.locator('img, b').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();

    // A shapefile (written by GDAL: CGCS2000 3° GK CM 114°E, GBK attributes) as a geojson layer, alone on the map.
    await page.evaluate(() =>
      window.cim.addLayer({
        id: 'shp',
        kind: 'geojson',
        title: 'Shapefile',
        url: 'fixtures/shapefile/units-4547.shp',
        style: { fill: '#00ffff', clampTo: 'ground' },
      }),
    );
    expect((await page.evaluate(() => window.cim.layers())).find((l) => l.id === 'shp')?.status).toBe('ready');
    expect((await page.evaluate(() => window.cim.errors())).filter((e) => e.source.includes('shapefile'))).toEqual([]);
    for (const layer of await page.evaluate(() => window.cim.layers())) {
      if (layer.id !== 'shp') await page.evaluate((id) => window.cim.setLayerVisible(id, false), layer.id);
    }
    const inSecondPart = await page.evaluate(async () => {
      await window.cim.setCameraView({ lon: 114.042, lat: 32.9815, heightMeters: 800 });
      await window.cim.whenIdle(60_000);
      return window.cim.canvasPosition([114.042, 32.9815, 0]);
    });
    expect(await page.evaluate(([x, y]) => window.cim.pickAt(x, y), inSecondPart!)).toMatchObject({
      id: 'RU-02',
      name: '棚户区',
    });
    await opened.close();
  });
});
