// IFC models in the browser: the sample proposal opens in place (lazily: no wasm until then), elements are pickable
// with their IFC properties, a third-party file opens by URL, a reload comes from the cache, and a corrupt file is
// reported by name while the rest of the app keeps working.
import { describe, expect, it } from 'vitest';
import type { OfflinePage } from '../../tools/browser/offline-page.ts';
import { useAppHarness } from './harness/use-app-harness.ts';

const app = useAppHarness();


/** Canvas pixels around the centre, nearest first, until one picks an IFC element. */
async function pickIfcNearCentre(page: OfflinePage['page']) {
  return page.evaluate(async () => {
    const canvas = window.cim.viewer.scene.canvas;
    const [cx, cy] = [canvas.clientWidth / 2, canvas.clientHeight / 2];
    for (let ring = 0; ring <= 6; ring++) {
      for (let k = 0; k < Math.max(1, ring * 6); k++) {
        const angle = (k / Math.max(1, ring * 6)) * 2 * Math.PI;
        const [x, y] = [cx + ring * 25 * Math.cos(angle), cy + ring * 25 * Math.sin(angle)];
        const picked = await window.cim.pickAt(x, y);
        if (picked && 'ifcClass' in picked) return { x, y, attributes: picked };
      }
    }
    return null;
  });
}

describe('IFC models', () => {
  it('opens scheme A in place from the manifest, picks elements, loads a shared sample, and survives a corrupt file', async () => {
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

    // Show it: the worker converts it, the map conversion places it in RU-02.
    const result = await page.evaluate(async () => {
      window.cim.setLayerVisible('scheme-a', true);
      await window.cim.whenIdle(90_000);
      return window.cim.loadIfc('assets/sample/scheme-a.ifc');
    });
    expect(result).toMatchObject({ elementCount: 402, placedBy: 'map-conversion', fromCache: true });
    expect(result.origin[0]).toBeCloseTo(114.0177, 3);
    expect(result.origin[1]).toBeCloseTo(32.9836, 3);
    expect(ifcRequests.some((n) => n.endsWith('.wasm'))).toBe(true);

    // Look straight down on the model and click an element: the attribute panel shows its IFC identity as text.
    await page.evaluate(async ([lon, lat, h]) => {
      window.cim.setLayerVisible(window.cim.layers().find((l) => l.kind === 'ifc' && l.id !== 'scheme-a')!.id, false);
      await window.cim.setCameraView({ lon: lon!, lat: lat!, heightMeters: h! + 260 });
      await window.cim.whenIdle(60_000);
    }, result.origin);
    const t0 = Date.now();
    const hit = await pickIfcNearCentre(page);
    console.log('pick scan ms', Date.now() - t0);
    expect(hit).not.toBeNull();
    expect(hit!.attributes['GlobalId']).toMatch(/^[0-9A-Za-z_$]{22}$/);
    expect(String(hit!.attributes['ifcClass'])).toMatch(/^Ifc(Slab|Wall|BuildingElementProxy)$/);
    const box = (await page.locator('#viewer canvas').boundingBox())!;
    await page.mouse.click(box.x + hit!.x, box.y + hit!.y);
    const panel = page.locator('.attribute-panel');
    await expect.poll(() => panel.textContent()).toContain(String(hit!.attributes['GlobalId']));
    const element = await page.evaluate(([id, guid]) => window.cim.ifcElement(id!, guid!), ['scheme-a', String(hit!.attributes['GlobalId'])]);
    expect(element).toMatchObject({ globalId: hit!.attributes['GlobalId'], ifcClass: hit!.attributes['ifcClass'] });
    expect(element!.storey).toMatch(/^(\d+F|屋面)$/); // the generator names storeys 1F, 2F, … and the roof 屋面
    expect(Object.keys(element!.propertySets).length).toBeGreaterThan(0);

    // A third-party IFC2X3 file by URL, placed by its IfcSite reference point; the second open comes from the cache.
    console.log('before duplex', Date.now() - t0);
    const duplex = await page.evaluate(() => window.cim.loadIfc('/samples/ifc/duplex.ifc'));
    expect(duplex).toMatchObject({ elementCount: 215, placedBy: 'site', fromCache: false });
    expect(duplex.origin[1]).toBeCloseTo(41.874, 2);
    const again = await page.evaluate(() => window.cim.loadIfc('/samples/ifc/duplex.ifc'));
    expect(again).toMatchObject({ elementCount: 215, fromCache: true });
    expect(again.layerId).not.toBe(duplex.layerId);

    console.log('after duplex x2', Date.now() - t0);
    // A corrupt file: rejected with its name and reason, listed among the errors; the rest keeps working.
    const failure = await page.evaluate(async () => {
      const file = new File(['this is a spreadsheet, not a model'], 'broken.ifc');
      try {
        await window.cim.loadIfc(file);
        return 'accepted';
      } catch (error) {
        return String(error);
      }
    });
    expect(failure).toMatch(/broken\.ifc: Not an IFC file/);
    expect((await page.evaluate(() => window.cim.errors())).map((e) => `${e.source}: ${e.message}`).join('\n')).toMatch(/broken\.ifc: Not an IFC file/);
    const layers = await page.evaluate(() => window.cim.layers());
    expect(layers.filter((l) => l.status === 'error').map((l) => l.title)).toEqual(['broken.ifc']);
    expect(await page.evaluate(([x, y]) => window.cim.pickAt(x!, y!), [hit!.x, hit!.y])).toMatchObject({ GlobalId: hit!.attributes['GlobalId'] });
    expect(opened.offsiteRequests).toEqual([]);
    expect(opened.pageErrors).toEqual([]);
    await opened.close();
  });
});
