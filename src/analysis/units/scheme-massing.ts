// 体块比对 (massing comparison): a scheme against the existing city in each renewal unit it builds in — the unit's
// indicators over the existing buildings, and over the city with the scheme in place of what it replaces (the
// analyses' one rule, withProposal). Deltas and controls are read off the two.
import type { BuildingRecord } from '../building-record.ts';
import { withProposal } from '../townscape/proposal-scene.ts';
import { assignBuildingsToUnits } from './unit-assignment.ts';
import { unitIndicators, type IndicatorAttributes, type UnitIndicators } from './unit-indicators.ts';
import type { RenewalUnit } from './renewal-unit.ts';

export interface UnitMassing {
  unitId: string;
  unitName: string;
  existing: UnitIndicators;
  scheme: UnitIndicators;
}

/** One row per unit holding at least one of the scheme's buildings, in the units' order. */
export function schemeMassing(
  units: readonly RenewalUnit[],
  existing: readonly BuildingRecord[],
  scheme: readonly BuildingRecord[],
  names: IndicatorAttributes,
): UnitMassing[] {
  const members = (buildings: readonly BuildingRecord[]) => {
    const byUnit = units.map(() => [] as BuildingRecord[]);
    assignBuildingsToUnits(units, buildings).forEach((unit, b) => {
      if (unit >= 0) byUnit[unit]!.push(buildings[b]!);
    });
    return byUnit;
  };
  const before = members(existing);
  const after = members(withProposal(existing, scheme));
  const schemeLayers = new Set(scheme.map((building) => building.layerId));
  return units.flatMap((unit, u) =>
    after[u]!.some((building) => schemeLayers.has(building.layerId))
      ? [
          {
            unitId: unit.id,
            unitName: unit.name,
            existing: unitIndicators(unit, before[u]!, names),
            scheme: unitIndicators(unit, after[u]!, names),
          },
        ]
      : [],
  );
}
