// The one lon/lat ↔ local metres frame of the analyses: the east and north axes of the exact east-north-up frame on
// the WGS84/CGCS2000 ellipsoid at an origin (ellipsoid.ts), a position's height above the plane dropped. Horizontal
// distances keep their length to (d/R)²/2 — 1e-6 at 10 km — unlike an equirectangular shortcut, whose east scale is
// off by Δlat·tan(lat) (1e-4 per km north of the origin at 33°N). Back to lon/lat through the surface point.
import { ecefToGeodetic, LocalFrame, MEAN_EARTH_RADIUS_METERS } from './ellipsoid.ts';
import type { Vec2 } from './types.ts';

export interface LocalPlane {
  readonly originLon: number;
  readonly originLat: number;
  toLocal(lon: number, lat: number): Vec2;
  toLonLat(x: number, y: number): Vec2;
}

export function localPlane(originLon: number, originLat: number): LocalPlane {
  const frame = new LocalFrame(originLon, originLat, 0);
  const enu = new Float64Array(3);
  return {
    originLon,
    originLat,
    toLocal(lon, lat) {
      frame.toLocal(lon, lat, 0, enu);
      return [enu[0]!, enu[1]!];
    },
    toLonLat(x, y) {
      // The ground curves away below the tangent plane by about d²/2R; one step down the residual height lands on it.
      const up = -(x * x + y * y) / (2 * MEAN_EARTH_RADIUS_METERS);
      const [, , residualMeters] = ecefToGeodetic(...frame.toEcef(x, y, up));
      const [lon, lat] = ecefToGeodetic(...frame.toEcef(x, y, up - residualMeters));
      return [lon!, lat!];
    },
  };
}

/** The middle of the bounding box of lon/lat positions ([0, 0] for none): a stable origin for a plane. */
export function lonLatCentre(positions: Iterable<readonly number[]>): Vec2 {
  let minLon = Infinity,
    minLat = Infinity,
    maxLon = -Infinity,
    maxLat = -Infinity;
  for (const [lon, lat] of positions) {
    if (lon! < minLon) minLon = lon!;
    if (lon! > maxLon) maxLon = lon!;
    if (lat! < minLat) minLat = lat!;
    if (lat! > maxLat) maxLat = lat!;
  }
  return minLon <= maxLon ? [(minLon + maxLon) / 2, (minLat + maxLat) / 2] : [0, 0];
}

/** A plane centred on the bounding box of these positions. */
export function planeAround(positions: Iterable<readonly number[]>): LocalPlane {
  return localPlane(...lonLatCentre(positions));
}
