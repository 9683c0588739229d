import { describe, expect, it } from 'vitest';
import {
  beijingClock,
  clockText,
  instantAtTrueSolar,
  parseClock,
  shadowWindow,
  trueSolarAt,
} from '../../../src/analysis/sunlight/shadow-window.ts';
import { solarTermDate } from '../../../src/analysis/sunlight/standard-day.ts';
import { trueSolarInstant } from '../../../src/analysis/sunlight/true-solar-time.ts';

const BEIJING = [116.4, 39.9] as const;
const MINUTE_MS = 60_000;

describe('shadow animation window', () => {
  it('is the rule window of the standard day in UTC, from the same true-solar conversion as the count', () => {
    const window = shadowWindow(BEIJING[0], BEIJING[1], '大寒', 2026, '冬至');
    expect(window).toMatchObject({
      date: solarTermDate('大寒', 2026).civilDate,
      day: '大寒',
      startHours: 8,
      endHours: 16,
    });
    expect(window.startUtcMs).toBe(trueSolarInstant(BEIJING[0], BEIJING[1], window.date, 8).getTime());
    expect(window.endUtcMs).toBe(trueSolarInstant(BEIJING[0], BEIJING[1], window.date, 16).getTime());
    // 北京 大寒 08:00 true solar ≈ 08:25 Beijing time (published example).
    expect(Math.abs(window.startUtcMs - Date.parse(`${window.date}T08:25:00+08:00`))).toBeLessThan(2 * MINUTE_MS);
    expect(beijingClock(window.startUtcMs)).toMatch(/^08:2[4-6]$/);
  });

  it('uses 冬至 09:00–15:00 and a calendar date with the rule day window', () => {
    const winter = shadowWindow(114.0, 33.0, '冬至', 2026, '大寒');
    expect(winter).toMatchObject({ date: '2026-12-22', day: '冬至', startHours: 9, endHours: 15 });
    const dated = shadowWindow(114.0, 33.0, '2026-03-01', 2026, '大寒');
    expect(dated).toMatchObject({ date: '2026-03-01', day: '大寒', startHours: 8, endHours: 16 });
    expect(() => shadowWindow(114, 33, '2026-02-30', 2026, '大寒')).toThrow(TypeError);
    expect(() => shadowWindow(114, 33, 'spring', 2026, '大寒')).toThrow(/no date 'spring'/);
  });

  it('maps a true solar time to its instant and back', () => {
    const window = shadowWindow(114.0, 33.0, '大寒', 2026, '大寒');
    const noon = instantAtTrueSolar(window, 12);
    expect(noon).toBeGreaterThan(window.startUtcMs);
    expect(noon).toBeLessThan(window.endUtcMs);
    expect(trueSolarAt(window, noon)).toBeCloseTo(12, 4);
    expect(clockText(trueSolarAt(window, instantAtTrueSolar(window, 10.5)))).toBe('10:30');
  });

  it('reads and writes HH:MM', () => {
    expect(parseClock('08:30')).toBe(8.5);
    expect(parseClock('9:05')).toBeCloseTo(9 + 5 / 60, 12);
    expect(parseClock('8:60')).toBeNaN();
    expect(parseClock('noon')).toBeNaN();
    expect(clockText(15.999)).toBe('16:00');
  });
});
