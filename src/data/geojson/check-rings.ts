// Polygons must be valid (RFC 7946 §3.1.6 refers to OGC Simple Features): a ring that crosses or touches itself or
// another ring, or a hole outside its shell, fills unpredictably when triangulated, so its feature is dropped with
// the place to look at.
import { findPolygonDefect, type PolygonDefect } from '../../geometry/polygon-validity.ts';
import { GeometryError } from './geometry-error.ts';
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
  const defect = findPolygonDefect(rings);
  if (!defect) return;
  const ring = defect.kind === 'crossing' ? defect.rings[1] : defect.ring;
  throw new GeometryError([...at, ring], describeDefect(defect));
}

const ringName = (index: number) => (index === 0 ? 'the outer ring' : `hole ${index}`);

function describeDefect(defect: PolygonDefect): string {
  switch (defect.kind) {
    case 'too-few-corners':
      return `${ringName(defect.ring)} has fewer than 3 distinct corners, so it encloses no area`;
    case 'hole-outside':
      return `${ringName(defect.ring)} lies outside the outer ring; a hole must be inside its polygon`;
    case 'crossing': {
      const [first, second] = defect.rings;
      const what =
        first === second
          ? `${ringName(first)} crosses or touches itself`
          : `${ringName(second)} crosses or touches ${ringName(first)}`;
      return (
        `${what} near [${defect.point.map((v) => +v.toFixed(7)).join(', ')}] ` +
        `(segments ${defect.segments[0]} and ${defect.segments[1]}); a polygon's rings must be simple — fix its outline`
      );
    }
  }
}
