// Shapefile layers in the app: a polygon with a hole holding an island that has its own hole (the island's hole must
// stay open, not go to the big outer ring), and a shapefile whose .dbf answers HTTP 500: that layer fails naming the
// .dbf instead of loading without attributes.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeDbf, writePolygonShp } from '../../tools/bench/shapefile/write-shapefile.ts';
import { useAppHarness } from './harness/use-app-harness.ts';

const [LON, LAT] = [114.02, 32.98];
/** A closed square ring of half-size `half` degrees around the centre: clockwise (an outer ring) or not (a hole). */
const square = (half: number, clockwise: boolean): [number, number][] => {
  const ring: [number, number][] = [
    [LON - half, LAT - half],
    [LON + half, LAT - half],
    [LON + half, LAT + half],
    [LON - half, LAT + half],
    [LON - half, LAT - half],
  ];
  return clockwise ? ring.reverse() : ring;
};

const folder = mkdtempSync(join(tmpdir(), 'cim-shp-'));
const shp = writePolygonShp([[square(0.01, true), square(0.007, false), square(0.004, true), square(0.001, false)]]);
const dbf = writeDbf([{ name: 'NAME', type: 'C', lengthBytes: 20 }], [['岛中岛']]);
const prj = 'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563]],AUTHORITY["EPSG","4326"]]';
for (const base of ['island', 'broken']) {
  writeFileSync(join(folder, `${base}.shp`), shp);
  writeFileSync(join(folder, `${base}.dbf`), dbf);
  writeFileSync(join(folder, `${base}.prj`), prj);
  writeFileSync(join(folder, `${base}.cpg`), 'UTF-8');
}
const layer = (id: string) => ({
  id,
  kind: 'geojson',
  title: id,
  url: `${id}.shp`,
  style: { fill: '#d6604d', clampTo: 'ground' },
});
writeFileSync(
  join(folder, 'project.json'),
  JSON.stringify({
    title: 'Shapefiles',
    home: { lon: LON, lat: LAT, heightMeters: 4000, pitchDeg: -90, headingDeg: 0 },
    layers: [layer('island')],
  }),
);

const app = useAppHarness({ mounts: { '/shp/': folder } });
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('shapefile layers', () => {
  it('keeps an island’s own hole open, and fails a layer whose .dbf answers 500 naming the .dbf', async () => {
    const opened = await app.openApp('project=/shp/project.json&lang=en');
    const { page } = opened;
    expect((await page.evaluate(() => window.cim.layers())).map((l) => [l.id, l.status])).toEqual([
      ['island', 'ready'],
    ]);
    const pickAtLon = (lon: number) =>
      page.evaluate(
        async ([x, y]) => {
          const at = window.cim.canvasPosition([x, y, 0]);
          return at && (await window.cim.pickAt(at[0], at[1]))?.NAME;
        },
        [lon, LAT],
      );
    // From the west edge inwards: outer ring, its hole, the island, the island's hole.
    expect(await pickAtLon(LON - 0.0085)).toBe('岛中岛');
    expect(await pickAtLon(LON - 0.0055)).toBeUndefined();
    expect(await pickAtLon(LON - 0.0025)).toBe('岛中岛');
    expect(await pickAtLon(LON)).toBeUndefined();
    await page.screenshot({ path: join(tmpdir(), 'cim-shapefile-island.png') });

    await page.route('**/broken.dbf', (route) => route.fulfill({ status: 500, body: 'server error' }));
    // cim.addLayer resolves a relative URL against the page, not the manifest: the .shp must be found (a 404 for it
    // raced the .dbf's 500 for the first message).
    await page.evaluate((entry) => window.cim.addLayer(entry).catch(() => undefined), {
      ...layer('broken'),
      url: '/shp/broken.shp',
    });
    expect((await page.evaluate(() => window.cim.layers())).find((l) => l.id === 'broken')?.status).toBe('error');
    const errors = await page.evaluate(() => window.cim.errors().map((e) => `${e.source}: ${e.message}`));
    expect(
      errors.some((e) => /broken\.dbf: the server answered HTTP 500/.test(e)),
      errors.join('\n'),
    ).toBe(true);
    await opened.close();
  });
});
