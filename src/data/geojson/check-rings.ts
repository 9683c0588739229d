// Polygon rings must be simple (RFC 7946 §3.1.6 refers to OGC Simple Features): a ring that crosses or touches
// itself fills unpredictably when triangulated, so its feature is dropped with the place to look at.
import { GeometryError } from './geometry-error.ts';
import { findRingCrossing, TOO_FEW_CORNERS } from './ring-crossings.ts';
import type { CleanGeometry, Position } from './types.ts';

/** Throws a GeometryError at the first ring that is not simple. */
export function checkRings(geometry: CleanGeometry): void {
  switch (geometry.type) {
    case 'Polygon':
      checkPolygon(geometry.coordinates, ['coordinates']);
      break;
    case 'MultiPolygon':
      geometry.coordinates.forEach((rings, i) => checkPolygon(rings, ['coordinates', i]));
      break;
    case 'GeometryCollection':
      geometry.geometries.forEach((part, i) => {
        try {
          checkRings(part);
        } catch (error) {
          if (error instanceof GeometryError) error.at.unshift('geometries', i);
          throw error;
        }
      });
      break;
    default:
      break;
  }
}

function checkPolygon(rings: Position[][], at: Array<string | number>): void {
  rings.forEach((ring, index) => {
    const defect = findRingCrossing(ring);
    if (!defect) return;
    const name = index === 0 ? 'the outer ring' : `hole ${index}`;
    const message =
      defect === TOO_FEW_CORNERS
        ? `${name} has fewer than 3 distinct corners, so it encloses no area`
        : `${name} crosses or touches itself near [${defect.point.map((v) => +v.toFixed(7)).join(', ')}] ` +
          `(segments ${defect.segments[0]} and ${defect.segments[1]}); a polygon's rings must be simple — fix its outline`;
    throw new GeometryError([...at, index], message);
  });
}
