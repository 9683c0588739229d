// Heritage buildings at risk (风貌特色): listed buildings (文物保护单位, 历史建筑 in the `heritage` attribute) in a
// dangerous condition (safety grade C or D), and, with a scheme in place, listed buildings the scheme removes (in the
// city as it stands, not in the scheme's).
import type { BuildingRecord } from '../building-record.ts';
import { safetyGradeOf } from '../units/safety-grade.ts';

/** The `heritage` values of listed buildings. */
export const LISTED_HERITAGE: readonly string[] = ['文物保护单位', '历史建筑'];

export interface HeritageAtRisk {
  layerId: string;
  featureId: string;
  reason: 'dangerous' | 'removed';
}

export function heritageAtRisk(
  buildings: readonly BuildingRecord[],
  existing: readonly BuildingRecord[],
  names: { heritage: string; safetyGrade: string },
): HeritageAtRisk[] {
  const listed = (b: BuildingRecord) => LISTED_HERITAGE.includes(String(b.attributes[names.heritage] ?? ''));
  const kept = new Set(buildings.map((b) => `${b.layerId}\u0000${b.featureId}`));
  const dangerous = buildings.filter((b) => {
    const grade = safetyGradeOf(b.attributes[names.safetyGrade]);
    return listed(b) && (grade === 'C' || grade === 'D');
  });
  const removed = existing.filter((b) => listed(b) && !kept.has(`${b.layerId}\u0000${b.featureId}`));
  return [
    ...dangerous.map((b) => ({ layerId: b.layerId, featureId: b.featureId, reason: 'dangerous' as const })),
    ...removed.map((b) => ({ layerId: b.layerId, featureId: b.featureId, reason: 'removed' as const })),
  ];
}
