import { describe, expect, it } from 'vitest';
import { rgbCss, sunlightHeatRgb } from '../../../src/analysis/sunlight/heat-scale.ts';

describe('the facade heat scale', () => {
  it('runs dark red to orange below the rule and yellow to green from it, breaking where the verdict does', () => {
    expect(rgbCss(sunlightHeatRgb(0, 2, 8))).toBe('#a50026');
    expect(rgbCss(sunlightHeatRgb(2, 2, 8))).toBe('#ffec8b');
    expect(rgbCss(sunlightHeatRgb(8, 2, 8))).toBe('#1a9850');
    const justShort = sunlightHeatRgb(2 - 1 / 60, 2, 8);
    expect(justShort[0]).toBeGreaterThan(justShort[1]); // still an orange, not a yellow
    // 1 h 59.7 min is 2 h in whole minutes: the verdict passes it, so does the colour.
    expect(sunlightHeatRgb(2 - 0.005, 2, 8)).toEqual(sunlightHeatRgb(2, 2, 8));
  });

  it('grows greener with every hour above the rule and clamps outside the window', () => {
    const green = (hours: number) => sunlightHeatRgb(hours, 2, 8)[1] - sunlightHeatRgb(hours, 2, 8)[0];
    expect(green(5)).toBeGreaterThan(green(3));
    expect(sunlightHeatRgb(12, 2, 8)).toEqual(sunlightHeatRgb(8, 2, 8));
    expect(sunlightHeatRgb(-1, 2, 8)).toEqual(sunlightHeatRgb(0, 2, 8));
    expect(sunlightHeatRgb(0, 0, 6)).toEqual([255, 236, 139]); // a rule of 0 h: everything meets it
  });
});
