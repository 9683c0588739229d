// The area a ring of lon/lat points encloses on the WGS84/CGCS2000 ellipsoid. The ellipsoid is mapped onto its
// authalic sphere (equal area: latitude → authalic latitude β, radius R_q; Snyder 1987, "Map Projections — A Working
// Manual", eqs. 3-11, 3-12, 3-13), where the ring's area is exact spherical trigonometry: the sum over the edges of
// the signed excess of the triangle edge–pole (tan(E/2) = tan(Δλ/2)·(tan(β₁/2) + tan(β₂/2)) / (1 + tan(β₁/2)·tan(β₂/2))).
// Edges are great circles of that sphere, which differ from the ellipsoid's geodesics by far less than a millimetre
// over the edges of a district (the unit tests compare with GeographicLib's geodesic polygons: < 1e-7 relative).
import { A_METERS, E2 } from '../../geometry/ellipsoid.ts';

const E = Math.sqrt(E2);
const DEG = Math.PI / 180;

/** Snyder's q(φ) (eq. 3-12). */
function q(sinLat: number): number {
  return (
    (1 - E2) * (sinLat / (1 - E2 * sinLat * sinLat) - (1 / (2 * E)) * Math.log((1 - E * sinLat) / (1 + E * sinLat)))
  );
}

const Q_POLE = q(1);
const AUTHALIC_RADIUS_SQ = (A_METERS * A_METERS * Q_POLE) / 2;

const authalicLatitude = (latDegrees: number) => Math.asin(q(Math.sin(latDegrees * DEG)) / Q_POLE);

/** Square metres on the ellipsoid inside an open ring of [lon, lat, …] points (either winding; a simple ring). */
export function ellipsoidRingArea(ring: readonly (readonly number[])[]): number {
  let excess = 0;
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i]!,
      b = ring[(i + 1) % ring.length]!;
    let dLon = (b[0]! - a[0]!) * DEG;
    dLon = Math.atan2(Math.sin(dLon), Math.cos(dLon));
    const t1 = Math.tan(authalicLatitude(a[1]!) / 2);
    const t2 = Math.tan(authalicLatitude(b[1]!) / 2);
    excess += 2 * Math.atan2(Math.tan(dLon / 2) * (t1 + t2), 1 + t1 * t2);
  }
  return Math.abs(excess) * AUTHALIC_RADIUS_SQ;
}
