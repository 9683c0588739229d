// Turns a GeoJSON Polygon/MultiPolygon (in any supported CRS) into clean lon/lat rings, or says why it can't.
// Clean means: closed in the source, finite, ≥ 3 distinct points, non-zero area, no edges touching or crossing,
// holes inside their exterior, exterior counter-clockwise and holes clockwise (seen from above).
import type { LonLat } from '../../src/data/crs.ts';
import { type LocalPlane, localPlane } from '../../src/geometry/local-plane.ts';
import { findPolygonDefect } from '../../src/geometry/polygon-validity.ts';
import { boxOf, signedArea } from '../../src/geometry/ring.ts';
import type { Vec2 } from '../../src/geometry/types.ts';

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

/** A lon/lat ring [lon0, lat0, …] in the local plane, metres. */
function planarRing(lonLat: Float64Array, plane: LocalPlane): Vec2[] {
  const out: Vec2[] = [];
  for (let i = 0; i < lonLat.length; i += 2) out.push(plane.toLocal(lonLat[i]!, lonLat[i + 1]!));
  return out;
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

/** Drops consecutive (and wrap-around) duplicates; returns the kept lon/lat and planar rings. */
function dropDuplicates(lonLat: Float64Array, planar: Vec2[]): [Float64Array, Vec2[]] {
  const keep: number[] = [];
  const apart = (i: number, k: number) =>
    Math.hypot(planar[i]![0] - planar[k]![0], planar[i]![1] - planar[k]![1]) >= DUPLICATE_METERS;
  for (let i = 0; i < planar.length; i++) if (keep.length === 0 || apart(i, keep[keep.length - 1]!)) keep.push(i);
  while (keep.length > 1 && !apart(keep[0]!, keep[keep.length - 1]!)) keep.pop();
  return [Float64Array.from(keep.flatMap((i) => [lonLat[2 * i]!, lonLat[2 * i + 1]!])), keep.map((i) => planar[i]!)];
}

function reverseLonLatRing(ring: Float64Array): Float64Array {
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
  planarRings: Vec2[][];
}

/** One polygon's rings, cleaned and oriented, or the reason it is unusable. */
function readPolygon(
  part: unknown,
  label: string,
  toLonLat: (x: number, y: number) => LonLat,
  planeFor: (lon: number, lat: number) => LocalPlane,
): CleanPolygon | string {
  if (!Array.isArray(part) || part.length === 0) return `${label}has no rings`;
  const lonLatRings: Float64Array[] = [];
  const planarRings: Vec2[][] = [];
  for (const [r, positions] of part.entries()) {
    const read = readRing(positions, toLonLat, `${label}ring ${r}`);
    if (typeof read === 'string') return read;
    const [lonLat, xy] = dropDuplicates(read, planarRing(read, planeFor(read[0]!, read[1]!)));
    if (xy.length < 3) return `${label}ring ${r} has fewer than 3 distinct points`;
    lonLatRings.push(lonLat);
    planarRings.push(xy);
  }
  // Crossings first: a bow-tie's lobes cancel out, and "zero area" would hide what is really wrong.
  const defect = findPolygonDefect(planarRings);
  if (defect?.kind === 'crossing') {
    const [first, second] = defect.rings;
    return first === second
      ? `${label}ring ${first} has edges that touch or cross (self-intersection)`
      : `${label}rings ${first} and ${second} have edges that touch or cross (a hole crossing its shell or another hole)`;
  }
  for (const [r, xy] of planarRings.entries()) {
    const area = signedArea(xy);
    if (Math.abs(area) < MIN_AREA_SQUARE_METERS) return `${label}ring ${r} has zero area`;
    // Exterior counter-clockwise, holes clockwise: extrusion relies on it for outward walls.
    if (r === 0 ? area < 0 : area > 0) {
      lonLatRings[r] = reverseLonLatRing(lonLatRings[r]!);
      planarRings[r] = xy.reverse();
    }
  }
  if (defect?.kind === 'hole-outside') return `${label}hole ring ${defect.ring} lies outside its exterior ring`;
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
  let plane: LocalPlane | undefined;
  const planeFor = (lon: number, lat: number) => (plane ??= localPlane(lon, lat));
  const polygons: Float64Array[][] = [];
  const planarExteriors: Vec2[][] = [];
  const degrees = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [p, part] of parts.entries()) {
    const polygon = readPolygon(part, parts.length > 1 ? `polygon ${p} ` : '', toLonLat, planeFor);
    if (typeof polygon === 'string') return { reason: polygon, kind: 'invalid-geometry' };
    planarExteriors.push(polygon.planarRings[0]!);
    growBounds(degrees, polygon.lonLatRings[0]!);
    polygons.push(polygon.lonLatRings);
  }
  const meters = boxOf(planarExteriors.flat());
  return {
    footprint: {
      polygons,
      diagonalMeters: Math.hypot(meters.maxX - meters.minX, meters.maxY - meters.minY),
      centerLonDegrees: (degrees[0]! + degrees[2]!) / 2,
      centerLatDegrees: (degrees[1]! + degrees[3]!) / 2,
    },
  };
}
