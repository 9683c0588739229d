// A box-shaped building for the sunlight tests: a rectangle in metres on a local plane, from the ground up.
import type { BuildingRecord } from '../../../src/analysis/building-record.ts';
import type { LocalPlane } from '../../../src/geometry/local-plane.ts';
import type { Vec2 } from '../../../src/geometry/types.ts';

export function boxBuilding(
  plane: LocalPlane,
  layerId: string,
  featureId: string,
  [x0, y0, x1, y1]: [number, number, number, number],
  heightMeters: number,
): BuildingRecord {
  const corners: Vec2[] = [
    [x0, y0],
    [x1, y0],
    [x1, y1],
    [x0, y1],
  ];
  return {
    layerId,
    featureId,
    baseHeightMeters: 0,
    heightMeters,
    attributes: {},
    footprint: corners.map(([x, y]) => plane.toLonLat(x, y)),
  };
}
