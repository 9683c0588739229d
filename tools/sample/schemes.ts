// Two proposal schemes for the 拆除新建 unit, as massing in one local frame (x along the unit's south street,
// y to the north, metres; origin at the unit centre). Scheme A stays under the unit's height limit; scheme B puts
// one landmark tower above it so the height check has something to report.
import { ringCentroid } from '../../src/geometry/ring.ts';
import { rotate, sub, type Vec2 } from './geom.ts';
import type { Rng } from './prng.ts';
import type { RenewalUnit } from './units.ts';

export interface SchemeBuilding {
  name: string;
  kind: 'tower' | 'slab' | 'podium';
  /** Footprint centre in the scheme frame. */
  centre: Vec2;
  widthMeters: number;
  depthMeters: number;
  floors: number;
  floorHeightMeters: number;
  use: '居住' | '商业' | '办公';
}

export interface SchemeFrame {
  /** Origin in the district's local plane (metres from the district origin, EPSG:4547 axes). */
  origin: Vec2;
  /** Angle of the frame's x axis from grid east, counter-clockwise. */
  rotationRad: number;
  /** Ground elevation at the origin (1985 datum). */
  groundElevationM: number;
}

/** A site of the scheme that is not a building: a park (its rectangle) or a facility (its centre). */
export interface SchemeSite {
  name: string;
  centre: Vec2;
  widthMeters: number;
  depthMeters: number;
}

export interface ProposalSchemes {
  unitId: string;
  frame: SchemeFrame;
  a: SchemeBuilding[];
  b: SchemeBuilding[];
  /** Scheme B's pocket park between its southern slabs and its shopping street (≥ 2,000 m²: serves 300 m), and
   * the kindergarten beside it, so the health check's park coverage and life circles change with the scheme. */
  bPark: SchemeSite;
  bKindergarten: SchemeSite;
}

const FLOOR_HEIGHT_METERS: Record<SchemeBuilding['use'], number> = { 居住: 3, 办公: 3.6, 商业: 4.5 };

/** Street half width plus building line around the unit (its edges run along street centrelines). */
const UNIT_MARGIN_METERS = 28;

export function buildSchemes(rng: Rng, unit: RenewalUnit, ground: (point: Vec2) => number): ProposalSchemes {
  // Millimetre origin: the IFC writes it as IfcMapConversion Eastings/Northings, the tileset uses the same frame.
  const origin = ringCentroid(unit.polygon).map((v) => Math.round(v * 1000) / 1000) as Vec2;
  const south = sub(unit.polygon[1], unit.polygon[0]);
  const frame: SchemeFrame = { origin, rotationRad: Math.atan2(south[1], south[0]), groundElevationM: ground(origin) };
  const local = unit.polygon.map((p) => rotate(sub(p, origin), -frame.rotationRad));
  const box = {
    x0: Math.max(local[0]![0], local[3]![0]) + UNIT_MARGIN_METERS,
    x1: Math.min(local[1]![0], local[2]![0]) - UNIT_MARGIN_METERS,
    y0: Math.max(local[0]![1], local[1]![1]) + UNIT_MARGIN_METERS,
    y1: Math.min(local[2]![1], local[3]![1]) - UNIT_MARGIN_METERS,
  };
  const at = (fx: number, fy: number): Vec2 => [box.x0 + fx * (box.x1 - box.x0), box.y0 + fy * (box.y1 - box.y0)];
  const building = (
    name: string,
    kind: SchemeBuilding['kind'],
    centre: Vec2,
    widthMeters: number,
    depthMeters: number,
    floors: number,
    use: SchemeBuilding['use'],
  ): SchemeBuilding => ({
    name,
    kind,
    centre,
    widthMeters,
    depthMeters,
    floors,
    floorHeightMeters: FLOOR_HEIGHT_METERS[use],
    use,
  });
  const towerFloors = () => rng.int(17, 18);
  const a = [
    building('A1号楼', 'tower', at(0.15, 0.82), 26, 18, towerFloors(), '居住'),
    building('A2号楼', 'tower', at(0.5, 0.82), 26, 18, towerFloors(), '居住'),
    building('A3号楼', 'tower', at(0.85, 0.82), 26, 18, towerFloors(), '居住'),
    building('A4号楼', 'slab', at(0.28, 0.45), 60, 14, 11, '居住'),
    building('A5号楼', 'slab', at(0.75, 0.45), 60, 14, 11, '居住'),
    building('A6商业裙房', 'podium', at(0.5, 0.06), 110, 18, 2, '商业'),
  ];
  const b = [
    building('B1号楼', 'slab', at(0.2, 0.85), 70, 14, 9, '居住'),
    building('B2号楼', 'slab', at(0.8, 0.85), 70, 14, 9, '居住'),
    building('B3号楼', 'slab', at(0.2, 0.5), 70, 14, 7, '居住'),
    building('B4号楼', 'slab', at(0.8, 0.5), 70, 14, 7, '居住'),
    building('B5地标塔楼', 'tower', at(0.5, 0.68), 28, 28, 22, '办公'),
    building('B6商业街', 'podium', at(0.3, 0.1), 80, 16, 3, '商业'),
    building('B7商业街', 'podium', at(0.78, 0.1), 60, 16, 3, '商业'),
  ];
  const bPark = { name: '方案B 社区口袋公园', centre: at(0.5, 0.3), widthMeters: 60, depthMeters: 45 };
  const bKindergarten = { name: '方案B 配套幼儿园', centre: at(0.72, 0.3), widthMeters: 0, depthMeters: 0 };
  return { unitId: unit.spec.id, frame, a, b, bPark, bKindergarten };
}

/** Footprint corners (counter-clockwise) in the district's local plane. */
export function footprintInDistrict(frame: SchemeFrame, building: SchemeSite): Vec2[] {
  const hw = building.widthMeters / 2;
  const hd = building.depthMeters / 2;
  const corners: Vec2[] = [
    [-hw, -hd],
    [hw, -hd],
    [hw, hd],
    [-hw, hd],
  ];
  return corners.map(([x, y]) => pointInDistrict(frame, [building.centre[0] + x, building.centre[1] + y]));
}

/** A point of the scheme frame in the district's local plane. */
export const pointInDistrict = (frame: SchemeFrame, [x, y]: Vec2): Vec2 => {
  const [rx, ry] = rotate([x, y], frame.rotationRad);
  return [frame.origin[0] + rx, frame.origin[1] + ry];
};

export function buildingHeightMeters(building: SchemeBuilding): number {
  return Math.round((building.floors * building.floorHeightMeters + 1.5) * 10) / 10;
}
