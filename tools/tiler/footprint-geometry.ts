// Turns a GeoJSON Polygon/MultiPolygon (in any supported CRS) into clean lon/lat rings, or says why it can't.
// Clean means: closed in the source, finite, ≥ 3 distinct points, non-zero area, no edges touching or crossing,
// holes inside their exterior, exterior counter-clockwise and holes clockwise (seen from above).
import type { LonLat } from '../../src/data/crs.ts';
import { metersPerDegree } from './ellipsoid.ts';
import { findTouchingRing, pointInRing, signedArea } from './planar-rings.ts';

export interface Footprint {
  /** Polygons of lon/lat rings [lon0, lat0, lon1, lat1, …] without the closing point; ring 0 is the exterior. */
  polygons: Float64Array[][];
  areaSquareMeters: number;
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
function readRing(positions: unknown, toLonLat: (x: number, y: number) => LonLat, label: string): Float64Array | string {
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
    if (k < 0 || Math.hypot(planar[2 * i]! - planar[2 * k]!, planar[2 * i + 1]! - planar[2 * k + 1]!) >= DUPLICATE_METERS) {
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
  if (type !== 'Polygon' && type !== 'MultiPolygon') return `geometry type ${String(type)} is not a Polygon/MultiPolygon`;
  if (!Array.isArray(coordinates) || coordinates.length === 0) return `${type} has no coordinates`;
  return type === 'Polygon' ? [coordinates] : coordinates;
}

export function readFootprint(geometry: unknown, toLonLat: (x: number, y: number) => LonLat): FootprintResult {
  const parts = polygonsOf(geometry);
  if (typeof parts === 'string') return { reason: parts, kind: 'unsupported-geometry' };
  const invalid = (reason: string): FootprintResult => ({ reason, kind: 'invalid-geometry' });
  let planar: Planar | undefined;
  const polygons: Float64Array[][] = [];
  let areaSquareMeters = 0;
  const box = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  const lonLatBox = { minLon: Infinity, minLat: Infinity, maxLon: -Infinity, maxLat: -Infinity };
  for (const [p, part] of parts.entries()) {
    if (!Array.isArray(part) || part.length === 0) return invalid(`polygon ${p} has no rings`);
    const lonLatRings: Float64Array[] = [];
    const planarRings: Float64Array[] = [];
    for (const [r, positions] of part.entries()) {
      const label = `${parts.length > 1 ? `polygon ${p} ` : ''}ring ${r}`;
      const read = readRing(positions, toLonLat, label);
      if (typeof read === 'string') return invalid(read);
      planar ??= new Planar(read[0]!, read[1]!);
      const [lonLat, xy] = dropDuplicates(read, planar.ring(read));
      if (xy.length < 6) return invalid(`${label} has fewer than 3 distinct points`);
      const area = signedArea(xy);
      if (Math.abs(area) < MIN_AREA_SQUARE_METERS) return invalid(`${label} has zero area`);
      // Exterior counter-clockwise, holes clockwise: extrusion relies on it for outward walls.
      const flip = r === 0 ? area < 0 : area > 0;
      lonLatRings.push(flip ? reverseRing(lonLat) : lonLat);
      planarRings.push(flip ? reverseRing(xy) : xy);
      areaSquareMeters += r === 0 ? Math.abs(area) : -Math.abs(area);
    }
    const touching = findTouchingRing(planarRings);
    if (touching >= 0) return invalid(`polygon ${p} ring ${touching} has edges that touch or cross (self-intersection)`);
    const exterior = planarRings[0]!;
    const strayHole = planarRings.findIndex((hole, r) => r > 0 && !pointInRing(hole[0]!, hole[1]!, exterior));
    if (strayHole > 0) return invalid(`polygon ${p} hole ring ${strayHole} lies outside its exterior ring`);
    for (let i = 0; i < exterior.length; i += 2) {
      box.minX = Math.min(box.minX, exterior[i]!);
      box.maxX = Math.max(box.maxX, exterior[i]!);
      box.minY = Math.min(box.minY, exterior[i + 1]!);
      box.maxY = Math.max(box.maxY, exterior[i + 1]!);
      const outer = lonLatRings[0]!;
      lonLatBox.minLon = Math.min(lonLatBox.minLon, outer[i]!);
      lonLatBox.maxLon = Math.max(lonLatBox.maxLon, outer[i]!);
      lonLatBox.minLat = Math.min(lonLatBox.minLat, outer[i + 1]!);
      lonLatBox.maxLat = Math.max(lonLatBox.maxLat, outer[i + 1]!);
    }
    polygons.push(lonLatRings);
  }
  return {
    footprint: {
      polygons,
      areaSquareMeters,
      diagonalMeters: Math.hypot(box.maxX - box.minX, box.maxY - box.minY),
      centerLonDegrees: (lonLatBox.minLon + lonLatBox.maxLon) / 2,
      centerLatDegrees: (lonLatBox.minLat + lonLatBox.maxLat) / 2,
    },
  };
}
