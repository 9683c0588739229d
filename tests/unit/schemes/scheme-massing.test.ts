// 体块比对: a scheme's unit indicators against the existing ones, computed on the city with the scheme in place.
import { describe, expect, it } from 'vitest';
import { schemeMassing } from '../../../src/analysis/units/scheme-massing.ts';
import { building, NAMES, rect, unit } from '../analysis/units-fixtures.ts';

describe('scheme massing', () => {
  const units = [
    unit('U1', [rect(0, 0, 100, 100)], { farMax: 1.5, heightLimitMeters: 24 }),
    unit('U2', [rect(200, 0, 300, 100)]),
  ];
  // Two 10×10 m two-storey houses in U1, one in U2; the scheme puts a 20×20 m, 10-storey, 30 m block over the first.
  const existing = [
    building('OLD-1', rect(10, 10, 20, 20), { floors: 2 }),
    building('OLD-2', rect(60, 60, 70, 70), { floors: 2 }),
    building('OLD-3', rect(210, 10, 220, 20), { floors: 2 }),
  ];
  const scheme = [{ ...building('NEW-1', rect(5, 5, 25, 25), { floors: 10 }, 30), layerId: 'scheme' }];

  it('compares only the units the scheme builds in, before and after it replaces what stands on its site', () => {
    const rows = schemeMassing(units, existing, scheme, NAMES);
    expect(rows.map((row) => row.unitId)).toEqual(['U1']);
    const [{ existing: before, scheme: after }] = rows as [(typeof rows)[0]];
    expect([before.buildingCount, after.buildingCount]).toEqual([2, 2]); // OLD-1 replaced by NEW-1, OLD-2 kept
    expect(before.gfaM2).toBeCloseTo(400, 1);
    expect(after.gfaM2).toBeCloseTo(400 * 10 + 200, 0);
    expect(after.far).toBeCloseTo(4200 / 10_000, 3);
    expect(after.coverage).toBeCloseTo(500 / 10_000, 4);
    expect([before.maxHeightMeters, after.maxHeightMeters]).toEqual([9, 30]);
    expect(after.exceeded).toEqual(['heightLimitMeters']);
  });

  it('has no rows for a scheme outside every unit', () => {
    expect(
      schemeMassing(units, existing, [{ ...building('FAR', rect(500, 500, 510, 510)), layerId: 'scheme' }], NAMES),
    ).toEqual([]);
  });
});
