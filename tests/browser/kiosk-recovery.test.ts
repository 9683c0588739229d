// The kiosk recovers by itself: a render error (a primitive whose update throws), a lost WebGL context and a stalled
// render loop each reload the page within 10 s, quietly (no message, no Cesium error panel), back at the start with
// the default language and the tour running at once.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { waitForCim } from '../../tools/browser/chromium.ts';
import { useAppHarness } from './harness/use-app-harness.ts';

const app = useAppHarness({ readyTimeoutMs: 180_000 });

const REASONS: Record<string, string> = {
  'a render error': 'render-error',
  'an error before the scene is drawn': 'render-error',
  'a lost WebGL context': 'context-lost',
  'a stalled render loop': 'render-stalled',
};

const FAILURES: Record<string, (page: Page) => Promise<void>> = {
  'a render error': (page) =>
    page.evaluate(() => {
      const { scene } = window.cim.viewer;
      scene.primitives.add({
        update() {
          throw new Error('a primitive that cannot draw');
        },
        isDestroyed: () => false,
        destroy() {},
      });
      scene.requestRender();
    }),
  // The camera controller runs before Scene.render, outside its catch: Cesium's loop just stops.
  'an error before the scene is drawn': (page) =>
    page.evaluate(() => {
      const { scene } = window.cim.viewer;
      // `update` is Cesium's own per-frame method, left out of its typings.
      (scene.screenSpaceCameraController as unknown as { update: () => void }).update = () => {
        throw new Error('a camera that cannot move');
      };
      scene.requestRender();
    }),
  'a lost WebGL context': (page) =>
    page.evaluate(() => {
      const canvas = window.cim.viewer.scene.canvas;
      const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
      gl!.getExtension('WEBGL_lose_context')!.loseContext();
    }),
  'a stalled render loop': (page) =>
    page.evaluate(() => {
      window.cim.viewer.useDefaultRenderLoop = false;
    }),
};

describe('kiosk self-recovery', () => {
  it.each(Object.keys(FAILURES))(
    'reloads quietly to the start and tours after %s',
    async (failure) => {
      const opened = await app.openApp('kiosk=1');
      const { page } = opened;
      // A visitor left it in English somewhere else.
      await page.evaluate(async () => {
        window.cim.setLanguage('en');
        await window.cim.setCameraView({ lon: 114.03, lat: 32.96, heightMeters: 500, pitchDeg: -30 });
      });
      const navigated = page.waitForEvent('framenavigated', { timeout: 20_000 });
      const failedMs = Date.now();
      await FAILURES[failure]!(page);
      await navigated;
      expect(Date.now() - failedMs).toBeLessThan(10_000);
      await waitForCim(opened, 180_000);
      await expect
        .poll(() => page.evaluate(() => window.cim.kioskState()), { timeout: 30_000 })
        .toMatchObject({ enabled: true, touring: true, step: 0 });
      // Whoever looks after the screen can read why it reloaded.
      const { recoveries } = await page.evaluate(() => window.cim.kioskState());
      expect(recoveries).toHaveLength(1);
      expect(recoveries[0]).toMatchObject({ reason: REASONS[failure] });
      // A render error says what was thrown.
      if (REASONS[failure] === 'render-error')
        expect(recoveries[0]!.detail).toMatch(/a (primitive|camera) that cannot/);
      expect(Math.abs(Date.parse(recoveries[0]!.at) - failedMs)).toBeLessThan(10_000);
      expect(await page.evaluate(() => window.cim.language())).toBe('zh-CN');
      expect(await page.locator('.kiosk-card').isVisible()).toBe(true);
      // Nothing frightening: no message and no Cesium error panel.
      expect(await page.evaluate(() => window.cim.errors())).toEqual([]);
      expect(await page.locator('.cesium-widget-errorPanel').count()).toBe(0);
      await page.screenshot({ path: `/tmp/kiosk-recovered-${failure.split(' ').at(-1)}.png` });
      expect(opened.pageErrors).toEqual([]);
      expect(opened.offsiteRequests).toEqual([]);
      await opened.close();
    },
    300_000,
  );
});
