// Underground pipelines as a reviewer meets them: the sample's pipes drawn at depth, picked, toggled by class, seen
// from below ground; the clearance check finding the seeded violations and flying to one; a cross-section chart; an
// excavation pit; and bad pipeline files reported per feature while the layer keeps working.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './harness/app-harness.ts';
import { useAppHarness } from './harness/use-app-harness.ts';
import { countPixels, screenshotPixels } from './harness/pixels.ts';

const app = useAppHarness();

const seeded = (
  JSON.parse(readFileSync(`${REPO_ROOT}/assets/sample/pipeline-violations.json`, 'utf8')) as {
    violations: { id: string; segmentIds: string[]; buildingId?: string }[];
  }
).violations;
/** The utility tunnel under 练江大道: a 4 m × 3.2 m box whose top is 2.61 m down. */
const TUNNEL = {
  id: 'ZH-0001-01',
  lon: (114.0079127 + 114.009893) / 2,
  lat: (32.9706925 + 32.9708701) / 2,
  axisDepthM: 2.61 + 1.6,
};

/** Pixels of the water-supply cyan (CJJ 61: 0, 255, 255) in the canvas. */
async function cyanPixels(page: Page): Promise<number> {
  return countPixels(await screenshotPixels(page.locator('#viewer canvas')), (r, g, b) => r < 90 && g > 170 && b > 170);
}

describe('underground pipelines', () => {
  it('draws, picks, toggles and checks the sample pipelines, underground', async () => {
    const opened = await app.openApp();
    const { page } = opened;
    await page.evaluate(async () => {
      window.cim.setLayerVisible('pipelines', true);
      await window.cim.setCameraView({ lon: 114.0085, lat: 32.9695, heightMeters: 60, headingDeg: 20, pitchDeg: -30 });
      await window.cim.whenIdle(120_000);
    });
    const pipes = (await page.evaluate(() => window.cim.layers())).find((l) => l.id === 'pipelines')!;
    expect(pipes).toMatchObject({ kind: 'pipelines', status: 'ready', visible: true });

    // Underground: translucent ground, no collision push-back, faded buildings; the pipes show through.
    await page.evaluate(async () => {
      window.cim.setUnderground(true);
      await window.cim.whenIdle(60_000);
    });
    const underground = await page.evaluate(() => {
      const { scene } = window.cim.viewer;
      return {
        translucent: scene.globe.translucency.enabled,
        collision: scene.screenSpaceCameraController.enableCollisionDetection,
        cityOpacity: window.cim.layers().find((l) => l.id === 'city')!.opacity,
      };
    });
    expect(underground).toEqual({ translucent: true, collision: false, cityOpacity: 0.35 });
    const seenUnderground = await cyanPixels(page);
    expect(seenUnderground).toBeGreaterThan(200);
    await page.evaluate(() => window.cim.setLayerVisible('pipelines', false));
    await page.evaluate(() => window.cim.whenIdle(60_000));
    expect(await cyanPixels(page)).toBeLessThan(seenUnderground / 10);
    await page.evaluate(() => window.cim.setLayerVisible('pipelines', true));

    // The camera can stay below the ground.
    const below = await page.evaluate(async () => {
      await window.cim.setCameraView({ lon: 114.0085, lat: 32.9702, heightMeters: -6, headingDeg: 0, pitchDeg: 0 });
      return window.cim.cameraView().heightMeters;
    });
    expect(below).toBeLessThan(-5);

    // Clicking the tunnel shows its attributes; hiding its class in the panel makes it unpickable.
    const at = await page.evaluate(async (t) => {
      await window.cim.setCameraView({ lon: t.lon, lat: t.lat, heightMeters: 40 });
      await window.cim.whenIdle(60_000);
      return window.cim.canvasPosition([t.lon, t.lat, -t.axisDepthM]);
    }, TUNNEL);
    expect(at).not.toBeNull();
    const selected = await page.evaluate(([x, y]) => window.cim.selectAt(x, y), at!);
    expect(selected?.layerId).toBe('pipelines');
    const panelText = await page.locator('.attribute-panel').textContent();
    for (const value of [TUNNEL.id, 'ZH', '综合管廊', '4000', '3200']) expect(panelText).toContain(value);
    await page.locator('.tool-tab[data-tool-id="pipes"]').click();
    await page.locator('.pipes-panel input[data-class="ZH"]').click();
    expect((await page.evaluate(([x, y]) => window.cim.pickAt(x, y), at!))?.id).not.toBe(TUNNEL.id);
    await page.locator('.pipes-panel input[data-class="ZH"]').click();
    expect((await page.evaluate(([x, y]) => window.cim.pickAt(x, y), at!))?.id).toBe(TUNNEL.id);

    // The clearance check from the panel lists every seeded violation with figures and clause; a click flies there.
    await page.locator('.pipes-panel .run-check').click();
    const rows = page.locator('.pipes-panel .violation');
    await expect.poll(() => rows.count(), { timeout: 60_000 }).toBeGreaterThan(0);
    const found = await page.evaluate(() => window.cim.clearanceCheck());
    expect(await rows.count()).toBe(found.length);
    for (const v of seeded) {
      const other = v.buildingId ?? v.segmentIds[1]!;
      expect(
        found.some((f) => [f.a, f.b].includes(v.segmentIds[0]!) && [f.a, f.b].includes(other)),
        v.id,
      ).toBe(true);
    }
    for (const f of found) {
      expect(f.actualM).toBeLessThan(f.requiredM);
      expect(f.clause).toMatch(/^GB 50289-2016 表4\.1\.(9|14)$/);
    }
    const firstRow = await rows.first().textContent();
    expect(firstRow).toContain(`${found[0]!.a} ↔ ${found[0]!.b}`);
    expect(firstRow).toContain(found[0]!.actualM.toFixed(2));
    expect(firstRow).toContain('条文未核实');
    await rows.nth(2).click();
    await expect
      .poll(
        async () => {
          const view = await page.evaluate(() => window.cim.cameraView());
          const [lon, lat] = found[2]!.position;
          // The flight ends 60 m up, looking at the place from the south.
          return (
            Math.abs(view.lon - lon) < 0.001 &&
            Math.abs(view.lat - lat) < 0.002 &&
            Math.abs(view.heightMeters - 60) < 0.5
          );
        },
        { timeout: 30_000 },
      )
      .toBe(true);
    expect(await rows.nth(2).getAttribute('aria-pressed')).toBe('true');

    // A cross-section across the street drawn by two clicks: the chart shows the pipes the API finds on that line.
    const [from, to] = await page.evaluate(async () => {
      await window.cim.setCameraView({ lon: 114.0075, lat: 32.9726, heightMeters: 300 });
      await window.cim.whenIdle(60_000);
      return [window.cim.canvasPosition([114.0069, 32.9725, 0.5]), window.cim.canvasPosition([114.0081, 32.9727, 0.5])];
    });
    const canvas = (await page.locator('#viewer canvas').boundingBox())!;
    await page.locator('.pipes-panel .draw-section').click();
    await page.mouse.click(canvas.x + from![0], canvas.y + from![1]);
    await page.mouse.click(canvas.x + to![0], canvas.y + to![1]);
    const chart = page.locator('.pipes-panel svg.section-chart');
    await expect.poll(() => chart.count()).toBe(1);
    const hits = await page.evaluate(() =>
      window.cim.crossSection([
        [114.0069, 32.9725],
        [114.0081, 32.9727],
      ]),
    );
    expect(hits.length).toBeGreaterThanOrEqual(7);
    expect(new Set(hits.map((h) => h.class))).toEqual(new Set(['JS', 'PS', 'RQ', 'RL', 'DL', 'TX']));
    for (let i = 1; i < hits.length; i++) expect(hits[i]!.offsetM).toBeGreaterThanOrEqual(hits[i - 1]!.offsetM);
    for (const hit of hits) expect(hit.depthBottomM).toBeGreaterThan(hit.depthTopM);
    // The chart was drawn for the clicked line, which is the same line to a pixel or so.
    expect(await chart.locator('g.pipe').count()).toBe(hits.length);
    expect(await chart.textContent()).toContain('地面');

    await page.evaluate(() => window.cim.setUnderground(false));
    expect(await page.evaluate(() => window.cim.layers().find((l) => l.id === 'city')!.opacity)).toBe(1);

    // Excavation: with the ground opaque the pipes are hidden; a pit cut into it shows them; filling it hides them again.
    // Clicks on the map may have opened another feature's tab (a renewal unit was clicked); come back to this one
    // first, so every picture below has the same panel (with its cyan swatch) over the canvas.
    const tab = page.locator('.tool-tab[data-tool-id="pipes"]');
    if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
    await page.evaluate(async () => {
      await window.cim.setCameraView({ lon: 114.0085, lat: 32.9688, heightMeters: 90, headingDeg: 10, pitchDeg: -35 });
      await window.cim.whenIdle(60_000);
    });
    const covered = await cyanPixels(page);
    await page.evaluate(async () => {
      window.cim.excavate(
        [
          [114.0068, 32.9698],
          [114.0102, 32.9698],
          [114.0102, 32.9716],
          [114.0068, 32.9716],
        ],
        5,
      );
      await window.cim.whenIdle(60_000);
    });
    const dug = await cyanPixels(page);
    expect(dug - covered).toBeGreaterThan(300);
    expect(await page.locator('.pipes-panel .hint').allTextContents()).toContain('开挖中：4 个角点，深 5 m');
    await page.locator('.pipes-panel .fill-pit').click();
    await page.evaluate(() => window.cim.whenIdle(60_000));
    expect((await cyanPixels(page)) - covered).toBeLessThan((dug - covered) / 5);

    // A pit outlined by clicks on the map and dug with the button, 4 m deep; Escape drops a section line half drawn.
    await page.locator('.pipes-panel .pit-depth').fill('4');
    await page.locator('.pipes-panel .draw-pit').click();
    for (const [x, y] of [
      [0.4, 0.5],
      [0.6, 0.5],
      [0.5, 0.7],
    ] as const)
      await page.mouse.click(canvas.x + canvas.width * x, canvas.y + canvas.height * y);
    if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
    expect(await page.locator('.pipes-panel .hint').allTextContents()).toContain(
      '在地图上依次点击开挖范围的各角点（已点 3 个），再点“开挖”',
    );
    await page.locator('.pipes-panel .dig').click();
    expect(await page.locator('.pipes-panel .hint').allTextContents()).toContain('开挖中：3 个角点，深 4 m');
    expect(await page.locator('.pipes-panel .dig').isHidden()).toBe(true);
    await page.locator('.pipes-panel .fill-pit').click();
    await page.locator('.pipes-panel .draw-section').click();
    await page.mouse.click(canvas.x + canvas.width * 0.3, canvas.y + canvas.height * 0.5);
    if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
    await expect.poll(() => page.locator('.pipes-panel .section-out').textContent()).toMatch(/\(1\/2\)/);
    await page.keyboard.press('Escape');
    // The section drawn before is shown again.
    await expect.poll(() => page.locator('.pipes-panel .section-out').textContent()).not.toMatch(/\(1\/2\)/);
    expect(await chart.count()).toBe(1);
    expect(opened.offsiteRequests).toEqual([]);
    expect(opened.pageErrors).toEqual([]);
    await opened.close();
  }, 420_000); // one long walk through the sample on software WebGL instead of several app starts

  it('reports bad pipeline features one by one and keeps drawing the rest', async () => {
    const opened = await app.openApp('project=/fixtures/pipes/project.json&lang=en');
    const { page } = opened;
    const layers = await page.evaluate(() => window.cim.layers());
    expect(layers.find((l) => l.id === 'survey')?.status).toBe('ready');
    expect(layers.find((l) => l.id === 'unusable')).toMatchObject({ status: 'error' });
    expect(layers.find((l) => l.id === 'unusable')!.error).toMatch(/unusable\.geojson.*Polygon/);
    const messages = (await page.evaluate(() => window.cim.errors()))
      .map((e) => `${e.source}: ${e.message}`)
      .join('\n');
    expect(messages).toMatch(
      /survey\.geojson.*S-NEG: GJ -150 is not a value from 20 to 15000 mm; drawn with the default 150 mm/,
    );
    expect(messages).toMatch(/S-ODD: GXLB drawn with class BM 不明 \(unknown class "XX"/);
    expect(messages).toMatch(/S-ODD: QDMS 900 is not a value from 0 to 30 m; drawn with the end depth 1 m/);
    expect(messages).toMatch(/S-POLY: .*Polygon/);
    expect(messages).toMatch(/S-DOT: a pipe needs at least two distinct points/);
    const section = await page.evaluate(() =>
      window.cim.crossSection([
        [114.02, 32.9799],
        [114.02, 32.9803],
      ]),
    );
    expect(section.map((h) => [h.id, h.class, h.widthMm])).toEqual([
      ['S-GOOD', 'JS', 300],
      ['S-NEG', 'RQ', 150],
      ['S-ODD', 'BM', 100],
    ]);
    await expect(page.evaluate(() => window.cim.crossSection([[114.02, 32.98]] as never))).rejects.toThrow(
      /line must be/,
    );
    expect(opened.pageErrors).toEqual([]);
    await opened.close();
  });
});
