// cim.removeLayer: a script layer and an IFC model (loading, and loaded) are removed with everything they held — the
// scene's primitives back to their count before, no store entry, nothing picked where they were, the IFC worker
// terminated — while manifest layers and unknown ids are refused with typed errors.
import type { Worker } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useAppHarness } from './harness/use-app-harness.ts';

const app = useAppHarness();

describe('cim.removeLayer', () => {
  it('removes a script layer and refuses unknown and manifest layers', async () => {
    const opened = await app.openApp();
    const { page } = opened;
    // Counted once the renewal feature has added its heritage pins (after cim.ready).
    const primitivesBefore = await page.evaluate(async () => {
      await window.cim.renewalUnits();
      return window.cim.viewer.scene.primitives.length;
    });
    await page.evaluate(() =>
      window.cim.addLayer({
        id: 'xss',
        kind: 'geojson',
        title: 'Script layer',
        url: 'fixtures/xss.geojson',
        style: { fill: '#ff00ff', clampTo: 'ground' },
      }),
    );
    const at = await page.evaluate(async () => {
      await window.cim.setCameraView({ lon: 114.031, lat: 32.95075, heightMeters: 600 });
      await window.cim.whenIdle(60_000);
      return window.cim.canvasPosition([114.031, 32.95075, 0])!;
    });
    expect((await page.evaluate(([x, y]) => window.cim.selectAt(x, y), at))?.layerId).toBe('xss');
    await expect.poll(() => page.locator('.layer[data-layer-id="xss"] .layer-remove').isVisible()).toBe(true);
    expect(await page.locator('.layer:not([data-layer-id="xss"]) .layer-remove:visible').count()).toBe(0);

    await page.locator('.layer[data-layer-id="xss"] .layer-remove').click();
    await expect.poll(() => page.evaluate(() => window.cim.layers().some((l) => l.id === 'xss'))).toBe(false);
    expect(await page.evaluate(() => window.cim.viewer.scene.primitives.length)).toBe(primitivesBefore);
    expect(await page.locator('.layer[data-layer-id="xss"]').count()).toBe(0);
    // The selection pointed at it: it goes too, and nothing is picked where the layer was.
    expect(await page.locator('.attribute-panel .feature-title').count()).toBe(0);
    expect(await page.evaluate(([x, y]) => window.cim.pickAt(x, y), at)).toBeNull();

    const refusal = (id: string) =>
      page.evaluate(
        (layerId) =>
          window.cim.removeLayer(layerId).then(
            () => 'removed',
            (error: Error) => `${error.name}: ${error.message}`,
          ),
        id,
      );
    expect(await refusal('xss')).toBe("UnknownLayerError: cim.removeLayer: no layer 'xss'");
    const manifestLayer = (await page.evaluate(() => window.cim.layers()))[0]!.id;
    expect(await refusal(manifestLayer)).toMatch(
      /^ManifestLayerError: cim\.removeLayer: layer .* belongs to the project manifest/,
    );
    expect(opened.pageErrors).toEqual([]);
    await opened.close();
  });

  it('removes an IFC model while it converts (its worker terminated) and once it is drawn', async () => {
    const opened = await app.openApp();
    const { page } = opened;
    // Counted once the renewal feature has added its heritage pins (after cim.ready).
    const primitivesBefore = await page.evaluate(async () => {
      await window.cim.renewalUnits();
      return window.cim.viewer.scene.primitives.length;
    });
    const ifcWorkers: Worker[] = [];
    const closed = new Set<Worker>();
    page.on('worker', (worker) => {
      if (!worker.url().includes('ifc-worker')) return;
      ifcWorkers.push(worker);
      worker.on('close', () => closed.add(worker));
    });

    const loading = page.evaluate(() =>
      window.cim.loadIfc('assets/sample/scheme-a.ifc').then(
        () => 'opened',
        (e: Error) => e.message,
      ),
    );
    await expect.poll(() => ifcWorkers.length, { timeout: 30_000 }).toBe(1);
    const id = await page.evaluate(
      () => window.cim.layers().find((l) => l.kind === 'ifc' && l.status === 'loading')!.id,
    );
    await page.evaluate((layerId) => window.cim.removeLayer(layerId), id);
    await expect.poll(() => closed.size, { timeout: 10_000 }).toBe(1);
    expect(await loading).toMatch(/could not be opened|cancel/i);
    expect(await page.evaluate(() => window.cim.layers().some((l) => l.kind === 'ifc' && l.id !== 'scheme-a'))).toBe(
      false,
    );
    expect(await page.evaluate(() => window.cim.viewer.scene.primitives.length)).toBe(primitivesBefore);
    // Removed on purpose: not a problem to show.
    expect(await page.evaluate(() => window.cim.errors().filter((e) => /scheme-a/.test(e.source)))).toEqual([]);

    const result = await page.evaluate(() => window.cim.loadIfc('assets/sample/scheme-a.ifc'));
    expect(await page.evaluate(() => window.cim.viewer.scene.primitives.length)).toBe(primitivesBefore + 1);
    await page.locator('.tool-tab[data-tool-id="ifc"]').click();
    const card = page.locator(`.ifc-model[data-layer-id="${result.layerId}"]`);
    await card.locator('.ifc-remove').click();
    await expect.poll(() => page.evaluate(() => window.cim.viewer.scene.primitives.length)).toBe(primitivesBefore);
    expect(await card.count()).toBe(0);
    expect(await page.evaluate((layerId) => window.cim.layers().some((l) => l.id === layerId), result.layerId)).toBe(
      false,
    );
    expect(await page.evaluate((layerId) => window.cim.ifcElement(layerId, 'any'), result.layerId)).toBeNull();
    // The manifest's model has no remove button.
    expect(await page.locator('.ifc-model[data-layer-id="scheme-a"] .ifc-remove').count()).toBe(0);
    expect(opened.pageErrors).toEqual([]);
    await opened.close();
  });
});
