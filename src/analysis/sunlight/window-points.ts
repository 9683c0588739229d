// Window-sill points of a building (多点 on its facades): one per facade edge per floor, at the edge's middle, 0.9 m
// above the floor, a few centimetres outside the wall, with the facade's outward normal so that the analysis counts
// the Sun only while it is in front of the window. Every facade is included: a north-east one still gets morning sun.
// Each sill stands for its cell of the facade (the edge's width, the floor's height), which the heat map colours.
import { localPlane } from '../../geometry/local-plane.ts';
import { signedArea } from '../../geometry/ring.ts';
import type { Vec2 } from '../../geometry/types.ts';
import type { BuildingRecord } from '../building-record.ts';
import type { SunlightPosition } from './sunlight-analysis.ts';
import { SILL_HEIGHT_METERS } from './sunlight-rules.ts';

export interface WindowPointOptions {
  floorHeightMeters?: number;
  /** Floors from the data; else the height over the floor height. */
  floors?: number;
  /** How far outside the wall, metres: enough that the point is not on the wall's plane. */
  offsetMeters?: number;
  /** Facade edges shorter than this hold no window. */
  minFacadeMeters?: number;
  /** How far outside the wall the heat map's cells are drawn: far enough not to fight the wall for depth. */
  cellOffsetMeters?: number;
}

/** The part of a facade one sill stands for: its edge, outside the wall, from its floor to the next. */
export interface FacadeCell {
  from: [number, number];
  to: [number, number];
  bottomMeters: number;
  topMeters: number;
}

export interface WindowPoint {
  position: SunlightPosition;
  floor: number;
  /** The footprint edge (its first vertex's index). */
  facade: number;
  /** Outward horizontal unit normal of the facade, [east, north]. */
  normal: Vec2;
  cell: FacadeCell;
}

export function windowSillPoints(building: BuildingRecord, options: WindowPointOptions = {}): WindowPoint[] {
  const { floorHeightMeters = 3, offsetMeters = 0.05, minFacadeMeters = 1, cellOffsetMeters = 0.3 } = options;
  const ring = building.footprint;
  if (ring.length < 3 || !building.heightMeters) return [];
  const floors = options.floors ?? Math.max(1, Math.round(building.heightMeters / floorHeightMeters));
  const plane = localPlane(...ring[0]!);
  const local = ring.map(([lon, lat]) => plane.toLocal(lon, lat));
  const outwardSign = signedArea(local) > 0 ? 1 : -1; // counter-clockwise: outward is to the right of each edge
  const points: WindowPoint[] = [];
  local.forEach((a, i) => {
    const b = local[(i + 1) % local.length]!;
    const length = Math.hypot(b[0] - a[0], b[1] - a[1]);
    if (length < minFacadeMeters) return;
    const normal: Vec2 = [(outwardSign * (b[1] - a[1])) / length, (outwardSign * -(b[0] - a[0])) / length];
    const [lon, lat] = plane.toLonLat(
      (a[0] + b[0]) / 2 + normal[0] * offsetMeters,
      (a[1] + b[1]) / 2 + normal[1] * offsetMeters,
    );
    const outside = (p: Vec2) =>
      plane.toLonLat(p[0] + normal[0] * cellOffsetMeters, p[1] + normal[1] * cellOffsetMeters);
    const from = outside(a);
    const to = outside(b);
    for (let floor = 0; floor < floors; floor++) {
      const bottomMeters = building.baseHeightMeters + floor * floorHeightMeters;
      const cell = { from, to, bottomMeters, topMeters: bottomMeters + floorHeightMeters };
      points.push({
        position: [lon, lat, bottomMeters + SILL_HEIGHT_METERS],
        floor: floor + 1,
        facade: i,
        normal,
        cell,
      });
    }
  });
  return points;
}
