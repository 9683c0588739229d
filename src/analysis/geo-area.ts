// Areas and local planar coordinates for lon/lat polygons of district size. A polygon is projected onto a plane through
// its own centre with the ellipsoid's radii of curvature there (equirectangular about the centre); for a unit of a few
// hectares to a few km² the area error is far below 0.1 % (the scale error grows with the square of the distance
// from the centre: ~1e-7 at 1 km).
import { metersPerDegree } from '../data/ellipsoid.ts';
import type { LonLat } from './building-record.ts';

export interface LocalPlane {
  originLon: number;
  originLat: number;
  eastPerDegree: number;
  northPerDegree: number;
}

export function localPlane(originLon: number, originLat: number): LocalPlane {
  const { east, north } = metersPerDegree(originLat);
  return { originLon, originLat, eastPerDegree: east, northPerDegree: north };
}

export function toPlane(plane: LocalPlane, [lon, lat]: LonLat): [number, number] {
  return [(lon - plane.originLon) * plane.eastPerDegree, (lat - plane.originLat) * plane.northPerDegree];
}

/** Signed shoelace area of a ring on the plane, m² (positive counter-clockwise); open or closed ring. */
export function planarRingArea(plane: LocalPlane, ring: readonly LonLat[]): number {
  let twice = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x1, y1] = toPlane(plane, ring[i]!);
    const [x2, y2] = toPlane(plane, ring[(i + 1) % ring.length]!);
    twice += x1 * y2 - x2 * y1;
  }
  return twice / 2;
}

/** A polygon's area in m²: outer ring minus its holes, whatever their winding. */
export function polygonAreaM2(rings: readonly (readonly LonLat[])[]): number {
  const outer = rings[0];
  if (!outer || outer.length < 3) return 0;
  const plane = localPlane(...ringCentre(outer));
  const [shell, ...holes] = rings.map((ring) => Math.abs(planarRingArea(plane, ring)));
  return Math.max(0, shell! - holes.reduce((sum, hole) => sum + hole, 0));
}

/** The middle of a ring's bounding box: a stable origin for its plane. */
export function ringCentre(ring: readonly LonLat[]): LonLat {
  let [minLon, minLat, maxLon, maxLat] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [lon, lat] of ring) {
    minLon = Math.min(minLon, lon);
    maxLon = Math.max(maxLon, lon);
    minLat = Math.min(minLat, lat);
    maxLat = Math.max(maxLat, lat);
  }
  return [(minLon + maxLon) / 2, (minLat + maxLat) / 2];
}
