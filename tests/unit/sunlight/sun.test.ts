import { Body, Equator, Observer } from 'astronomy-engine';
import { describe, expect, it } from 'vitest';
import { beijingIso, solarTermDate } from '../../../src/analysis/sunlight/standard-day.ts';
import { sunSteps } from '../../../src/analysis/sunlight/sun-steps.ts';
import { trueSolarHours, trueSolarInstant } from '../../../src/analysis/sunlight/true-solar-time.ts';

const BEIJING: [number, number] = [116.4, 39.9];
const minutes = (ms: number) => ms / 60_000;

describe('standard days', () => {
  it('dates 大寒 and 冬至 as the Chinese calendar does (Beijing time), within minutes of the published instants', () => {
    // Published solar terms (Purple Mountain Observatory calendars): 2025 大寒 01-20 04:00, 2026 大寒 01-20 09:45,
    // 2024 冬至 12-21 17:21, 2025 冬至 12-21 23:03 (Beijing time).
    const cases: [Parameters<typeof solarTermDate>, string][] = [
      [['大寒', 2025], '2025-01-20T04:00'],
      [['大寒', 2026], '2026-01-20T09:45'],
      [['冬至', 2024], '2024-12-21T17:21'],
      [['冬至', 2025], '2025-12-21T23:03'],
    ];
    for (const [[day, year], published] of cases) {
      const { instant, civilDate } = solarTermDate(day, year);
      expect(civilDate).toBe(published.slice(0, 10));
      expect(Math.abs(minutes(instant.getTime() - Date.parse(`${published}:00+08:00`)))).toBeLessThan(1.5);
    }
  });

  it('puts the Sun at the obliquity below the equator at the December solstice, within 0.01°, 2000–2050', () => {
    for (let year = 2000; year <= 2050; year += 5) {
      const { instant } = solarTermDate('冬至', year);
      const t = (year - 2000) / 100; // Julian centuries, near enough for the obliquity's slow drift
      const obliquityDeg = 23.439291 - 0.0130042 * t;
      const { dec } = Equator(Body.Sun, instant, new Observer(0, 0, 0), true, true);
      expect(Math.abs(dec + obliquityDeg)).toBeLessThan(0.01);
    }
  });
});

describe('true solar time', () => {
  it('北京 大寒 08:00 true solar time is about 08:25 Beijing time (GB/T 50947 worked example)', () => {
    const { civilDate } = solarTermDate('大寒', 2025);
    const instant = trueSolarInstant(...BEIJING, civilDate, 8);
    const beijing = beijingIso(instant.getTime());
    expect(beijing.slice(0, 10)).toBe(civilDate);
    const clock = Number(beijing.slice(11, 13)) * 60 + Number(beijing.slice(14, 16));
    expect(Math.abs(clock - (8 * 60 + 25))).toBeLessThanOrEqual(1);
    expect(trueSolarHours(...BEIJING, instant)).toBeCloseTo(8, 6);
  });

  it('is 120°E clock time at 120°E but for the equation of time (−3 to −14 min in late January)', () => {
    const instant = trueSolarInstant(120, 30, '2026-01-20', 12);
    const offsetMinutes = minutes(instant.getTime() - Date.parse('2026-01-20T12:00:00+08:00'));
    expect(offsetMinutes).toBeGreaterThan(10);
    expect(offsetMinutes).toBeLessThan(12);
  });
});

describe('sun steps', () => {
  it('slices the 大寒 window into 480 one-minute steps with the Sun due south at true noon', () => {
    const steps = sunSteps({ lon: 114.02, lat: 32.98, civilDate: '2026-01-20', windowHours: [8, 16], stepMinutes: 1 });
    expect(steps).toHaveLength(480);
    expect(minutes(steps[479]!.endMs - steps[0]!.startMs)).toBeCloseTo(480, 0);
    const noon = steps[240]!;
    expect(noon.trueSolarHours).toBe(12);
    expect(Math.abs(noon.azimuthDeg - 180)).toBeLessThan(0.2); // the slice's middle is 30 s past noon
    // Noon altitude = 90° − latitude + declination (about −20.2° on 20 January).
    expect(noon.altitudeDeg).toBeGreaterThan(36.5);
    expect(noon.altitudeDeg).toBeLessThan(37.1);
    for (const step of steps) expect(Math.hypot(...step.direction)).toBeCloseTo(1, 12);
    expect(steps[0]!.altitudeDeg).toBeGreaterThan(0); // 08:00 true solar time is after sunrise in January at 33°N
  });
});
