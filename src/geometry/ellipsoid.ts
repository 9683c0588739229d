// WGS84 geodesy in plain float64 math: geodetic ↔ ECEF and a local east-north-up frame. No flat-earth shortcuts:
// every vertex goes through ECEF, so a building 10 km from the tileset centre still stands plumb.

export const A_METERS = 6_378_137;
/** The mean Earth radius (IUGG R1): for the curvature drop of a sight line or a tile's ground, d²/2R, over a city. */
export const MEAN_EARTH_RADIUS_METERS = 6_371_008.8;
export const FLATTENING = 1 / 298.257223563;
export const E2 = FLATTENING * (2 - FLATTENING);
const DEG = Math.PI / 180;

export type Vec3 = [number, number, number];

export function geodeticToEcef(lonDegrees: number, latDegrees: number, heightMeters: number): Vec3 {
  const lon = lonDegrees * DEG;
  const lat = latDegrees * DEG;
  const sinLat = Math.sin(lat);
  const cosLat = Math.cos(lat);
  const n = A_METERS / Math.sqrt(1 - E2 * sinLat * sinLat);
  return [
    (n + heightMeters) * cosLat * Math.cos(lon),
    (n + heightMeters) * cosLat * Math.sin(lon),
    (n * (1 - E2) + heightMeters) * sinLat,
  ];
}

/** Inverse of geodeticToEcef (fixed-point iteration; converges to sub-micrometre in a few steps near the surface). */
export function ecefToGeodetic(x: number, y: number, z: number): Vec3 {
  const p = Math.hypot(x, y);
  let lat = Math.atan2(z, p * (1 - E2));
  let height = 0;
  for (let i = 0; i < 6; i++) {
    const sinLat = Math.sin(lat);
    const n = A_METERS / Math.sqrt(1 - E2 * sinLat * sinLat);
    height = p / Math.cos(lat) - n;
    lat = Math.atan2(z, p * (1 - (E2 * n) / (n + height)));
  }
  return [Math.atan2(y, x) / DEG, lat / DEG, height];
}

/** Ground metres per degree of longitude and latitude at a latitude: for planar measures of one footprint. */
export function metersPerDegree(latDegrees: number): { east: number; north: number } {
  const sinLat = Math.sin(latDegrees * DEG);
  const w = Math.sqrt(1 - E2 * sinLat * sinLat);
  const primeVertical = A_METERS / w;
  const meridional = (A_METERS * (1 - E2)) / (w * w * w);
  return { east: primeVertical * Math.cos(latDegrees * DEG) * DEG, north: meridional * DEG };
}

function upAt(lonDegrees: number, latDegrees: number): Vec3 {
  const lon = lonDegrees * DEG;
  const lat = latDegrees * DEG;
  return [Math.cos(lat) * Math.cos(lon), Math.cos(lat) * Math.sin(lon), Math.sin(lat)];
}

/** A local east-north-up frame tangent to the ellipsoid at an origin. */
export class LocalFrame {
  readonly originEcef: Vec3;
  readonly east: Vec3;
  readonly north: Vec3;
  readonly up: Vec3;

  constructor(lonDegrees: number, latDegrees: number, heightMeters: number) {
    const lon = lonDegrees * DEG;
    const lat = latDegrees * DEG;
    this.originEcef = geodeticToEcef(lonDegrees, latDegrees, heightMeters);
    this.east = [-Math.sin(lon), Math.cos(lon), 0];
    this.north = [-Math.sin(lat) * Math.cos(lon), -Math.sin(lat) * Math.sin(lon), Math.cos(lat)];
    this.up = upAt(lonDegrees, latDegrees);
  }

  /** ECEF vector (a direction, not a point) in local east, north, up components. */
  rotateIn(v: Vec3, out: Float64Array | number[], offset = 0): void {
    const [e, n, u] = [this.east, this.north, this.up];
    out[offset] = e[0] * v[0] + e[1] * v[1] + e[2] * v[2];
    out[offset + 1] = n[0] * v[0] + n[1] * v[1] + n[2] * v[2];
    out[offset + 2] = u[0] * v[0] + u[1] * v[1] + u[2] * v[2];
  }

  /** A geodetic position in local ENU metres, written at out[offset..offset+2]. */
  toLocal(
    lonDegrees: number,
    latDegrees: number,
    heightMeters: number,
    out: Float64Array | number[],
    offset = 0,
  ): void {
    const p = geodeticToEcef(lonDegrees, latDegrees, heightMeters);
    const o = this.originEcef;
    this.rotateIn([p[0] - o[0], p[1] - o[1], p[2] - o[2]], out, offset);
  }

  /** The ellipsoid normal ("up") at a geodetic position, in local ENU components. */
  upToLocal(lonDegrees: number, latDegrees: number, out: Float64Array, offset = 0): void {
    this.rotateIn(upAt(lonDegrees, latDegrees), out, offset);
  }

  /** A local east, north, up direction as an ECEF vector. */
  rotateOut(east: number, north: number, up: number): Vec3 {
    const [e, n, u] = [this.east, this.north, this.up];
    return [0, 1, 2].map((i) => e[i]! * east + n[i]! * north + u[i]! * up) as Vec3;
  }

  /** Local ENU metres back to ECEF. */
  toEcef(east: number, north: number, up: number): Vec3 {
    const o = this.originEcef;
    const d = this.rotateOut(east, north, up);
    return [o[0] + d[0], o[1] + d[1], o[2] + d[2]];
  }

  /** The 3D Tiles `transform`: column-major 4×4 taking local ENU metres to ECEF. */
  matrixColumnMajor(): number[] {
    return [...this.east, 0, ...this.north, 0, ...this.up, 0, ...this.originEcef, 1];
  }
}
