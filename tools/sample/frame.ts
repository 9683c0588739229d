// The sample's working plane: CGCS2000 / 3° Gauss–Krüger CM 114°E (EPSG:4547), shifted so the district centre is
// (0, 0). Working in a true projected CRS keeps the IFC georeferencing (IfcMapConversion to EPSG:4547) exact.
import { makeFromLonLat, makeToLonLat } from '../../src/data/crs.ts';
import type { Vec2 } from './geom.ts';

export const PROJECTED_CRS_CODE = 4547;
/** District centre: the old town of 驻马店 (Zhumadian), Henan. */
export const ORIGIN_LON_LAT = { lon: 114.02, lat: 32.98 } as const;

const toLonLat = makeToLonLat(PROJECTED_CRS_CODE);
const fromLonLat = makeFromLonLat(PROJECTED_CRS_CODE);
const [originEasting, originNorthing] = fromLonLat(ORIGIN_LON_LAT.lon, ORIGIN_LON_LAT.lat);

/** Eastings/northings (EPSG:4547) of the local origin, rounded to the millimetre so files stay stable. */
export const ORIGIN_GRID: Vec2 = [Math.round(originEasting * 1000) / 1000, Math.round(originNorthing * 1000) / 1000];

const LON_LAT_DECIMALS = 1e7; // ≈ 1 cm

export function localToGrid(point: Vec2): Vec2 {
  return [ORIGIN_GRID[0] + point[0], ORIGIN_GRID[1] + point[1]];
}

/** Local metres → [lon, lat] degrees rounded to 7 decimals (≈ 1 cm). */
export function localToLonLat(point: Vec2): Vec2 {
  const [lon, lat] = toLonLat(ORIGIN_GRID[0] + point[0], ORIGIN_GRID[1] + point[1]);
  return [Math.round(lon * LON_LAT_DECIMALS) / LON_LAT_DECIMALS, Math.round(lat * LON_LAT_DECIMALS) / LON_LAT_DECIMALS];
}

export function lonLatToLocal(lon: number, lat: number): Vec2 {
  const [easting, northing] = fromLonLat(lon, lat);
  return [easting - ORIGIN_GRID[0], northing - ORIGIN_GRID[1]];
}
