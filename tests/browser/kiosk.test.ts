// Kiosk mode on the sample project: after idleSeconds without input the app resets (default language, panels closed)
// and the attract tour flies to its viewpoints in order with their captions; a touch (through the DevTools protocol,
// as a touchscreen sends it) stops the tour and restarts the idle clock; `?kiosk=1` hides the file-drop hint.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useAppHarness } from './harness/use-app-harness.ts';

const app = useAppHarness();

/** The tour's state, its caption card and whether the camera is at `viewpointId` (within a metre or so). */
const tourAt = (page: Page, viewpointId: string) =>
  page.evaluate((id) => {
    const target = window.cim.viewpoints().find((viewpoint) => viewpoint.id === id)!.view;
    const camera = window.cim.cameraView();
    const card = document.querySelector<HTMLElement>('.kiosk-card')!;
    return {
      ...window.cim.kioskState(),
      caption: card.hidden ? null : card.textContent,
      arrived:
        Math.abs(camera.lon - target.lon) < 1e-5 &&
        Math.abs(camera.lat - target.lat) < 1e-5 &&
        Math.abs(camera.heightMeters - target.heightMeters) < 2,
    };
  }, viewpointId);

describe('kiosk', () => {
  it('cim.kiosk: idle reset, the tour in order with captions, and a touch stops it', async () => {
    const opened = await app.openApp();
    const { page } = opened;
    const wrong = await page.evaluate(() =>
      [
        null,
        { enabled: 'yes' },
        { enabled: true, idleSeconds: 0 },
        { enabled: true, tour: [{ viewpointId: 'nowhere', dwellSeconds: 1 }] },
      ].map((settings) => {
        try {
          window.cim.kiosk(settings as never);
          return 'no error';
        } catch (error) {
          return `${(error as Error).name}: ${(error as Error).message}`;
        }
      }),
    );
    expect(wrong).toHaveLength(4);
    for (const message of wrong) expect(message).toMatch(/^TypeError: cim\.kiosk: /);
    expect(wrong[3]).toContain('no viewpoint "nowhere"');

    // A visitor left it in English with a tool panel open.
    await page.evaluate(() => window.cim.setLanguage('en'));
    await page.click('.tool-tab[data-tool-id="measure"]');
    await page.evaluate(() =>
      window.cim.kiosk({
        enabled: true,
        idleSeconds: 2,
        tour: [
          { viewpointId: 'heritage-core', dwellSeconds: 1, caption: { 'zh-CN': '老街', en: 'Old street' } },
          { viewpointId: 'unit-ru03', dwellSeconds: 1 },
        ],
      }),
    );
    expect(await page.evaluate(() => window.cim.kioskState())).toMatchObject({
      enabled: true,
      touring: false,
      step: -1,
      idleSeconds: 2,
    });

    // Each stop: the state says touring at that step, the camera arrives there and the caption card shows.
    await expect
      .poll(() => tourAt(page, 'heritage-core'), { timeout: 30_000, interval: 100 })
      .toMatchObject({ touring: true, step: 0, arrived: true, caption: '老街Old street触摸探索 / Touch to explore' });
    expect(await page.evaluate(() => window.cim.language())).toBe('zh-CN');
    expect(await page.locator('.tool-body[data-tool-id="measure"]').isHidden()).toBe(true);
    await page.screenshot({ path: '/tmp/kiosk-tour.png' });
    // The second stop has no caption: its viewpoint's title stands in.
    await expect
      .poll(() => tourAt(page, 'unit-ru03'), { timeout: 30_000, interval: 100 })
      .toMatchObject({
        touring: true,
        step: 1,
        arrived: true,
        caption: '纺织厂老厂区Old textile mill触摸探索 / Touch to explore',
      });
    await expect
      .poll(() => tourAt(page, 'heritage-core'), { timeout: 30_000, interval: 100 })
      .toMatchObject({ step: 0, arrived: true });

    await page.evaluate(() =>
      addEventListener(
        'touchstart',
        () => {
          const card = document.querySelector<HTMLElement>('.kiosk-card')!;
          (window as unknown as { afterTouch: unknown }).afterTouch = {
            ...window.cim.kioskState(),
            caption: card.hidden ? null : card.textContent,
          };
        },
        { once: true },
      ),
    );
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: 640, y: 600 }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    // Read in the page as the touch reaches the window (after the kiosk's capture listener): with software WebGL the
    // next round trip may come after the 2 s idle, when the tour has already begun again.
    const after = (await page.evaluate(() => (window as unknown as { afterTouch: unknown }).afterTouch)) as Awaited<
      ReturnType<typeof tourAt>
    >;
    expect(after).toMatchObject({ enabled: true, touring: false, step: -1, caption: null });
    expect(after.secondsSinceInput).toBeLessThan(0.5);
    // The idle clock runs again: the tour comes back.
    await expect
      .poll(() => tourAt(page, 'heritage-core'), { timeout: 30_000, interval: 100 })
      .toMatchObject({ touring: true });

    await page.evaluate(() => window.cim.kiosk({ enabled: false }));
    expect(await page.evaluate(() => window.cim.kioskState())).toMatchObject({ enabled: false, touring: false });
    expect(await page.evaluate(() => document.body.classList.contains('kiosk'))).toBe(false);
    expect(opened.pageErrors).toEqual([]);
    expect(opened.offsiteRequests).toEqual([]);
  });

  it('a tour stop shows its layers, thematic colours and scheme; the next stop and the idle reset restore the project', async () => {
    const opened = await app.openApp();
    const { page } = opened;
    const wrong = await page.evaluate(() => {
      try {
        window.cim.kiosk({ enabled: true, tour: [{ viewpointId: 'overview', dwellSeconds: 1, layers: ['nowhere'] }] });
        return 'no error';
      } catch (error) {
        return `${(error as Error).name}: ${(error as Error).message}`;
      }
    });
    expect(wrong).toMatch(/^TypeError: cim\.kiosk: settings\.tour\[0\]\.layers\[0\]: no layer "nowhere"/);

    const stage = () =>
      page.evaluate(() => ({
        step: window.cim.kioskState().step,
        visible: window.cim
          .layers()
          .filter((layer) => layer.visible)
          .map((layer) => layer.id)
          .sort(),
        unitsOpacity: window.cim.layers().find((layer) => layer.id === 'units')!.opacity,
        thematic: window.cim.thematic(),
        scheme: window.cim.shownScheme(),
        // The caption card's legend of the stop's colours (the renewal tab that has it is closed on the kiosk).
        legend: [...document.querySelectorAll<HTMLElement>('.kiosk-card:not([hidden]) .kiosk-legend li')].map(
          (item) => item.dataset.class,
        ),
      }));
    const projectLayers = (await stage()).visible;
    // A visitor hid the water and faded the units before walking away.
    await page.evaluate(() => {
      window.cim.setLayerVisible('water', false);
      window.cim.setLayerOpacity('units', 0.2);
    });
    await page.evaluate(() =>
      window.cim.kiosk({
        enabled: true,
        idleSeconds: 1,
        tour: [
          {
            viewpointId: 'overview',
            dwellSeconds: 3,
            layers: ['height-zones'],
            thematic: 'safetyGrade',
            scheme: 'scheme-b',
          },
          { viewpointId: 'unit-ru03', dwellSeconds: 3 },
        ],
      }),
    );
    await expect.poll(stage, { timeout: 60_000, interval: 100 }).toMatchObject({
      step: 0,
      unitsOpacity: 1,
      thematic: 'safetyGrade',
      scheme: 'scheme-b',
      legend: expect.arrayContaining([expect.stringMatching(/^[A-D]$/)]),
    });
    // Only grades some building has, each once, in the grade order.
    const grades = (await stage()).legend;
    expect(grades.every((grade) => /^([A-D]|unknown)$/.test(grade ?? ''))).toBe(true);
    expect(grades).toEqual([...new Set(grades)].sort());
    // The project's layers (the water again) and the stop's; showing scheme B may add its own layer.
    expect((await stage()).visible).toEqual(expect.arrayContaining([...projectLayers, 'height-zones']));
    await page.evaluate(() => window.cim.whenIdle());
    await page.screenshot({ path: '/tmp/kiosk-tour-stage.png' });
    // The next stop names nothing: the project's own stage.
    await expect
      .poll(stage, { timeout: 60_000, interval: 100 })
      .toEqual({ step: 1, visible: projectLayers, unitsOpacity: 1, thematic: 'none', scheme: 'existing', legend: [] });
    expect(opened.pageErrors).toEqual([]);
    expect(opened.offsiteRequests).toEqual([]);
  });

  it('?kiosk=1 turns the mode on, hides the file-drop hint, makes targets touch-sized and draws no frames when idle', async () => {
    const opened = await app.openApp('kiosk=1');
    const { page } = opened;
    expect(await page.evaluate(() => document.body.classList.contains('kiosk'))).toBe(true);
    expect(await page.evaluate(() => window.cim.kioskState())).toMatchObject({
      enabled: true,
      touring: false,
      idleSeconds: 90,
    });
    expect(await page.locator('.ifc-hint').count()).toBe(1);
    expect(await page.locator('.ifc-hint').isHidden()).toBe(true);
    expect(await page.locator('.tool-tab[data-tool-id="ifc"]').isHidden()).toBe(true);
    const smallest = await page.evaluate(() =>
      Math.min(
        ...[...document.querySelectorAll<HTMLElement>('button, label:has(> input[type="checkbox"])')]
          .filter((button) => button.offsetParent !== null)
          .map((button) => Math.min(button.getBoundingClientRect().width, button.getBoundingClientRect().height)),
      ),
    );
    expect(smallest).toBeGreaterThanOrEqual(48);
    await page.screenshot({ path: '/tmp/kiosk-layout.png' });

    // Idle means idle: with the view settled, the tiles loaded and no tour flying, the scene draws (almost) nothing.
    await page.evaluate(() => window.cim.kiosk({ enabled: true, idleSeconds: 3600 }));
    const frames = await page.evaluate(async () => {
      await window.cim.whenIdle(60_000);
      await new Promise((resolve) => setTimeout(resolve, 2000));
      const { scene } = window.cim.viewer;
      let drawn = 0;
      const remove = scene.postRender.addEventListener(() => drawn++);
      await new Promise((resolve) => setTimeout(resolve, 3000));
      remove();
      return drawn;
    });
    expect(frames).toBeLessThanOrEqual(1);
    expect(opened.pageErrors).toEqual([]);
    expect(opened.offsiteRequests).toEqual([]);
  });
});
