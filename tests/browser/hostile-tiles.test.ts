// Hostile tile content drawn by Cesium itself (not only read by our analyses): a tileset whose tiles are the hostile
// corpus's .cmpt/.b3dm/.glb files and a self-referencing external tileset, beside the sample's good layers. Each bad
// tile is failed by the check Cesium's requests pass (src/data/tiles/tile-framing.ts) and reported with its file name
// and our words, cim.ready resolves, nothing is thrown in the page, the other layers still draw and pick.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HOSTILE_FILES } from '../fixtures/hostile/hostile-corpus.ts';
import { useAppHarness } from './harness/use-app-harness.ts';

const folder = mkdtempSync(join(tmpdir(), 'cim-hostile-tiles-'));
const tiles = HOSTILE_FILES.filter((file) => file.reader === 'tile' || file.reader === 'tileset');
for (const file of tiles) writeFileSync(join(folder, file.name), file.bytes());

/** A 40 m cell per tile in a row just east of the sample's renewal unit RU-01, all in view from above. */
const CENTRE = { lon: 114.01687, lat: 32.97968 };
const radians = (deg: number) => (deg * Math.PI) / 180;
const cell = (index: number) => {
  const west = CENTRE.lon - 0.002 + index * 0.0005;
  return [radians(west), radians(CENTRE.lat - 0.0002), radians(west + 0.0004), radians(CENTRE.lat + 0.0002), 0, 30];
};
writeFileSync(
  join(folder, 'tileset.json'),
  JSON.stringify({
    asset: { version: '1.1' },
    geometricError: 500,
    root: {
      boundingVolume: {
        region: [
          radians(CENTRE.lon - 0.003),
          radians(CENTRE.lat - 0.001),
          radians(CENTRE.lon + 0.003),
          radians(CENTRE.lat + 0.001),
          0,
          30,
        ],
      },
      geometricError: 500,
      refine: 'ADD',
      children: tiles.map((file, index) => ({
        boundingVolume: { region: cell(index) },
        geometricError: 0,
        content: { uri: file.name },
      })),
    },
  }),
);
writeFileSync(
  join(folder, 'project.json'),
  JSON.stringify({
    title: 'Hostile tiles',
    home: { ...CENTRE, heightMeters: 900, pitchDeg: -90, headingDeg: 0 },
    layers: [
      {
        id: 'good',
        kind: 'geojson',
        title: 'good',
        url: '/assets/sample/renewal-units.geojson',
        style: { fill: '#d6604d', clampTo: 'ground' },
      },
      { id: 'hostile', kind: '3dtiles', title: 'hostile', url: '/hostile-tiles/tileset.json' },
    ],
  }),
);

const app = useAppHarness({ mounts: { '/hostile-tiles/': folder } });
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('hostile tiles drawn by Cesium', () => {
  it('names each bad tile, keeps drawing and picking the rest', async () => {
    const opened = await app.openApp('project=/hostile-tiles/project.json&lang=en');
    const { page } = opened;
    expect(await page.evaluate(() => window.cim.whenIdle(60_000))).toBe(true);
    const reported = await page.evaluate(() =>
      window.cim.errors().map((e) => `${e.source.split('/').pop()}: ${e.message}`),
    );
    for (const file of tiles.filter((f) => f.reader === 'tile')) {
      const said = reported.filter((line) => line.startsWith(`${file.name}:`));
      // Our check's words, not Cesium's parser's ("sub-region exceeds array bounds", "Maximum call stack size exceeded").
      expect(said.length, `${file.name} in\n${reported.join('\n')}`).toBeGreaterThan(0);
      if (file.expected !== 'result')
        expect(
          said.some((line) => (file.expected as RegExp).test(line)),
          said.join('\n'),
        ).toBe(true);
      for (const line of said) expect(line).not.toMatch(/sub-region|call stack|DataView|Invalid array length|typeof/);
    }
    expect(reported.join('\n')).toMatch(/node-cycle\.glb: glTF node 0 has more than one parent or is its own ancestor/);
    expect(reported.join('\n')).toMatch(
      /self-reference\.json: the external tileset self-reference\.json leads back to self-reference\.json/,
    );
    // The good layer still picks and frames are still drawn.
    const centre = await page.evaluate(({ lon, lat }) => window.cim.canvasPosition([lon, lat, 0]), CENTRE);
    await expect
      .poll(() => page.evaluate(async ([x, y]) => (await window.cim.pickAt(x!, y!))?.id, centre!), {
        timeout: 30_000,
      })
      .toBe('RU-01');
    expect(await page.evaluate(() => window.cim.whenIdle(30_000))).toBe(true);
    expect(opened.pageErrors).toEqual([]);
    expect(opened.offsiteRequests).toEqual([]);
  }, 240_000);
});
