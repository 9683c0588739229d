// Which buildings are homes for the health check, and what each weighs: residential use (the mapped `use`
// attribute), weighted by gross floor area (plan area × floors, as the unit indicators count it).
import type { BuildingRecord } from '../building-record.ts';
import { polygonAreaM2 } from '../geo-area.ts';
import { safetyGradeOf } from '../units/safety-grade.ts';
import { yearOf } from '../units/thematic.ts';
import { floorsOf, type IndicatorAttributes } from '../units/unit-indicators.ts';
import type { HomeInput } from './health-scene.ts';

export function homesOf(
  buildings: readonly BuildingRecord[],
  names: IndicatorAttributes & { use: string },
  residentialUses: readonly string[],
  /** The building's renewal unit id, or null. */
  unitOf: (building: BuildingRecord, index: number) => string | null,
): HomeInput[] {
  return buildings.flatMap((building, index) => {
    const use = building.attributes[names.use];
    if (typeof use !== 'string' || !residentialUses.includes(use)) return [];
    const plan = building.footprintAreaM2 ?? polygonAreaM2([building.footprint]);
    return [
      {
        layerId: building.layerId,
        featureId: building.featureId,
        footprint: building.footprint,
        floorAreaM2: plan * floorsOf(building, names.floors),
        unitId: unitOf(building, index),
        safetyGrade: safetyGradeOf(building.attributes[names.safetyGrade]),
        yearBuilt: yearOf(building.attributes[names.yearBuilt]),
      },
    ];
  });
}
