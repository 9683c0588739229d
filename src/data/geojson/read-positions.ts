// Positions and arrays of positions (RFC 7946 §3.1.1): arrays of 2 or 3 finite numbers, copied so later steps may
// rewrite them in place.
import { describeValue } from '../../config/json-paths.ts';
import { GeometryError } from './geometry-error.ts';
import type { Position } from './types.ts';

const POSITION_FORM =
  'a position must be [x, y] or [x, y, height] with finite numbers (lon, lat in degrees by default)';

/** A copy of the position, or the reason it is not one. Elements after the third are dropped (§3.1.1 discourages them). */
function copyPosition(value: unknown): Position | string {
  if (!Array.isArray(value) || value.length < 2) return `${POSITION_FORM}, found ${describeValue(value)}`;
  const [x, y, z] = value as unknown[];
  const bad = !isFiniteNumber(x) ? 0 : !isFiniteNumber(y) ? 1 : value.length > 2 && !isFiniteNumber(z) ? 2 : -1;
  if (bad >= 0) return `${POSITION_FORM}, found ${describeValue(value[bad])} at index ${bad}`;
  // Literal arrays stay packed doubles in V8: much faster to build than filling a preallocated one.
  return value.length > 2 ? [x as number, y as number, z as number] : [x as number, y as number];
}

const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

export function readPosition(value: unknown): Position {
  const position = copyPosition(value);
  if (typeof position === 'string') throw new GeometryError([], position);
  return position;
}

/** `what` names the array in messages: "a LineString"; `maxCount` is limits.maxRingVertices. */
export function readPositions(value: unknown, minCount: number, what: string, maxCount: number): Position[] {
  if (!Array.isArray(value))
    throw new GeometryError([], `${what} must be an array of positions, found ${describeValue(value)}`);
  if (value.length < minCount) {
    throw new GeometryError(
      [],
      `${what} needs at least ${minCount} position${minCount > 1 ? 's' : ''}, found ${value.length}`,
    );
  }
  if (value.length > maxCount) {
    throw new GeometryError(
      [],
      `${what} has ${value.length} positions, more than ${maxCount} (limits.maxRingVertices)`,
    );
  }
  const positions = new Array<Position>(value.length);
  for (let i = 0; i < value.length; i++) {
    const position = copyPosition(value[i]);
    if (typeof position === 'string') throw new GeometryError([i], position);
    positions[i] = position;
  }
  return positions;
}

/** A non-empty array of parts (rings, lines, polygons). */
export function readParts(value: unknown, what: string): unknown[] {
  if (!Array.isArray(value)) throw new GeometryError([], `${what} must be an array, found ${describeValue(value)}`);
  if (value.length === 0) throw new GeometryError([], `${what} is empty, so there is nothing to draw`);
  return value;
}
