// Height zones (控高分区) and the view corridor (视线通廊) to the clock tower. Zones overlap on purpose: the lowest
// limit at a spot wins, which is what a height check has to work out.
import { ringCentroid } from '../../src/geometry/ring.ts';
import type { Building } from './buildings.ts';
import { heritageBeltOuter } from './heritage.ts';
import { add, leftNormal, lerp, normalize, scale, sub, type Quad, type Vec2 } from './geom.ts';
import { superBlockOutline, type Network } from './network.ts';

export type HeightBasis = '控规' | '历史街区' | '机场净空' | '视廊';

export interface HeightZone {
  id: string;
  name: string;
  limitMeters: number;
  basis: HeightBasis;
  ring: Vec2[];
}

export interface ViewCorridor {
  id: string;
  name: string;
  eye: Vec2;
  eyeHeightMeters: number;
  target: Vec2;
  targetHeightMeters: number;
  halfWidthMeters: number;
}

const CORRIDOR_HALF_WIDTH_METERS = 30;
/** Eye on the 人民桥 deck over the river: deck 6 m above the ground plus a standing person. */
const BRIDGE_EYE_HEIGHT_METERS = 7.6;

export function buildViewCorridor(network: Network, landmark: Building): ViewCorridor {
  const river = network.river.points;
  return {
    id: 'VC-01',
    name: '人民桥—天中钟楼视线通廊',
    eye: lerp(river[1]!, river[2]!, 0.8),
    eyeHeightMeters: BRIDGE_EYE_HEIGHT_METERS,
    target: ringCentroid(landmark.ring),
    targetHeightMeters: landmark.heightMeters,
    halfWidthMeters: CORRIDOR_HALF_WIDTH_METERS,
  };
}

export function corridorRing(corridor: ViewCorridor): Vec2[] {
  const side = scale(leftNormal(normalize(sub(corridor.target, corridor.eye))), corridor.halfWidthMeters);
  return [
    add(corridor.eye, scale(side, -1)),
    add(corridor.target, scale(side, -1)),
    add(corridor.target, side),
    add(corridor.eye, side),
  ];
}

export function buildHeightZones(network: Network, heritageCore: Quad, corridor: ViewCorridor): HeightZone[] {
  const outline = (i0: number, i1: number, j0: number, j1: number) => superBlockOutline(network, i0, i1, j0, j1);
  const zone = (id: string, name: string, limitMeters: number, basis: HeightBasis, ring: Vec2[]): HeightZone => ({
    id,
    name,
    limitMeters,
    basis,
    ring,
  });
  const columns = network.nodes.length - 1;
  const rows = network.nodes[0]!.length - 1;
  return [
    zone('HZ-01', '老城区控规高度基准', 100, '控规', outline(0, columns, 0, rows)),
    zone('HZ-02', '老城核心区高度控制', 36, '控规', outline(1, 3, 1, 2)),
    zone('HZ-03', '历史街区核心保护范围限高', 12, '历史街区', heritageCore),
    zone('HZ-04', '历史街区建设控制地带限高', 18, '历史街区', heritageBeltOuter(heritageCore)),
    zone('HZ-05', '机场净空限制面（示意）', 45, '机场净空', outline(3, 4, 0, 2)),
    zone('HZ-06', '钟楼视廊控制区', 20, '视廊', corridorRing(corridor)),
  ];
}
