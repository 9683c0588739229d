// The sample city Draco-compressed, as producers ship city models: the app's building list (read by loaders.gl with the
// Draco decoder served from our own origin, never a CDN) gives the height check the uncompressed city gives, and
// Cesium draws it. The uncompressed city's height check is townscape.test.ts's; both equal the analysis of the source
// footprints.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkHeights } from '../../src/analysis/townscape/height-check.ts';
import { readHeightZones } from '../../src/analysis/townscape/zone-features.ts';
import { buildingsFrom } from '../../tools/bench/townscape/townscape-case.ts';
import { compressedTileset } from '../fixtures/tilesets/compressed-tileset.ts';
import { REPO_ROOT } from './harness/app-harness.ts';
import { useAppHarness } from './harness/use-app-harness.ts';

const read = (name: string) =>
  JSON.parse(readFileSync(`${REPO_ROOT}/assets/sample/${name}`, 'utf8')) as { features: any[] };
const city = buildingsFrom(read('buildings.geojson').features, 'city');
const zones = ['height-zones.geojson', 'heritage-zones.geojson', 'renewal-units.geojson'].flatMap(
  (name) => readHeightZones(read(name).features, name).zones,
);

const folder = join(tmpdir(), `cim-draco-city-${process.pid}`);
// Written before the harness starts serving it in place of the uncompressed city.
beforeAll(async () => {
  for (const [path, bytes] of await compressedTileset(join(REPO_ROOT, 'tilesets/zhumadian-city'), 'draco')) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), bytes);
  }
});
const app = useAppHarness({ mounts: { '/tilesets/zhumadian-city/': folder } });
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('a Draco-compressed city', () => {
  it('gives the height check of the uncompressed city, with no request leaving the intranet', async () => {
    const opened = await app.openApp('lang=en');
    const { page } = opened;
    expect(await page.evaluate(() => window.cim.whenIdle(60_000))).toBe(true);
    const expected = checkHeights(city, zones).violations;
    const violations = await page.evaluate(() => window.cim.heightCheck());
    expect(violations.map((v) => [v.featureId, v.zoneId, v.limitMeters])).toEqual(
      expected.map((v) => [v.featureId, v.zoneId, v.limitMeters]),
    );
    violations.forEach((v, i) => expect(v.excessMeters).toBeCloseTo(expected[i]!.excessMeters, 1));
    expect(await page.evaluate(() => window.cim.errors())).toEqual([]);

    // Our decoder came from the app's own folder (Cesium's, for drawing, from its own); nothing from elsewhere (a CDN
    // request would be aborted and listed here).
    const resources = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
    const draco = resources.filter((url) => /draco/i.test(url));
    expect(draco).toContainEqual(expect.stringMatching(/\/static\/draco_decoder-[\w-]+\.wasm$/));
    for (const url of draco) expect(url.startsWith(`${app.origin}/`)).toBe(true);
    expect(opened.offsiteRequests).toEqual([]);
  });
});
