// Hand-made units and buildings in metres around a point of the sample district, converted to lon/lat.
import type { BuildingRecord, LonLat } from '../../../src/analysis/building-record.ts';
import type { RenewalUnit } from '../../../src/analysis/units/renewal-unit.ts';
import { metersPerDegree } from '../../../src/geometry/ellipsoid.ts';

export const ORIGIN: LonLat = [114.02, 32.98];
const scale = metersPerDegree(ORIGIN[1]);

export const at = (x: number, y: number): LonLat => [ORIGIN[0] + x / scale.east, ORIGIN[1] + y / scale.north];

/** Closed counter-clockwise rectangle ring, metres. */
export const rect = (x0: number, y0: number, x1: number, y1: number): LonLat[] => [
  at(x0, y0),
  at(x1, y0),
  at(x1, y1),
  at(x0, y1),
  at(x0, y0),
];

export function unit(id: string, rings: LonLat[][], controls: RenewalUnit['controls'] = {}): RenewalUnit {
  return {
    id,
    name: id,
    category: '居住类',
    mode: '整治提升',
    phase: '2025–2027',
    controls,
    polygon: rings,
    parts: [rings],
  };
}

export function building(
  id: string,
  ring: LonLat[],
  attributes: Record<string, unknown> = {},
  heightMeters: number | null = 9,
): BuildingRecord {
  return {
    layerId: 'city',
    featureId: id,
    footprint: ring.slice(0, -1),
    baseHeightMeters: 0,
    heightMeters,
    attributes: { id, ...attributes },
  };
}

export const NAMES = { floors: 'floors', yearBuilt: 'yearBuilt', safetyGrade: 'safetyGrade' };
