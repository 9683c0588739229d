// Visits every position of a clean geometry with its path, without allocating per position.
import type { Key } from './geometry-error.ts';
import type { CleanGeometry, Position } from './types.ts';

/**
 * `at` is a live stack (e.g. ['coordinates', 0, 5]): copy it to keep it. Returning false from `visit` stops the walk.
 * Returns false when stopped.
 */
export function walkPositions(
  geometry: CleanGeometry,
  // biome-ignore lint/suspicious/noConfusingVoidType: a visitor returns nothing to go on, or true to stop the walk
  visit: (position: Position, at: readonly Key[]) => boolean | void,
): boolean {
  const at: Key[] = [];
  const nested = (value: unknown, depth: number): boolean => {
    if (depth === 0) return visit(value as Position, at) !== false;
    const items = value as unknown[];
    for (let i = 0; i < items.length; i++) {
      at.push(i);
      const going = nested(items[i], depth - 1);
      at.pop();
      if (!going) return false;
    }
    return true;
  };
  const walk = (item: CleanGeometry): boolean => {
    if (item.type === 'GeometryCollection') {
      at.push('geometries');
      for (let i = 0; i < item.geometries.length; i++) {
        at.push(i);
        const going = walk(item.geometries[i]);
        at.pop();
        if (!going) return false;
      }
      at.pop();
      return true;
    }
    at.push('coordinates');
    const going = nested(item.coordinates, NESTING[item.type]);
    at.pop();
    return going;
  };
  return walk(geometry);
}

/** How many array levels sit above a position in each type's coordinates. */
const NESTING = { Point: 0, MultiPoint: 1, LineString: 1, MultiLineString: 2, Polygon: 2, MultiPolygon: 3 } as const;
