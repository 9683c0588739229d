// Unit indicators as CSV for Excel (one row per unit, the header in the user's language).
import { csvText } from '../../shared/csv.ts';
import type { RenewalUnit } from './renewal-unit.ts';
import type { UnitIndicators } from './unit-indicators.ts';

export type CsvHeader = Record<
  | 'id'
  | 'name'
  | 'category'
  | 'mode'
  | 'phase'
  | 'areaM2'
  | 'buildingCount'
  | 'gfaM2'
  | 'far'
  | 'farMax'
  | 'coverage'
  | 'coverageMax'
  | 'maxHeightMeters'
  | 'heightLimitMeters'
  | 'gradeA'
  | 'gradeB'
  | 'gradeC'
  | 'gradeD'
  | 'gradeUnknown'
  | 'builtBefore2000'
  | 'exceeded',
  string
>;

export function indicatorsCsv(
  rows: readonly { unit: RenewalUnit; indicators: UnitIndicators }[],
  header: CsvHeader,
): string {
  const keys = Object.keys(header) as (keyof CsvHeader)[];
  const lines = [keys.map((key) => header[key])];
  for (const { unit, indicators: i } of rows) {
    const value: Record<keyof CsvHeader, string | number | null | undefined> = {
      id: unit.id,
      name: unit.name,
      category: unit.category,
      mode: unit.mode,
      phase: unit.phase,
      areaM2: round(i.areaM2, 1),
      buildingCount: i.buildingCount,
      gfaM2: round(i.gfaM2, 1),
      far: round(i.far, 3),
      farMax: i.controls.farMax,
      coverage: round(i.coverage, 4),
      coverageMax: i.controls.coverageMax,
      maxHeightMeters: i.maxHeightMeters === null ? null : round(i.maxHeightMeters, 1),
      heightLimitMeters: i.controls.heightLimitMeters,
      gradeA: i.grades.A,
      gradeB: i.grades.B,
      gradeC: i.grades.C,
      gradeD: i.grades.D,
      gradeUnknown: i.grades.unknown,
      builtBefore2000: i.builtBefore2000,
      exceeded: i.exceeded.join(' '),
    };
    lines.push(keys.map((key) => (value[key] === null || value[key] === undefined ? '' : String(value[key]))));
  }
  return csvText(lines);
}

const round = (value: number, digits: number) => Number(value.toFixed(digits));
