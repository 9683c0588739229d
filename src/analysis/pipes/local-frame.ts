// Lon/lat ↔ local metres on a plane tangent at a district's centre. Over a few kilometres the scale error is below
// 1e-4, a millimetre at clearance distances, which keeps every check in plain 2D arithmetic.
import type { LonLat } from '../building-record.ts';

export type Xy = [number, number];

const A = 6378137;
const E2 = 0.00669437999014;
const RAD = Math.PI / 180;

export interface LocalFrame {
  toXy(position: LonLat): Xy;
  toLonLat(xy: Xy): LonLat;
}

export function localFrame(origin: LonLat): LocalFrame {
  const phi = origin[1] * RAD;
  const w = 1 - E2 * Math.sin(phi) ** 2;
  const primeVertical = A / Math.sqrt(w);
  const meridian = (A * (1 - E2)) / w ** 1.5;
  const metresPerDegLon = primeVertical * Math.cos(phi) * RAD;
  const metresPerDegLat = meridian * RAD;
  return {
    toXy: ([lon, lat]) => [(lon - origin[0]) * metresPerDegLon, (lat - origin[1]) * metresPerDegLat],
    toLonLat: ([x, y]) => [origin[0] + x / metresPerDegLon, origin[1] + y / metresPerDegLat],
  };
}

/** A frame centred on the middle of the bounding box of these positions. */
export function frameAround(positions: Iterable<LonLat>): LocalFrame {
  let [minLon, minLat, maxLon, maxLat] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [lon, lat] of positions) {
    minLon = Math.min(minLon, lon); maxLon = Math.max(maxLon, lon);
    minLat = Math.min(minLat, lat); maxLat = Math.max(maxLat, lat);
  }
  return localFrame(minLon <= maxLon ? [(minLon + maxLon) / 2, (minLat + maxLat) / 2] : [0, 0]);
}
