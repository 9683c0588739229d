// The kernel's plain shapes: planar points in local metres (x east, y north), open rings, axis-aligned boxes.

export type Vec2 = [number, number];

/** An open ring (first point not repeated); the outer ring of a polygon comes first, its holes after. */
export type Ring = Vec2[];

export interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}
