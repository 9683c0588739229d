// ifc2tiles' output in the app: a third-party IFC converted in Node loads as a `3dtiles` city layer, in several tiles,
// where the CLI placed it, and a pick on it gives the element's GlobalId, class, name, storey and property values as
// read from the IFC itself.
import { mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readIfcElements, type IfcElementData } from '../../src/data/ifc/read-ifc.ts';
import { ifcToTiles, type Ifc2TilesReport } from '../../tools/ifc2tiles/ifc2tiles.ts';
import { bytesOf, haveSamples, ifcEngine, SAMPLES } from '../unit/ifc/fixtures.ts';
import { useAppHarness } from './harness/use-app-harness.ts';

const SOURCE = `${SAMPLES}AC20-FZK-Haus.ifc`;
// Above the sample city's roofs, so the house is the first thing a ray from above meets.
const PLACEMENT = { lon: 114.0205, lat: 32.98, heightMeters: 100, headingDeg: 30 };

describe.runIf(haveSamples)('ifc2tiles output as a city layer', () => {
  // Made in beforeAll, so that a skipped run leaves nothing behind.
  const outDir = join(tmpdir(), `ifc2tiles-browser-${process.pid}`);
  const app = useAppHarness({ mounts: { '/generated/': outDir } });
  let report: Ifc2TilesReport;
  let model: IfcElementData;
  beforeAll(async () => {
    mkdirSync(outDir, { recursive: true });
    report = await ifcToTiles(SOURCE, join(outDir, 'fzk'), { placement: PLACEMENT, maxTileVertices: 20_000 });
    model = readIfcElements(await ifcEngine(), bytesOf(SOURCE), 'AC20-FZK-Haus.ifc', { placement: PLACEMENT });
  }, 60_000);
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('loads in place, in tiles, and picks with the IFC element’s own properties', async () => {
    expect(report.tiles).toBeGreaterThan(1);
    const opened = await app.openApp();
    const { page } = opened;
    const id = await page.evaluate(() =>
      window.cim.addLayer({
        id: 'fzk',
        kind: '3dtiles',
        title: 'FZK-Haus (ifc2tiles)',
        url: '/generated/fzk/tileset.json',
      }),
    );
    expect((await page.evaluate(() => window.cim.layers())).find((l) => l.id === id)?.status).toBe('ready');
    const [lon, lat, height] = report.placement.origin;
    const picked = await page.evaluate(
      async ([lon, lat, heightMeters]) => {
        await window.cim.setCameraView({ lon, lat, heightMeters: heightMeters + 60, pitchDeg: -90 });
        await window.cim.whenIdle(60_000);
        const canvas = window.cim.viewer.scene.canvas;
        return window.cim.pickAt(canvas.clientWidth / 2, canvas.clientHeight / 2);
      },
      [lon, lat, height] as const,
    );
    const element = model.elements.find((e) => e.globalId === picked?.GlobalId);
    expect(element, `picked ${JSON.stringify(picked)?.slice(0, 200)}`).toBeDefined();
    expect(picked).toMatchObject({
      GlobalId: element!.globalId,
      ifcClass: element!.ifcClass,
      Name: element!.name,
      storey: element!.storey ?? '',
    });
    // Every text and number among its property sets and quantities is there, flattened into the table's columns.
    const values = Object.values(picked!);
    const own = [...Object.values(element!.propertySets), ...Object.values(element!.quantities)].flatMap((set) =>
      Object.values(set),
    );
    const shown = own.filter((value) => typeof value === 'string' || typeof value === 'number');
    expect(shown.length).toBeGreaterThan(0);
    for (const value of shown) expect(values, String(value)).toContain(value);

    // Selected, the panel lists what the element has (not the table's hundreds of empty columns), names wrapped so
    // that the values keep their room.
    await page.evaluate(() => {
      const canvas = window.cim.viewer.scene.canvas;
      return window.cim.selectAt(canvas.clientWidth / 2, canvas.clientHeight / 2);
    });
    const rows = page.locator('.attribute-panel dl.other dd');
    await expect.poll(() => rows.count()).toBeGreaterThan(4);
    const texts = await rows.allTextContents();
    expect(texts).toContain(element!.globalId);
    expect(texts.length).toBe(
      Object.values(picked!).filter((value) => value !== '' && value !== null && value !== undefined).length,
    );
    expect(texts.length).toBeLessThan(Object.keys(picked!).length / 4);
    expect(await rows.first().evaluate((dd) => dd.clientWidth)).toBeGreaterThan(100);
    expect(await page.evaluate(() => window.cim.errors())).toEqual([]);
    expect(opened.offsiteRequests).toEqual([]);
    expect(opened.pageErrors).toEqual([]);
    await opened.close();
  });
});
