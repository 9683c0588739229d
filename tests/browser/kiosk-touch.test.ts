// The kiosk's touch gestures with real touch events (the DevTools protocol, as a touchscreen sends them): one finger
// orbits (the heading turns, the camera stays over the city), two fingers pinch the height, a double tap zooms in
// (two slow taps do not); a sideways swipe on a panel does not go back in the browser history;
// every visible control is a 48 px target.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { touchscreen } from '../../tools/browser/touch.ts';
import { useAppHarness } from './harness/use-app-harness.ts';

const app = useAppHarness({ readyTimeoutMs: 180_000 });
const START = { lon: 114.0124, lat: 32.9546, heightMeters: 600, headingDeg: 0, pitchDeg: -45 };
const CENTER = { x: 640, y: 400 };

/** The camera once the gesture and its inertia have played out. */
const settledView = async (page: Page) => {
  let previous = '';
  for (;;) {
    const view = await page.evaluate(async () => {
      await window.cim.whenIdle(10_000);
      return window.cim.cameraView();
    });
    const key = JSON.stringify(view);
    if (key === previous) return view;
    previous = key;
  }
};

describe('kiosk touch', () => {
  it('one finger orbits, two fingers pinch the height, a double tap zooms in; targets are 48 px', async () => {
    const opened = await app.openApp('kiosk=1');
    const { page } = opened;
    const touch = await touchscreen(page);
    expect(await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.tagName, CENTER)).toBe('CANVAS');
    await page.evaluate((view) => window.cim.setCameraView(view), START);

    await touch.drag(CENTER, { x: CENTER.x + 300, y: CENTER.y }, 10);
    const orbited = await settledView(page);
    const turnedDeg = Math.abs(((orbited.headingDeg - START.headingDeg + 540) % 360) - 180);
    expect(turnedDeg).toBeGreaterThan(10);
    // An orbit about the centre's point: the height and the pitch stay.
    expect(orbited.heightMeters).toBeCloseTo(START.heightMeters, -1);
    expect(orbited.pitchDeg).toBeCloseTo(START.pitchDeg, 0);

    await touch.pinch(CENTER, 100, 400, 10);
    const pinchedIn = await settledView(page);
    expect(pinchedIn.heightMeters).toBeLessThan(orbited.heightMeters * 0.9);
    await touch.pinch(CENTER, 400, 100, 10);
    const pinchedOut = await settledView(page);
    expect(pinchedOut.heightMeters).toBeGreaterThan(pinchedIn.heightMeters * 1.1);

    // Two taps 400 ms apart are two taps (the window is 300 ms, timed by the touchscreen's stamps); 80 ms apart, one.
    await touch.doubleTap(CENTER, 400);
    expect((await settledView(page)).heightMeters).toBeCloseTo(pinchedOut.heightMeters, 3);
    await touch.doubleTap(CENTER);
    const zoomed = await settledView(page);
    expect(zoomed.heightMeters).toBeLessThan(pinchedOut.heightMeters * 0.8);

    const small = await page.evaluate(() =>
      [
        ...document.querySelectorAll<HTMLElement>(
          'button, a[href], select, summary, [role="button"], input:not([type="checkbox"]):not([type="hidden"]), label:has(> input[type="checkbox"])',
        ),
      ]
        .filter((target) => target.offsetParent !== null)
        .map((target) => ({ target, box: target.getBoundingClientRect() }))
        .filter(({ box }) => Math.min(box.width, box.height) < 48)
        .map(({ target, box }) => `${target.outerHTML.slice(0, 80)} ${box.width}×${box.height}`),
    );
    expect(small).toEqual([]);
    expect(opened.pageErrors).toEqual([]);
    expect(opened.offsiteRequests).toEqual([]);
  }, 300_000);

  it('a sideways swipe on a panel does not leave the app (no swipe-back through the browser history)', async () => {
    // The harness opened the app from a blank tab, so there is a page to go back to, as after any navigation.
    const opened = await app.openApp('kiosk=1');
    const { page } = opened;
    const appUrl = page.url();
    const navigations: string[] = [];
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) navigations.push(frame.url());
    });
    const touch = await touchscreen(page);
    const panel = (await page.locator('.side-panel').boundingBox())!;
    const at = { x: panel.x + panel.width / 2, y: panel.y + panel.height / 2 };
    for (const dx of [400, -400]) {
      await touch.drag(at, { x: at.x + dx, y: at.y + 10 }, 10);
      // Chromium commits a swipe navigation after its animation.
      await page.waitForTimeout(2_000);
    }
    expect(navigations).toEqual([]);
    expect(page.url()).toBe(appUrl);
    expect(await page.evaluate(() => window.cim.kioskState().enabled)).toBe(true);
    expect(opened.pageErrors).toEqual([]);
  }, 300_000);
});
