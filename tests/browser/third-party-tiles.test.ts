// Real third-party 3D Tiles (samples/tiles, skipped without them): 1.0 b3dm with batch tables + pnts + an external tileset,
// 1.1 glb with metadata at every granularity, and a 1.1 implicit quadtree. Our own tiler's output hides our mistakes.
import { describe, expect, it } from 'vitest';
import { haveSamplesIn } from '../third-party-samples.ts';
import { useAppHarness } from './harness/use-app-harness.ts';

const PROJECT = 'project=/fixtures/third-party-tiles.json';

describe.runIf(haveSamplesIn('tiles', 'the third-party 3D Tiles browser tests'))('third-party 3D Tiles', () => {
  const app = useAppHarness();

  it('loads 1.0, 1.1 metadata and implicit tilesets offline without errors, the analyses naming what they cannot use', async () => {
    const opened = await app.openApp(PROJECT);
    const layers = await opened.page.evaluate(() => window.cim.layers());
    expect(layers.map((l) => [l.id, l.status])).toEqual([
      ['request-volume', 'ready'],
      ['metadata', 'ready'],
      ['implicit', 'ready'],
    ]);
    // The analyses read every city layer's buildings once the app is idle: wait for them, so that what they report is
    // checked every time rather than only when they happen to finish first. Loading itself reports nothing; the
    // analyses name the third-party buildings without a safety grade, the implicit quadtree's among them.
    await opened.page.evaluate(() => window.cim.renewalUnits());
    const errors = await opened.page.evaluate(() => window.cim.errors());
    expect([...errors].sort((a, b) => a.message.localeCompare(b.message))).toEqual([
      {
        source: 'metadata',
        message: expect.stringMatching(/^20 buildings have no "safetyGrade" attribute \(shown as unknown grade\): /),
      },
      {
        // The implicit quadtree's 32 contents, each one building (implicit-tiles.ts).
        source: 'implicit',
        message: expect.stringMatching(/^32 buildings have no "safetyGrade" attribute \(shown as unknown grade\): /),
      },
      {
        source: 'request-volume',
        message: expect.stringMatching(/^41 buildings have no "safetyGrade" attribute \(shown as unknown grade\): /),
      },
    ]);
    expect(opened.offsiteRequests).toEqual([]);
    expect(opened.pageErrors).toEqual([]);
    await opened.close();
  });

  it('picks a 1.0 b3dm feature and reads its batch table', async () => {
    const opened = await app.openApp(PROJECT);
    // Each city block's batch table has the building's own Longitude/Latitude (radians) and Height: aim at roofs.
    const roofs = [
      [-1.3197004795898053, 0.6988582109, 11.72],
      [-1.3197036065852055, 0.6988621128191176, 12.78],
      [-1.319708772296242, 0.698870582386204, 9.5],
    ];
    const found = await opened.page.evaluate(async (targets) => {
      for (const [lonRad, latRad, heightMeters] of targets) {
        const at = window.cim.canvasPosition([(lonRad * 180) / Math.PI, (latRad * 180) / Math.PI, heightMeters - 0.3]);
        const attributes = at && (await window.cim.pickAt(at[0], at[1]));
        if (attributes && 'Longitude' in attributes) return attributes;
      }
      return null;
    }, roofs);
    expect(found).not.toBeNull();
    expect(Object.keys(found!)).toEqual(expect.arrayContaining(['id', 'Longitude', 'Latitude', 'Height']));
    expect(typeof found!.Height).toBe('number');
    await opened.close();
  });

  it('picks a 1.1 feature and shows feature, content, tile, group and tileset metadata in the panel', async () => {
    const opened = await app.openApp(PROJECT);
    const { page } = opened;
    await page.evaluate(() => window.cim.flyTo('metadata-houses', { durationSeconds: 0 }));
    await page.evaluate(() => window.cim.whenIdle(60_000));
    const box = (await page.locator('#viewer canvas').boundingBox())!;
    // Houses and trees lie north and south of the viewpoint's centre: scan a few columns from the centre out.
    const hit = await page.evaluate(
      async ({ width, height }) => {
        for (const dx of [0, 80, 160, -80, 240]) {
          for (let y = 80; y < height; y += 30) {
            const attributes = await window.cim.pickAt(width / 2 + dx, y);
            if (attributes && 'author' in attributes) return { x: width / 2 + dx, y, attributes };
          }
        }
        return null;
      },
      { width: box.width, height: box.height },
    );
    expect(hit).not.toBeNull();
    // tileset metadata (author), content metadata (vertices), group metadata (priority)
    expect(hit!.attributes).toMatchObject({ author: 'Cesium', date: '2022-03-21' });
    expect(Object.keys(hit!.attributes)).toEqual(expect.arrayContaining(['vertices', 'priority']));
    await page.mouse.click(box.x + hit!.x, box.y + hit!.y);
    const panel = page.locator('.attribute-panel');
    await expect.poll(() => panel.isVisible()).toBe(true);
    expect(await panel.textContent()).toContain('Cesium');
    await opened.close();
  });
});
