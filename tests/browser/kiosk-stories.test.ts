// The kiosk's story cards on the sample district, with real touch events (the DevTools protocol): a tap opens the list
// of renewal units (every target ≥ 48 px), a tap on a unit opens its card — name, mode, summary, indicators, its
// picture, before/after with its scheme — and flies there; the card follows the language; the idle reset closes it.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { touchscreen } from '../../tools/browser/touch.ts';
import { useAppHarness } from './harness/use-app-harness.ts';

const app = useAppHarness({ readyTimeoutMs: 180_000 });

const centreOf = async (page: Page, selector: string) => {
  const box = (await page.locator(selector).boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
};

describe('kiosk story cards', () => {
  it('open by touch, show the unit and its scheme, follow the language and close at the idle reset', async () => {
    const opened = await app.openApp('kiosk=1');
    const { page } = opened;
    const touch = await touchscreen(page);
    await page.evaluate(() => window.cim.kiosk({ enabled: true, idleSeconds: 3600 }));

    // The button covers none of the side panel's controls.
    const overlapsPanel = await page.evaluate(() => {
      const button = document.querySelector('.kiosk-stories-open')!.getBoundingClientRect();
      const panel = document.querySelector('.side-panel')!.getBoundingClientRect();
      return (
        button.left < panel.right && panel.left < button.right && button.top < panel.bottom && panel.top < button.bottom
      );
    });
    expect(overlapsPanel).toBe(false);
    await touch.tap(await centreOf(page, '.kiosk-stories-open'));
    await expect.poll(() => page.locator('.story-unit').count(), { timeout: 30_000 }).toBe(8);
    const smallest = await page.evaluate(() =>
      Math.min(
        ...[...document.querySelectorAll<HTMLElement>('.kiosk-stories button, .kiosk-stories-open')].map((b) =>
          Math.min(b.getBoundingClientRect().width, b.getBoundingClientRect().height),
        ),
      ),
    );
    expect(smallest).toBeGreaterThanOrEqual(48);

    const before = await page.evaluate(() => window.cim.cameraView());
    await touch.tap(await centreOf(page, '.story-unit[data-unit-id="RU-02"]'));
    const card = page.locator('.story-card[data-unit-id="RU-02"]');
    await expect.poll(() => card.isVisible(), { timeout: 30_000 }).toBe(true);
    expect(await card.locator('h2').textContent()).toBe('解放路北棚户区');
    expect(await card.locator('.story-mode').textContent()).toBe('更新方式: 拆除新建');
    expect(await card.locator('.story-summary').textContent()).toContain('棚户');
    expect(await card.locator('.story-indicators dd').count()).toBe(5);
    await expect
      .poll(() => card.locator('.story-picture img').evaluate((img: HTMLImageElement) => img.naturalWidth), {
        timeout: 30_000,
      })
      .toBe(640);
    await expect.poll(() => page.evaluate(() => window.cim.cameraView()), { timeout: 30_000 }).not.toEqual(before);

    // Before/after: the unit's scheme, worked out from the massing comparison, shown by a tap.
    const schemeB = card.locator('.story-scheme[data-scheme-id="scheme-b"]');
    await expect.poll(() => schemeB.count(), { timeout: 120_000 }).toBe(1);
    await touch.tap(await centreOf(page, '.story-scheme[data-scheme-id="scheme-b"]'));
    await expect
      .poll(() => page.evaluate(() => window.cim.layers().find((layer) => layer.id === 'scheme-b')!.visible), {
        timeout: 30_000,
      })
      .toBe(true);
    await page.screenshot({ path: '/tmp/kiosk-story.png' });

    await page.evaluate(() => window.cim.setLanguage('en'));
    expect(await card.locator('.story-mode').textContent()).toBe('Renewal mode: 拆除新建 redevelop');
    expect(await card.locator('.story-summary').textContent()).toContain('shanty');

    // Nobody touches the screen: the reset closes the card and shows the existing city again.
    await page.evaluate(() => window.cim.kiosk({ enabled: true, idleSeconds: 1 }));
    await expect.poll(() => page.locator('.kiosk-stories').isHidden(), { timeout: 30_000 }).toBe(true);
    await expect
      .poll(() => page.evaluate(() => window.cim.layers().find((layer) => layer.id === 'scheme-b')!.visible), {
        timeout: 30_000,
      })
      .toBe(false);
    expect(opened.pageErrors).toEqual([]);
    expect(opened.offsiteRequests).toEqual([]);
  });
});
