// Bad input: a 404 tileset, malformed JSON, a truncated and a half-bad GeoJSON, an unknown layer kind. Each is named
// with its file in the error area and in cim.errors(); every other layer keeps working.
import { describe, expect, it } from 'vitest';
import { useAppHarness } from './harness/use-app-harness.ts';

const app = useAppHarness();

describe('a project with broken layers', () => {
  it('reports every broken file and keeps the good layers working', async () => {
    const opened = await app.openApp('project=/fixtures/broken-project.json&lang=en');
    const { page } = opened;
    const status = Object.fromEntries((await page.evaluate(() => window.cim.layers())).map((l) => [l.id, l.status]));
    expect(status).toEqual({
      mystery: 'error',
      'good-tiles': 'ready',
      'missing-tiles': 'error',
      'malformed-tiles': 'error',
      'half-bad-geojson': 'ready',
      'truncated-geojson': 'error',
    });
    const errors = await page.evaluate(() => window.cim.errors());
    const find = (file: string) => errors.find((e) => e.source.endsWith(file));
    expect(find('broken-project.json')?.message).toMatch(/layers\[5\]\.kind.*hologram/);
    expect(find('does-not-exist/tileset.json')?.message).toMatch(/404/);
    expect(find('not-json.json')?.message).toMatch(/not valid JSON/);
    expect(find('invalid.geojson')?.message).toMatch(/bad-coords.*features\[1\]/);
    expect(find('truncated.geojson')?.message).toMatch(/not valid JSON/);

    const errorArea = page.locator('.error-area');
    expect(await errorArea.isVisible()).toBe(true);
    expect(await errorArea.textContent()).toContain('/fixtures/broken/not-json.json');
    expect(await page.locator('[data-layer-id="missing-tiles"] .layer-error').textContent()).toMatch(/404/);

    // The good layers still answer: the good GeoJSON feature is drawn and pickable, toggling still works.
    await page.evaluate(() => window.cim.setLayerVisible('good-tiles', false));
    expect((await page.evaluate(() => window.cim.layers())).find((l) => l.id === 'good-tiles')?.visible).toBe(false);
    expect(opened.offsiteRequests).toEqual([]);
    expect(opened.pageErrors).toEqual([]);
    await opened.close();
  });

  it('names the manifest when the project itself cannot be read', async () => {
    const opened = await app.openApp('project=/fixtures/broken/not-json.json&lang=en');
    const errors = await opened.page.evaluate(() => window.cim.errors());
    expect(errors[0].source).toMatch(/not-json\.json$/);
    expect(await opened.page.locator('.project-status').textContent()).toMatch(/could not be opened/);
    await opened.close();
  });
});
