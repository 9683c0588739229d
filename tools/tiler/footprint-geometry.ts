// Turns a GeoJSON Polygon/MultiPolygon (in any supported CRS) into clean lon/lat rings, or says why it can't.
// Clean means: closed in the source, finite, ≥ 3 distinct points, non-zero area, no edges touching or crossing,
// holes inside their exterior, exterior counter-clockwise and holes clockwise (seen from above).
import type { LonLat } from '../../src/data/crs.ts';
import { metersPerDegree } from '../../src/geometry/ellipsoid.ts';
import { findTouchingRing, pointInRing, signedArea } from './planar-rings.ts';

export interface Footprint {
  /** Polygons of lon/lat rings [lon0, lat0, lon1, lat1, …] without the closing point; ring 0 is the exterior. */
  polygons: Float64Array[][];
  /** Diagonal of the footprint's bounding box, metres. */
  diagonalMeters: number;
  centerLonDegrees: number;
  centerLatDegrees: number;
}

export type SkipKind = 'unsupported-geometry' | 'invalid-geometry' | 'no-height';
export type FootprintResult = { footprint: Footprint } | { reason: string; kind: SkipKind };

/** Points closer than this are one point (duplicates from digitising). */
const DUPLICATE_METERS = 1e-3;
const MIN_AREA_SQUARE_METERS = 0.01;

class Planar {
  private readonly east: number;
  private readonly north: number;
  constructor(
    private readonly lon0: number,
    private readonly lat0: number,
  ) {
    ({ east: this.east, north: this.north } = metersPerDegree(lat0));
  }
  ring(lonLat: Float64Array): Float64Array {
    const out = new Float64Array(lonLat.length);
    for (let i = 0; i < lonLat.length; i += 2) {
      out[i] = (lonLat[i]! - this.lon0) * this.east;
      out[i + 1] = (lonLat[i + 1]! - this.lat0) * this.north;
    }
    return out;
  }
}

function isPosition(p: unknown): p is number[] {
  return Array.isArray(p) && p.length >= 2 && Number.isFinite(p[0]) && Number.isFinite(p[1]);
}

/** Source positions → lon/lat ring without the closing point, or a reason. */
function readRing(
  positions: unknown,
  toLonLat: (x: number, y: number) => LonLat,
  label: string,
): Float64Array | string {
  if (!Array.isArray(positions)) return `${label} is not an array of positions`;
  if (!positions.every(isPosition)) return `${label} has a position that is not two finite numbers`;
  if (positions.length < 4) return `${label} has ${positions.length} positions; a closed ring needs at least 4`;
  const first = positions[0]!;
  const last = positions[positions.length - 1]!;
  if (first[0] !== last[0] || first[1] !== last[1]) return `${label} is not closed (first position ≠ last)`;
  const ring = new Float64Array((positions.length - 1) * 2);
  for (let i = 0; i < positions.length - 1; i++) {
    const [lon, lat] = toLonLat(positions[i]![0]!, positions[i]![1]!);
    if (!(Math.abs(lon) <= 180 && Math.abs(lat) <= 90)) {
      return `${label} is outside lon/lat range (${positions[i]![0]}, ${positions[i]![1]}): projected data needs --crs`;
    }
    ring[2 * i] = lon;
    ring[2 * i + 1] = lat;
  }
  return ring;
}

/** Drops consecutive (and wrap-around) duplicates; returns the kept lon/lat ring. */
function dropDuplicates(lonLat: Float64Array, planar: Float64Array): [Float64Array, Float64Array] {
  const keep: number[] = [];
  const n = lonLat.length / 2;
  for (let i = 0; i < n; i++) {
    const k = keep.length ? keep[keep.length - 1]! : -1;
    if (
      k < 0 ||
      Math.hypot(planar[2 * i]! - planar[2 * k]!, planar[2 * i + 1]! - planar[2 * k + 1]!) >= DUPLICATE_METERS
    ) {
      keep.push(i);
    }
  }
  while (keep.length > 1) {
    const [a, b] = [keep[0]!, keep[keep.length - 1]!];
    if (Math.hypot(planar[2 * a]! - planar[2 * b]!, planar[2 * a + 1]! - planar[2 * b + 1]!) >= DUPLICATE_METERS) break;
    keep.pop();
  }
  const pick = (source: Float64Array) => Float64Array.from(keep.flatMap((i) => [source[2 * i]!, source[2 * i + 1]!]));
  return [pick(lonLat), pick(planar)];
}

function reverseRing(ring: Float64Array): Float64Array {
  const out = new Float64Array(ring.length);
  const n = ring.length / 2;
  for (let i = 0; i < n; i++) {
    out[2 * i] = ring[2 * (n - 1 - i)]!;
    out[2 * i + 1] = ring[2 * (n - 1 - i) + 1]!;
  }
  return out;
}

function polygonsOf(geometry: unknown): unknown[] | string {
  if (!geometry || typeof geometry !== 'object') return 'no geometry';
  const { type, coordinates } = geometry as { type?: unknown; coordinates?: unknown };
  if (type !== 'Polygon' && type !== 'MultiPolygon')
    return `geometry type ${String(type)} is not a Polygon/MultiPolygon`;
  if (!Array.isArray(coordinates) || coordinates.length === 0) return `${type} has no coordinates`;
  return type === 'Polygon' ? [coordinates] : coordinates;
}

interface CleanPolygon {
  lonLatRings: Float64Array[];
  planarRings: Float64Array[];
}

/** One polygon's rings, cleaned and oriented, or the reason it is unusable. */
function readPolygon(
  part: unknown,
  label: string,
  toLonLat: (x: number, y: number) => LonLat,
  planarFor: (lon: number, lat: number) => Planar,
): CleanPolygon | string {
  if (!Array.isArray(part) || part.length === 0) return `${label}has no rings`;
  const lonLatRings: Float64Array[] = [];
  const planarRings: Float64Array[] = [];
  for (const [r, positions] of part.entries()) {
    const read = readRing(positions, toLonLat, `${label}ring ${r}`);
    if (typeof read === 'string') return read;
    const [lonLat, xy] = dropDuplicates(read, planarFor(read[0]!, read[1]!).ring(read));
    if (xy.length < 6) return `${label}ring ${r} has fewer than 3 distinct points`;
    lonLatRings.push(lonLat);
    planarRings.push(xy);
  }
  // Crossings first: a bow-tie's lobes cancel out, and "zero area" would hide what is really wrong.
  const touching = findTouchingRing(planarRings);
  if (touching >= 0) return `${label}ring ${touching} has edges that touch or cross (self-intersection)`;
  for (const [r, xy] of planarRings.entries()) {
    const area = signedArea(xy);
    if (Math.abs(area) < MIN_AREA_SQUARE_METERS) return `${label}ring ${r} has zero area`;
    // Exterior counter-clockwise, holes clockwise: extrusion relies on it for outward walls.
    if (r === 0 ? area < 0 : area > 0) {
      lonLatRings[r] = reverseRing(lonLatRings[r]!);
      planarRings[r] = reverseRing(xy);
    }
  }
  const exterior = planarRings[0]!;
  const stray = planarRings.findIndex((hole, r) => r > 0 && !pointInRing(hole[0]!, hole[1]!, exterior));
  if (stray > 0) return `${label}hole ring ${stray} lies outside its exterior ring`;
  return { lonLatRings, planarRings };
}

/** Bounds of interleaved [a0, b0, a1, b1, …] pairs, grown in place. */
function growBounds(bounds: number[], pairs: Float64Array): void {
  for (let i = 0; i < pairs.length; i += 2) {
    bounds[0] = Math.min(bounds[0]!, pairs[i]!);
    bounds[1] = Math.min(bounds[1]!, pairs[i + 1]!);
    bounds[2] = Math.max(bounds[2]!, pairs[i]!);
    bounds[3] = Math.max(bounds[3]!, pairs[i + 1]!);
  }
}

export function readFootprint(geometry: unknown, toLonLat: (x: number, y: number) => LonLat): FootprintResult {
  const parts = polygonsOf(geometry);
  if (typeof parts === 'string') return { reason: parts, kind: 'unsupported-geometry' };
  let planar: Planar | undefined;
  const planarFor = (lon: number, lat: number) => (planar ??= new Planar(lon, lat));
  const polygons: Float64Array[][] = [];
  const meters = [Infinity, Infinity, -Infinity, -Infinity];
  const degrees = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [p, part] of parts.entries()) {
    const polygon = readPolygon(part, parts.length > 1 ? `polygon ${p} ` : '', toLonLat, planarFor);
    if (typeof polygon === 'string') return { reason: polygon, kind: 'invalid-geometry' };
    growBounds(meters, polygon.planarRings[0]!);
    growBounds(degrees, polygon.lonLatRings[0]!);
    polygons.push(polygon.lonLatRings);
  }
  return {
    footprint: {
      polygons,
      diagonalMeters: Math.hypot(meters[2]! - meters[0]!, meters[3]! - meters[1]!),
      centerLonDegrees: (degrees[0]! + degrees[2]!) / 2,
      centerLatDegrees: (degrees[1]! + degrees[3]!) / 2,
    },
  };
}
