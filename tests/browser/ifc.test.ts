// IFC models in the browser: the sample proposal opens in place (lazily: no wasm until then), the BIM tab's tree flies
// to an element that then picks with its IFC properties, an .ifczip opens as the IFC inside it, a load is cancelled
// mid-way, a corrupt file is reported by name while the app keeps working; third-party files (skipped without them)
// open by URL, again from the cache, and by the file picker.
import { readFileSync } from 'node:fs';
import type { Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { haveSamples, SAMPLES } from '../unit/ifc/fixtures.ts';
import { REPO_ROOT } from './harness/app-harness.ts';
import { useAppHarness } from './harness/use-app-harness.ts';

const app = useAppHarness();

describe('IFC models', () => {
  it('opens scheme A in place, picks its elements, opens an .ifczip, cancels a load, survives bad files', async () => {
    const opened = await app.openApp();
    const { page } = opened;
    // Playwright reports the worker's requests on its page too.
    const ifcRequests: string[] = [];
    page.on('request', (request) => {
      if (/web-ifc|ifc-worker/.test(request.url())) ifcRequests.push(request.url());
    });
    const schemeA = (await page.evaluate(() => window.cim.layers())).find((l) => l.id === 'scheme-a')!;
    expect(schemeA).toMatchObject({ kind: 'ifc', visible: false, status: 'ready' });
    expect(ifcRequests).toEqual([]); // hidden: nothing fetched yet

    // Show it: the worker converts it and the map conversion places it in RU-02.
    const result = await page.evaluate(async () => {
      window.cim.setLayerVisible('scheme-a', true);
      await window.cim.whenIdle(90_000);
      return window.cim.loadIfc('assets/sample/scheme-a.ifc');
    });
    expect(result).toMatchObject({ elementCount: 402, placedBy: 'map-conversion', fromCache: true });
    expect(result.origin[0]).toBeCloseTo(114.0177, 3);
    expect(result.origin[1]).toBeCloseTo(32.9836, 3);
    expect(ifcRequests.some((n) => n.endsWith('.wasm'))).toBe(true);
    await page.evaluate((id) => window.cim.setLayerVisible(id, false), result.layerId);
    // From its 1985 height datum down to the city model's ground, as the manifest's heightOffsetMeters does.
    const lowered = await page.evaluate(() =>
      window.cim.loadIfc('assets/sample/scheme-a.ifc', { heightOffsetMeters: -80 }),
    );
    expect(lowered.origin[2]).toBeCloseTo(result.origin[2] - 80, 3);
    expect(lowered.origin.slice(0, 2)).toEqual(result.origin.slice(0, 2));
    await page.evaluate((id) => window.cim.setLayerVisible(id, false), lowered.layerId);

    // The BIM tab: the rule that placed it, and the tree flies to a roof slab, which then picks at the view centre.
    await page.locator('.tool-tab[data-tool-id="ifc"]').click();
    const card = page.locator('.ifc-model[data-layer-id="scheme-a"]');
    await expect.poll(() => card.locator('.ifc-placed-by').getAttribute('data-placed-by')).toBe('map-conversion');
    await expect.poll(() => card.locator('.ifc-placed-by').textContent()).toContain('EPSG:4547');
    const building = card.locator('details.ifc-node:has(> summary:has-text("A1号楼"))');
    await building.locator('> summary').click();
    const roof = building.locator('details.ifc-node:has(> summary:has-text("屋面"))');
    await roof.locator('> summary').click();
    const machineRoom = roof.locator('.ifc-element', { hasText: 'IfcBuildingElementProxy' }).first();
    const roomId = (await machineRoom.getAttribute('data-global-id'))!;
    /** After a flight (it takes a second): waits until the camera stands still and returns the canvas centre. */
    const settledCentre = () =>
      page.evaluate(async () => {
        let last = '';
        for (let still = 0; still < 2; ) {
          await new Promise((resolve) => setTimeout(resolve, 400));
          const now = JSON.stringify(window.cim.cameraView());
          still = now === last ? still + 1 : 0;
          last = now;
        }
        await window.cim.whenIdle(60_000);
        const canvas = window.cim.viewer.scene.canvas;
        return [canvas.clientWidth / 2, canvas.clientHeight / 2] as const;
      });
    await machineRoom.click();
    const centre = await settledCentre();
    const roomView = await page.evaluate(() => window.cim.cameraView());
    const pickCentre = () => page.evaluate(([x, y]) => window.cim.pickAt(x, y), centre);
    expect(await pickCentre()).toMatchObject({ GlobalId: roomId, ifcClass: 'IfcBuildingElementProxy', storey: '屋面' });
    const box = (await page.locator('#viewer canvas').boundingBox())!;
    await page.mouse.click(box.x + centre[0], box.y + centre[1]);
    await expect.poll(() => page.locator('.attribute-panel').textContent()).toContain(roomId);
    const element = await page.evaluate((guid) => window.cim.ifcElement('scheme-a', guid), roomId);
    expect(element).toMatchObject({ globalId: roomId, ifcClass: 'IfcBuildingElementProxy', storey: '屋面' });
    expect(element!.name).toBe('屋顶机房');

    // Hiding a class (a style over the glb metadata): the machine room goes and the roof slab under it shows.
    const proxies = card.locator('.ifc-toggles label', { hasText: 'IfcBuildingElementProxy' }).locator('input');
    await proxies.uncheck();
    await expect.poll(pickCentre).toMatchObject({ ifcClass: 'IfcSlab', storey: '屋面' });
    await proxies.check();
    await expect.poll(pickCentre).toMatchObject({ GlobalId: roomId });

    // An .ifczip (written by Python's zipfile) opens as the IFC inside it, placed by that file's map conversion.
    await page.locator('.ifc-file-input').setInputFiles(`${REPO_ROOT}tests/unit/ifc/fixtures/scheme-a.ifczip`);
    const zipped = page.locator('.ifc-model', { hasText: 'scheme-a.ifczip' });
    await expect.poll(() => zipped.getAttribute('class'), { timeout: 60_000 }).toContain('ifc-ready');
    expect(await zipped.locator('.ifc-placed-by').getAttribute('data-placed-by')).toBe('map-conversion');
    expect(await zipped.locator('.ifc-summary').textContent()).toContain('402');
    await page.evaluate((id) => window.cim.setLayerVisible(id, false), (await zipped.getAttribute('data-layer-id'))!);

    // A corrupt file: rejected with its name and reason, listed among the errors; the rest keeps working.
    const failure = await page.evaluate(async () => {
      try {
        await window.cim.loadIfc(new File(['this is a spreadsheet, not a model'], 'broken.ifc'));
        return 'accepted';
      } catch (error) {
        return String(error);
      }
    });
    expect(failure).toMatch(/broken\.ifc: not an IFC file/);
    const errors = () =>
      page.evaluate(() =>
        window.cim
          .errors()
          .map((e) => `${e.source}: ${e.message}`)
          .join('\n'),
      );
    expect(await errors()).toMatch(/broken\.ifc: not an IFC file/);
    expect(
      (await page.evaluate(() => window.cim.layers())).filter((l) => l.status === 'error').map((l) => l.title),
    ).toEqual(['broken.ifc']);

    // Cancelling a load in progress stops it and says so. The model converts in about a second, so the worker's
    // script is held back until Cancel has been clicked: the load is then certainly still running.
    let releaseWorker = () => {};
    const workerHeld = new Promise<void>((resolve) => {
      releaseWorker = resolve;
    });
    const holdWorker = async (route: Route) => {
      await workerHeld;
      await route.continue().catch(() => {}); // the worker may be gone (terminated by the cancel)
    };
    await opened.context.route(/ifc-worker/, holdWorker);
    // A copy of scheme A with one more line: not in the cache, so it goes to the worker.
    const copy = Buffer.concat([readFileSync(`${REPO_ROOT}assets/sample/scheme-a.ifc`), Buffer.from('\n')]);
    await page
      .locator('.ifc-file-input')
      .setInputFiles({ name: 'scheme-a-copy.ifc', mimeType: 'application/octet-stream', buffer: copy });
    const copyCard = page.locator('.ifc-model', { hasText: 'scheme-a-copy.ifc' });
    await copyCard.locator('.ifc-cancel').click({ timeout: 30_000 });
    releaseWorker();
    await opened.context.unroute(/ifc-worker/, holdWorker);
    // The half-loaded model is removed: its card goes, the reason stays in the error list.
    await expect.poll(() => copyCard.count()).toBe(0);
    expect(await errors()).toMatch(/scheme-a-copy\.ifc: Opening was cancelled/);

    // Still working: back at the machine room's view, it picks.
    await page.evaluate(async (view) => {
      await window.cim.setCameraView(view);
      await window.cim.whenIdle(60_000);
    }, roomView);
    expect(await pickCentre()).toMatchObject({ GlobalId: roomId });
    expect(opened.offsiteRequests).toEqual([]);
    expect(opened.pageErrors).toEqual([]);
    await opened.close();
  }, 360_000); // one page through the BIM tab's flows; 2.5–4 min on a busy 2-core machine

  it.runIf(haveSamples)(
    'opens third-party files by URL, again from the cache, and by the file picker',
    async () => {
      const opened = await app.openApp();
      const { page } = opened;
      // A third-party IFC2X3 file by URL, placed by its IfcSite reference point; the second open comes from the cache.
      const duplex = await page.evaluate(() => window.cim.loadIfc('/samples/ifc/duplex.ifc'));
      expect(duplex).toMatchObject({ elementCount: 215, placedBy: 'site', fromCache: false });
      expect(duplex.origin[1]).toBeCloseTo(41.874, 2);
      // The geometry is drawn while the worker still reads the properties.
      expect(duplex.geometryMs).toBeGreaterThan(0);
      expect(duplex.geometryMs).toBeLessThan(duplex.loadMs);
      // On screen after the geometry arrived, and never after the load as a whole.
      expect(duplex.drawnMs).toBeGreaterThan(duplex.geometryMs);
      expect(duplex.drawnMs).toBeLessThanOrEqual(duplex.loadMs);
      const again = await page.evaluate(() => window.cim.loadIfc('/samples/ifc/duplex.ifc'));
      expect(again).toMatchObject({ elementCount: 215, fromCache: true });
      expect(again.loadMs).toBeLessThan(duplex.loadMs);

      // The file picker: a model without georeferencing is put by hand at the view centre.
      await page.locator('.tool-tab[data-tool-id="ifc"]').click();
      await page.locator('.ifc-file-input').setInputFiles(`${SAMPLES}IfcOpenHouse_IFC4.ifc`);
      const house = page.locator('.ifc-model', { hasText: 'IfcOpenHouse_IFC4.ifc' });
      await expect.poll(() => house.getAttribute('class'), { timeout: 60_000 }).toContain('ifc-ready');
      expect(await house.locator('.ifc-placed-by').getAttribute('data-placed-by')).toBe('manual');

      expect(opened.offsiteRequests).toEqual([]);
      expect(opened.pageErrors).toEqual([]);
      await opened.close();
    },
    180_000,
  );
});
