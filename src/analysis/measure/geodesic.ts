// The inverse geodesic problem on the WGS84/CGCS2000 ellipsoid (Vincenty 1975, "Direct and inverse solutions of
// geodesics on the ellipsoid", Survey Review 23(176)): the shortest path on the ellipsoid between two plumb lines,
// its length and its azimuth at the start. Vincenty's series are good to 0.1 mm at any length; the iteration only
// fails for nearly antipodal points (thousands of km beyond any city), which are refused.
import { A_METERS, FLATTENING } from '../../geometry/ellipsoid.ts';

const B_METERS = A_METERS * (1 - FLATTENING);
const DEG = Math.PI / 180;
const CONVERGED_RADIANS = 1e-13;
const MAX_ITERATIONS = 200;

export interface Geodesic {
  distanceMeters: number;
  /** Azimuth at the first point, degrees clockwise from true (geodetic) north, in [0, 360); 0 for coincident points. */
  azimuthDeg: number;
}

export function inverseGeodesic(lon1: number, lat1: number, lon2: number, lat2: number): Geodesic {
  let L = (lon2 - lon1) * DEG;
  L = Math.atan2(Math.sin(L), Math.cos(L)); // the shorter way round
  const tanU1 = (1 - FLATTENING) * Math.tan(lat1 * DEG);
  const tanU2 = (1 - FLATTENING) * Math.tan(lat2 * DEG);
  const cosU1 = 1 / Math.sqrt(1 + tanU1 * tanU1),
    sinU1 = tanU1 * cosU1;
  const cosU2 = 1 / Math.sqrt(1 + tanU2 * tanU2),
    sinU2 = tanU2 * cosU2;
  let lambda = L;
  let sinLambda = 0,
    cosLambda = 1,
    sinSigma = 0,
    cosSigma = 1,
    sigma = 0,
    cosSqAlpha = 1,
    cos2SigmaM = 0;
  for (let i = 0; ; i++) {
    if (i === MAX_ITERATIONS)
      throw new RangeError('geodesic: the points are nearly antipodal; the distance is undefined here');
    sinLambda = Math.sin(lambda);
    cosLambda = Math.cos(lambda);
    const a = cosU2 * sinLambda;
    const b = cosU1 * sinU2 - sinU1 * cosU2 * cosLambda;
    sinSigma = Math.sqrt(a * a + b * b);
    if (sinSigma === 0) return { distanceMeters: 0, azimuthDeg: 0 };
    cosSigma = sinU1 * sinU2 + cosU1 * cosU2 * cosLambda;
    sigma = Math.atan2(sinSigma, cosSigma);
    const sinAlpha = (cosU1 * cosU2 * sinLambda) / sinSigma;
    cosSqAlpha = 1 - sinAlpha * sinAlpha;
    cos2SigmaM = cosSqAlpha === 0 ? 0 : cosSigma - (2 * sinU1 * sinU2) / cosSqAlpha; // 0 along the equator
    const C = (FLATTENING / 16) * cosSqAlpha * (4 + FLATTENING * (4 - 3 * cosSqAlpha));
    const previous = lambda;
    lambda =
      L +
      (1 - C) *
        FLATTENING *
        sinAlpha *
        (sigma + C * sinSigma * (cos2SigmaM + C * cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM)));
    if (Math.abs(lambda - previous) < CONVERGED_RADIANS) break;
  }
  const uSq = (cosSqAlpha * (A_METERS * A_METERS - B_METERS * B_METERS)) / (B_METERS * B_METERS);
  const A = 1 + (uSq / 16384) * (4096 + uSq * (-768 + uSq * (320 - 175 * uSq)));
  const B = (uSq / 1024) * (256 + uSq * (-128 + uSq * (74 - 47 * uSq)));
  const c2 = cos2SigmaM * cos2SigmaM;
  const deltaSigma =
    B *
    sinSigma *
    (cos2SigmaM +
      (B / 4) * (cosSigma * (-1 + 2 * c2) - (B / 6) * cos2SigmaM * (-3 + 4 * sinSigma * sinSigma) * (-3 + 4 * c2)));
  const azimuth = Math.atan2(cosU2 * sinLambda, cosU1 * sinU2 - sinU1 * cosU2 * cosLambda) / DEG;
  return { distanceMeters: B_METERS * A * (sigma - deltaSigma), azimuthDeg: (azimuth + 360) % 360 };
}
