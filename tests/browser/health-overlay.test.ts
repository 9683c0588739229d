// The health check drawn on the ground (cim.healthOverlay and the 体检 tab): the green spaces' service areas, then a
// facility category's gaps (orange dots and labels on the homes that miss it), cleared with the tab's "clear".
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './harness/app-harness.ts';
import { type Clip, countPixels, screenshotPixels } from './harness/pixels.ts';
import { useAppHarness } from './harness/use-app-harness.ts';

const app = useAppHarness();
/** The scene right of the dock. */
const CLIP: Clip = { x: 330, y: 80, width: 940, height: 630 };
/** The service areas' green tint and outline. */
const greenPixels = async (page: Page) =>
  countPixels(await screenshotPixels(page, CLIP), (r, g, b) => g > 60 && g > r * 1.25 && g > b * 1.25);
/** The gap dots' orange (#fb8c00). */
const orangePixels = async (page: Page) =>
  countPixels(await screenshotPixels(page, CLIP), (r, g, b) => r > 200 && g > 100 && g < 180 && b < 70);

describe('health check on the ground', () => {
  it('draws the service areas and a category’s gaps, and clears them with the highlight', async () => {
    const { page } = await app.openApp();
    await page.evaluate(async () => {
      await window.cim.ready;
      await window.cim.showScheme('existing');
      await window.cim.setCameraView({ lon: 114.0198, lat: 32.9794, heightMeters: 2600 });
      await window.cim.whenIdle(60_000);
    });
    const greenBefore = await greenPixels(page);
    const orangeBefore = await orangePixels(page);

    const areas = await page.evaluate(() => window.cim.healthOverlay({ show: 'park-service', schemeId: 'existing' }));
    expect(areas.show).toBe('park-service');
    expect(areas.areas).toBeGreaterThan(3);
    await expect.poll(() => greenPixels(page), { timeout: 30_000 }).toBeGreaterThan(greenBefore + 20_000);
    await page.screenshot({ path: `${REPO_ROOT}/test-results/health-service-areas.png` });

    // The kindergarten gaps: the homes whose 5-minute circle misses a kindergarten (300 m).
    const [gaps, circle] = await page.evaluate(() =>
      Promise.all([
        window.cim.healthOverlay({ show: 'life-circle-gaps', category: 'kindergarten' }),
        window.cim.lifeCircle({ minutes: 5, schemeId: 'existing' }),
      ]),
    );
    const missing = circle.buildings.filter((b) => b.missing.includes('kindergarten')).length;
    expect(gaps).toMatchObject({ show: 'life-circle-gaps', category: 'kindergarten', walkingMeters: 300, areas: 0 });
    expect(gaps.gapHomes).toBe(missing);
    expect(missing).toBeGreaterThan(0);
    await expect.poll(() => orangePixels(page), { timeout: 30_000 }).toBeGreaterThan(orangeBefore + 200);
    await expect.poll(() => greenPixels(page), { timeout: 30_000 }).toBeLessThan(greenBefore + 2_000);
    await page.screenshot({ path: `${REPO_ROOT}/test-results/health-gaps.png` });

    // The tab shows the choice and its legend; "clear" takes the overlay away.
    await page.click('.tool-tab[data-tool-id="health"]');
    await expect.poll(() => page.locator('select.health-overlay').inputValue()).toBe('life-circle-gaps');
    expect(await page.locator('select.health-category').inputValue()).toBe('kindergarten');
    expect(await page.locator('.health-legend').allTextContents()).toContain(`300 m 内无幼儿园的住宅（${missing} 栋）`);
    await page.selectOption('select.health-overlay', 'park-service');
    await expect.poll(() => greenPixels(page), { timeout: 30_000 }).toBeGreaterThan(greenBefore + 20_000);
    await page.click('[data-action="health-clear"]');
    await expect.poll(() => page.locator('select.health-overlay').inputValue()).toBe('none');
    await expect.poll(() => greenPixels(page), { timeout: 30_000 }).toBeLessThan(greenBefore + 2_000);
    expect(await orangePixels(page)).toBeLessThan(orangeBefore + 50);
  }, 240_000);
});
