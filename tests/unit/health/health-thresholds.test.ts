import { describe, expect, it } from 'vitest';
import {
  categoriesOfCircle,
  circleWalkingMeters,
  FACILITY_CATEGORIES,
  facilityCategoryOf,
  LIFE_CIRCLES,
  PARK_SERVICE_RULES,
} from '../../../src/analysis/health/health-thresholds.ts';

describe('health-check thresholds', () => {
  it('holds the park radii of the indicator and the circles of GB 50180-2018, each cited', () => {
    expect(PARK_SERVICE_RULES.map((r) => [r.minAreaM2, r.radiusMeters])).toEqual([
      [2000, 300],
      [5000, 500],
    ]);
    expect([5, 10, 15].map((m) => LIFE_CIRCLES[m as 5].walkingMeters)).toEqual([300, 500, 1000]);
    for (const row of [...PARK_SERVICE_RULES, ...Object.values(LIFE_CIRCLES), ...FACILITY_CATEGORIES])
      expect(row.clause).not.toBe('');
  });

  it('needs the smaller tiers too in a larger circle', () => {
    const five = categoriesOfCircle(5).map((c) => c.id);
    const fifteen = categoriesOfCircle(15).map((c) => c.id);
    expect(five).toContain('kindergarten');
    expect(five).not.toContain('primary-school');
    expect(fifteen).toEqual(FACILITY_CATEGORIES.map((c) => c.id));
  });

  it('uses the standard distance unless a walking speed is given', () => {
    expect(circleWalkingMeters(10)).toBe(500);
    expect(circleWalkingMeters(5, 1.2)).toBeCloseTo(360);
  });

  it('reads a category by its keyword or its Chinese name, nothing else', () => {
    expect(facilityCategoryOf(' kindergarten ')?.id).toBe('kindergarten');
    expect(facilityCategoryOf('幼儿园')?.id).toBe('kindergarten');
    expect(facilityCategoryOf('school')).toBeUndefined();
    expect(facilityCategoryOf(3)).toBeUndefined();
  });
});
