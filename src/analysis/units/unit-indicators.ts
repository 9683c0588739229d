// A renewal unit's planning indicators from the buildings assigned to it, compared with the unit's controls.
// FAR (容积率) = gross floor area / unit area; coverage (建筑密度) = building plan area / unit area.
import type { BuildingRecord } from '../building-record.ts';
import { polygonAreaM2 } from '../geo-area.ts';
import type { RenewalUnit, UnitControls } from './renewal-unit.ts';
import { safetyGradeOf, type SafetyGrade } from './safety-grade.ts';
import { yearOf } from './thematic.ts';

export interface UnitIndicators {
  unitId: string;
  areaM2: number;
  buildingCount: number;
  gfaM2: number;
  far: number;
  coverage: number;
  /** Null for a unit without buildings. */
  maxHeightMeters: number | null;
  grades: Record<SafetyGrade, number>;
  builtBefore2000: number;
  controls: UnitControls;
  /** Control keys the indicators break: farMax, coverageMax, heightLimitMeters. */
  exceeded: string[];
}

/** Where the indicator inputs are in the buildings' attributes (the project's attribute mapping). */
export interface IndicatorAttributes {
  floors: string;
  yearBuilt: string;
  safetyGrade: string;
}

/** Typical storey height, for buildings whose floor count is missing (GFA is then estimated from the height). */
export const STOREY_HEIGHT_METERS = 3;

export function unitIndicators(
  unit: RenewalUnit,
  buildings: readonly BuildingRecord[],
  names: IndicatorAttributes,
): UnitIndicators {
  const areaM2 = unit.parts.reduce((sum, rings) => sum + polygonAreaM2(rings), 0);
  const grades: Record<SafetyGrade, number> = { A: 0, B: 0, C: 0, D: 0, unknown: 0 };
  let gfaM2 = 0;
  let planAreaM2 = 0;
  let maxHeightMeters: number | null = null;
  let builtBefore2000 = 0;
  for (const building of buildings) {
    const plan = building.footprintAreaM2 ?? polygonAreaM2([building.footprint]);
    planAreaM2 += plan;
    gfaM2 += plan * floorsOf(building, names.floors);
    if (building.heightMeters !== null) maxHeightMeters = Math.max(maxHeightMeters ?? 0, building.heightMeters);
    grades[safetyGradeOf(building.attributes[names.safetyGrade])]++;
    const year = yearOf(building.attributes[names.yearBuilt]);
    if (year !== null && year < 2000) builtBefore2000++;
  }
  const far = areaM2 > 0 ? gfaM2 / areaM2 : 0;
  const coverage = areaM2 > 0 ? planAreaM2 / areaM2 : 0;
  const { controls } = unit;
  const exceeded: string[] = [];
  if (controls.farMax !== undefined && far > controls.farMax) exceeded.push('farMax');
  if (controls.coverageMax !== undefined && coverage > controls.coverageMax) exceeded.push('coverageMax');
  if (controls.heightLimitMeters !== undefined && (maxHeightMeters ?? 0) > controls.heightLimitMeters)
    exceeded.push('heightLimitMeters');
  return {
    unitId: unit.id,
    areaM2,
    buildingCount: buildings.length,
    gfaM2,
    far,
    coverage,
    maxHeightMeters,
    grades,
    builtBefore2000,
    controls,
    exceeded,
  };
}

/** The mapped floor count, else the height divided by a typical storey, at least one floor. */
export function floorsOf(building: BuildingRecord, floorsName: string): number {
  const floors = Number(building.attributes[floorsName]);
  if (building.attributes[floorsName] !== null && Number.isFinite(floors) && floors >= 1) return floors;
  return Math.max(1, Math.round((building.heightMeters ?? STOREY_HEIGHT_METERS) / STOREY_HEIGHT_METERS));
}
