// One GeoJSON geometry's structure, per type (RFC 7946 §3.1), copied into clean arrays in the file's own CRS.
import type { DeploymentLimits } from '../../config/deployment-config.ts';
import { describeValue, isJsonObject } from '../../config/json-paths.ts';
import { GeometryError, mapAt, readAt, type GeometryNote } from './geometry-error.ts';
import { readParts, readPosition, readPositions } from './read-positions.ts';
import { readRings } from './read-rings.ts';
import type { CleanGeometry, GeometryType } from './types.ts';

export const GEOMETRY_TYPES: readonly GeometryType[] = [
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
  'GeometryCollection',
];

export function isGeometryType(value: unknown): value is GeometryType {
  return GEOMETRY_TYPES.includes(value as GeometryType);
}

/** Throws a GeometryError at the first structural error; repairs go to `notes`. `depth`: GeometryCollections this one
 * sits in, capped by limits.maxNestingDepth before the recursion could overflow the stack. */
export function readGeometry(
  value: unknown,
  notes: GeometryNote[],
  limits: DeploymentLimits,
  depth = 0,
): CleanGeometry {
  if (depth >= limits.maxNestingDepth) {
    throw new GeometryError(
      [],
      `GeometryCollections are nested more than ${limits.maxNestingDepth} deep (limits.maxNestingDepth)`,
    );
  }
  if (!isJsonObject(value))
    throw new GeometryError([], `a geometry must be an object {"type", "coordinates"}, found ${describeValue(value)}`);
  const type = value.type;
  if (!isGeometryType(type)) {
    throw new GeometryError(
      ['type'],
      `unknown geometry type ${describeValue(type)}; expected one of ${GEOMETRY_TYPES.join(', ')}`,
    );
  }
  if (type === 'GeometryCollection') {
    const geometries = readAt('geometries', notes, () =>
      mapAt(readParts(value.geometries, "a GeometryCollection's geometries"), notes, (item) =>
        readGeometry(item, notes, limits, depth + 1),
      ),
    );
    return { type, geometries };
  }
  return readAt('coordinates', notes, () => readCoordinates(type, value.coordinates, notes, limits.maxRingVertices));
}

function readCoordinates(
  type: Exclude<GeometryType, 'GeometryCollection'>,
  value: unknown,
  notes: GeometryNote[],
  maxVertices: number,
): CleanGeometry {
  switch (type) {
    case 'Point':
      return { type, coordinates: readPosition(value) };
    case 'MultiPoint':
      return { type, coordinates: readPositions(value, 1, 'a MultiPoint', maxVertices) };
    case 'LineString':
      return { type, coordinates: readPositions(value, 2, 'a LineString', maxVertices) };
    case 'MultiLineString':
      return {
        type,
        coordinates: mapAt(readParts(value, 'a MultiLineString'), notes, (line) =>
          readPositions(line, 2, 'each line', maxVertices),
        ),
      };
    case 'Polygon':
      return { type, coordinates: readRings(value, notes, maxVertices) };
    case 'MultiPolygon':
      return {
        type,
        coordinates: mapAt(readParts(value, 'a MultiPolygon'), notes, (polygon) =>
          readRings(polygon, notes, maxVertices),
        ),
      };
  }
}
