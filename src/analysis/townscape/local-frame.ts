// Lon/lat ↔ local metres east/north of an origin (equirectangular on the mean Earth sphere). Over a city
// (≤ 20 km) the distortion stays below 0.1 %, well inside what footprints and zones are drawn to.

export const EARTH_RADIUS_METERS = 6_371_008.8;
const RAD = Math.PI / 180;

export type Vec2 = [number, number];

export interface LocalFrame {
  readonly originLon: number;
  readonly originLat: number;
  toLocal(lon: number, lat: number): Vec2;
  toLonLat(x: number, y: number): Vec2;
}

export function localFrame(originLon: number, originLat: number): LocalFrame {
  const metersPerDegLat = EARTH_RADIUS_METERS * RAD;
  const metersPerDegLon = metersPerDegLat * Math.cos(originLat * RAD);
  return {
    originLon,
    originLat,
    toLocal: (lon, lat) => [(lon - originLon) * metersPerDegLon, (lat - originLat) * metersPerDegLat],
    toLonLat: (x, y) => [originLon + x / metersPerDegLon, originLat + y / metersPerDegLat],
  };
}
