// Which height of a building a zone limits. GB 50352-2019 §4.5.2: in historic districts, airport clearance areas and
// other protected control zones the height runs to the highest point; elsewhere a sloped roof counts at the mean of
// eave and ridge. A record gives its eave in the `eaveHeightMeters` attribute when its roof is sloped; without it the
// roof is taken as flat (height = highest point), which never under-reports.
import type { BuildingRecord } from '../building-record.ts';

const MEAN_ROOF_BASES = new Set(['控规']);

export function eaveHeightMeters(building: BuildingRecord): number | null {
  const eave = building.attributes.eaveHeightMeters;
  return typeof eave === 'number' && Number.isFinite(eave) ? eave : null;
}

/** The height compared with a zone's limit, or null when the building has none. */
export function checkedHeightMeters(building: BuildingRecord, basis: string): number | null {
  const ridge = building.heightMeters;
  if (ridge === null || !Number.isFinite(ridge)) return null;
  const eave = eaveHeightMeters(building);
  if (eave === null || eave >= ridge || !MEAN_ROOF_BASES.has(basis)) return ridge;
  return (eave + ridge) / 2;
}
