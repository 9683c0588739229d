// The historic quarter (历史文化街区): a core protection area (核心保护范围) and a construction-control belt
// (建设控制地带) around it, with a few listed buildings inside the core, one of them the clock-tower landmark that
// the view corridor aims at.
import { ringCentroid, ringContains } from '../../src/geometry/ring.ts';
import type { Building } from './buildings.ts';
import { distance, insetConvex, type Quad, type Vec2 } from './geom.ts';
import type { Network } from './network.ts';
import { cellRangeQuad, HERITAGE_CORE } from './plan.ts';
import type { Rng } from './prng.ts';
import { findSuperBlock } from './units.ts';

export type HeritageZoneKind = '核心保护范围' | '建设控制地带';

export interface HeritageZone {
  id: string;
  zone: HeritageZoneKind;
  name: string;
  limitMeters: number;
  rules: string;
  /** Outer ring counter-clockwise, then holes clockwise. */
  rings: Vec2[][];
}

const BELT_WIDTH_METERS = 100;
const LISTED_MONUMENTS = ['天中钟楼', '豫南商会旧址', '福音堂'];
const HISTORIC_BUILDINGS = [
  '老邮政局',
  '驿城老街张宅',
  '李家大院',
  '王氏宗祠',
  '老戏楼',
  '粮行旧址',
  '同仁药铺',
  '刘家客栈',
  '盐业公所旧址',
];
const LANDMARK_HEIGHT_METERS = 21.5;

export function heritageCore(network: Network): Quad {
  return cellRangeQuad(findSuperBlock(network, HERITAGE_CORE), HERITAGE_CORE);
}

/** The outer edge of the construction-control belt. */
export function heritageBeltOuter(core: Quad): Vec2[] {
  return insetConvex(
    core,
    core.map(() => -BELT_WIDTH_METERS),
  )!;
}

export function buildHeritageZones(network: Network): HeritageZone[] {
  const core = heritageCore(network);
  const outer = heritageBeltOuter(core);
  return [
    {
      id: 'HZ-CORE',
      zone: '核心保护范围',
      name: '驿城老街历史文化街区核心保护范围',
      limitMeters: 12,
      rules: '不得新建、扩建与保护无关的建筑；修缮、改建建筑檐口高度不超过12米，保持青砖灰瓦坡屋顶和街巷肌理。',
      rings: [core],
    },
    {
      id: 'HZ-BELT',
      zone: '建设控制地带',
      name: '驿城老街历史文化街区建设控制地带',
      limitMeters: 18,
      rules: '新建、改建建筑高度不超过18米，体量、色彩与历史风貌相协调；不得遮挡钟楼视线通廊。',
      rings: [outer, [...core].reverse()],
    },
  ];
}

/**
 * Lists a few old low houses in the core as heritage. Returns the landmark (the listed building nearest the
 * centre of the core), raised to a clock tower.
 */
export function designateHeritage(rng: Rng, buildings: Building[], core: Quad): Building {
  const centre = ringCentroid(core);
  const candidates = buildings.filter(
    (b) =>
      ringContains(core, ...ringCentroid(b.ring)) &&
      b.floors <= 2 &&
      b.use !== '工业' &&
      (b.structure === '砖木' || b.structure === '砖混'),
  );
  if (candidates.length < LISTED_MONUMENTS.length + HISTORIC_BUILDINGS.length)
    throw new Error('Too few old houses in the heritage core');
  const byDistance = [...candidates].sort(
    (a, b) => distance(ringCentroid(a.ring), centre) - distance(ringCentroid(b.ring), centre),
  );
  const landmark = byDistance[0]!;
  const rest = candidates.filter((b) => b !== landmark);
  const step = rest.length / (LISTED_MONUMENTS.length + HISTORIC_BUILDINGS.length - 1);
  const chosen = [
    landmark,
    ...Array.from(
      { length: LISTED_MONUMENTS.length + HISTORIC_BUILDINGS.length - 1 },
      (_, n) => rest[Math.floor(n * step)]!,
    ),
  ];
  chosen.forEach((building, n) => {
    const isMonument = n < LISTED_MONUMENTS.length;
    building.heritage = isMonument ? '文物保护单位' : '历史建筑';
    building.name = isMonument ? LISTED_MONUMENTS[n]! : HISTORIC_BUILDINGS[n - LISTED_MONUMENTS.length]!;
    building.yearBuilt = isMonument ? rng.int(1905, 1930) : rng.int(1920, 1958);
    building.structure = '砖木';
    building.floors = rng.int(1, 2);
    building.heightMeters = Math.round((building.floors * 3.4 + rng.range(1.5, 2.5)) * 10) / 10;
    building.safetyGrade = rng.pick(['B', 'B', 'C']);
    building.use = rng.pick(['公共服务', '商业', '居住']);
  });
  landmark.floors = 4;
  landmark.heightMeters = LANDMARK_HEIGHT_METERS;
  landmark.use = '公共服务';
  return landmark;
}
