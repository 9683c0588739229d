// The sample district's generator knows which unit each building is in (renewalUnitId) and each unit's area: the
// assignment and the areas must agree with it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { LonLat } from '../../../src/analysis/building-record.ts';
import { readRenewalUnits } from '../../../src/analysis/units/renewal-unit.ts';
import { assignBuildingsToUnits } from '../../../src/analysis/units/unit-assignment.ts';
import { unitIndicators } from '../../../src/analysis/units/unit-indicators.ts';
import { buildingsFrom } from '../../../tools/bench/townscape/townscape-case.ts';

interface Feature {
  geometry: { type: string; coordinates: LonLat[][] };
  properties: Record<string, unknown>;
}
const read = (file: string) =>
  (
    JSON.parse(readFileSync(new URL(`../../../assets/sample/${file}`, import.meta.url), 'utf8')) as {
      features: Feature[];
    }
  ).features;

describe('sample district units', () => {
  const unitFeatures = read('renewal-units.geojson');
  const { units, problems } = readRenewalUnits(unitFeatures.map((f, i) => ({ id: i, ...f })));
  const buildings = buildingsFrom(read('buildings.geojson'), 'city');

  it('reads every unit without a problem', () => {
    expect(problems).toEqual([]);
    expect(units.length).toBe(unitFeatures.length);
  });

  it('puts every building in the unit the generator placed it in', () => {
    const assignment = assignBuildingsToUnits(units, buildings);
    const mismatches = buildings.filter(
      (b, i) => (assignment[i]! >= 0 ? units[assignment[i]!]!.id : '') !== (b.attributes.renewalUnitId || ''),
    );
    expect(mismatches.map((b) => b.featureId)).toEqual([]);
  });

  it('measures each unit within 0.5 % of the area the generator laid out', () => {
    for (const [i, unit] of units.entries()) {
      const expected = Number(unitFeatures[i]!.properties.areaSquareMeters);
      const { areaM2 } = unitIndicators(unit, [], {
        floors: 'floors',
        yearBuilt: 'yearBuilt',
        safetyGrade: 'safetyGrade',
      });
      expect(Math.abs(areaM2 - expected) / expected, unit.id).toBeLessThan(0.005);
    }
  });
});
