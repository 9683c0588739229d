// Shadow animation: setting a true solar time puts the viewer's clock at the instant the same rule gives in Node
// (大寒 of this year at the project's home longitude), shadows are on while it runs and as they were after null,
// and the panel's slider and reading show the time in true solar and Beijing time in both languages.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { beijingClock, instantAtTrueSolar, shadowWindow } from '../../src/analysis/sunlight/shadow-window.ts';
import { REPO_ROOT } from './harness/app-harness.ts';
import { useAppHarness } from './harness/use-app-harness.ts';

const app = useAppHarness();
const home = (
  JSON.parse(readFileSync(`${REPO_ROOT}/assets/sample/project.json`, 'utf8')) as { home: { lon: number; lat: number } }
).home;

describe('shadow animation', () => {
  it('moves the clock through the rule window with shadows, and restores the viewer', async () => {
    const opened = await app.openApp();
    const { page } = opened;
    const clockMs = () =>
      page.evaluate(() => {
        const time = window.cim.viewer.clock.currentTime;
        return (time.constructor as unknown as { toDate(t: unknown): Date }).toDate(time).getTime();
      });
    const viewerState = () =>
      page.evaluate(() => ({
        shadows: window.cim.viewer.shadows,
        lighting: window.cim.viewer.scene.globe.enableLighting,
      }));
    const before = { ms: await clockMs(), ...(await viewerState()) };
    expect(before.shadows).toBe(false);

    const window2026 = shadowWindow(home.lon, home.lat, '大寒', new Date().getFullYear(), '大寒');
    const expectedMs = instantAtTrueSolar(window2026, 10.5);
    const reading = await page.evaluate(() => window.cim.shadowAnimation({ time: '10:30', date: '大寒' }));
    expect(reading).toEqual({
      date: window2026.date,
      trueSolarTime: '10:30',
      beijingTime: beijingClock(expectedMs),
      playing: false,
    });
    expect(Math.abs((await clockMs()) - expectedMs)).toBeLessThan(1000);
    expect(await viewerState()).toEqual({ shadows: true, lighting: true });

    // Wrong arguments.
    for (const bad of [{ time: '07:00' }, { time: 'noon' }, { date: 'spring' }, { play: 'yes' }, 5]) {
      const message = await page.evaluate((arg) => {
        try {
          window.cim.shadowAnimation(arg as never);
          return 'no error';
        } catch (error) {
          return `${(error as Error).name}: ${(error as Error).message}`;
        }
      }, bad);
      expect(message).toMatch(/^TypeError: cim\.shadowAnimation: /);
    }

    // The panel, in both languages.
    await page.click('.tool-tab[data-tool-id="sunlight"]');
    const slider = page.locator('input.shadow-slider');
    expect(await slider.getAttribute('min')).toBe('480');
    expect(await slider.getAttribute('max')).toBe('960');
    expect(await slider.inputValue()).toBe('630');
    const readingText = page.locator('.shadow-reading');
    await expect
      .poll(() => readingText.textContent())
      .toBe(`${window2026.date}　真太阳时 10:30　北京时间 ${beijingClock(expectedMs)}`);
    await slider.fill('840'); // 14:00, pauses and sets the time
    const at14 = instantAtTrueSolar(window2026, 14);
    await expect.poll(() => readingText.textContent()).toContain(`真太阳时 14:00　北京时间 ${beijingClock(at14)}`);
    expect(Math.abs((await clockMs()) - at14)).toBeLessThan(1000);
    await page.evaluate(() => window.cim.setLanguage('en'));
    await expect
      .poll(() => readingText.textContent())
      .toBe(`${window2026.date}  true solar time 14:00  Beijing time ${beijingClock(at14)}`);
    expect(await page.locator('[data-action="shadow-play"]').textContent()).toBe('Shadow animation');
    await page.evaluate(async () => {
      await window.cim.flyHome({ durationSeconds: 0 });
      await window.cim.whenIdle(60_000);
    });
    await page.screenshot({ path: '/tmp/shadow-animation.png' });

    // Playing advances the clock; the button pauses.
    await page.click('[data-action="shadow-play"]');
    expect(await page.locator('[data-action="shadow-play"]').textContent()).toBe('Pause');
    await expect.poll(clockMs, { timeout: 10_000 }).toBeGreaterThan(at14);
    await page.click('[data-action="shadow-play"]');
    expect(await page.evaluate(() => window.cim.shadowAnimation({})?.playing)).toBe(false);

    // null stops and restores the viewer's clock, lighting and shadows.
    expect(await page.evaluate(() => window.cim.shadowAnimation(null))).toBeNull();
    expect(await viewerState()).toEqual({ shadows: before.shadows, lighting: before.lighting });
    expect(await clockMs()).toBe(before.ms);
    expect(await slider.isHidden()).toBe(true);
    expect(opened.pageErrors).toEqual([]);
    expect(opened.offsiteRequests).toEqual([]);
  });
});
