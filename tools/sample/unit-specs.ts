// The renewal units (更新单元) of the sample, one per category, with controls chosen so that some existing
// buildings already break them (the old core is too dense and a few walk-ups are too tall for it).
import type { CellRange } from './plan.ts';
import type { Typology } from './layouts.ts';

export type UnitCategory = '居住类' | '产业类' | '设施类' | '公共空间类' | '区域综合类' | '历史风貌类' | '数字赋能类';
export type RenewalMode = '保护传承' | '整治提升' | '改建完善' | '拆除新建';

export interface UnitControls {
  farMax: number;
  coverageMax: number;
  greenRatioMin: number;
  heightLimitMeters: number;
  demolitionRatioMax?: number;
}

export interface UnitSpec {
  id: string;
  name: string;
  category: UnitCategory;
  mode: RenewalMode;
  phase: string;
  controls: UnitControls;
  cells: CellRange;
  /** Typologies the existing fabric leans to inside the unit (overrides the super-block's character). */
  fabric?: Partial<Record<Typology, number>>;
}

export const UNIT_SPECS: UnitSpec[] = [
  {
    id: 'RU-01',
    name: '老街历史文化街区',
    category: '历史风貌类',
    mode: '保护传承',
    phase: '2025–2027',
    controls: { farMax: 1.2, coverageMax: 0.3, greenRatioMin: 0.15, heightLimitMeters: 12, demolitionRatioMax: 0.1 },
    cells: { i: 1, j: 1, u: [0.25, 0.875], v: [0.25, 0.875] },
    fabric: { courtyard: 0.9, walkup: 0.1 },
  },
  {
    id: 'RU-02',
    name: '解放路北棚户区',
    category: '居住类',
    mode: '拆除新建',
    phase: '2025–2028',
    controls: { farMax: 2.5, coverageMax: 0.25, greenRatioMin: 0.35, heightLimitMeters: 60 },
    cells: { i: 1, j: 2, u: [0.5, 1], v: [0, 0.5] },
    // 棚户区: old self-built courtyard houses and a few early walk-ups, the typical 拆除新建 case.
    fabric: { courtyard: 0.85, walkup: 0.15 },
  },
  {
    id: 'RU-03',
    name: '驻马店纺织厂老厂区',
    category: '产业类',
    mode: '改建完善',
    phase: '2026–2029',
    controls: { farMax: 2, coverageMax: 0.4, greenRatioMin: 0.2, heightLimitMeters: 36, demolitionRatioMax: 0.3 },
    cells: { i: 0, j: 0, u: [0, 0.75], v: [0.25, 1] },
    fabric: { industrial: 1 },
  },
  {
    id: 'RU-04',
    name: '西园社区',
    category: '居住类',
    mode: '整治提升',
    phase: '2025–2026',
    controls: { farMax: 1.6, coverageMax: 0.3, greenRatioMin: 0.3, heightLimitMeters: 24, demolitionRatioMax: 0.15 },
    cells: { i: 0, j: 1, u: [0.25, 1], v: [0, 0.75] },
    fabric: { walkup: 0.85, newSlab: 0.15 },
  },
  {
    id: 'RU-05',
    name: '练江河滨水公共空间',
    category: '公共空间类',
    mode: '整治提升',
    phase: '2025–2027',
    controls: { farMax: 0.5, coverageMax: 0.15, greenRatioMin: 0.6, heightLimitMeters: 15 },
    cells: { i: 2, j: 0, u: [0, 1], v: [0.75, 1] },
    fabric: { public: 0.5, commercial: 0.3, courtyard: 0.2 },
  },
  {
    id: 'RU-06',
    name: '市第一人民医院片区',
    category: '设施类',
    mode: '改建完善',
    phase: '2026–2028',
    controls: { farMax: 2.2, coverageMax: 0.35, greenRatioMin: 0.35, heightLimitMeters: 50, demolitionRatioMax: 0.4 },
    cells: { i: 3, j: 1, u: [0, 0.5], v: [0.25, 0.75] },
    fabric: { public: 0.8, walkup: 0.2 },
  },
  {
    id: 'RU-07',
    name: '火车站片区综合更新',
    category: '区域综合类',
    mode: '拆除新建',
    phase: '2027–2030',
    controls: { farMax: 3.5, coverageMax: 0.35, greenRatioMin: 0.3, heightLimitMeters: 80 },
    cells: { i: 3, j: 0, u: [0.25, 1], v: [0, 0.75] },
  },
  {
    id: 'RU-08',
    name: '乐山路智慧社区示范',
    category: '数字赋能类',
    mode: '整治提升',
    phase: '2025–2026',
    controls: { farMax: 2.5, coverageMax: 0.3, greenRatioMin: 0.3, heightLimitMeters: 54, demolitionRatioMax: 0.05 },
    cells: { i: 2, j: 2, u: [0, 0.5], v: [0, 0.5] },
  },
];

/** The 拆除新建 unit that carries the two proposal schemes. */
export const PROPOSAL_UNIT_ID = 'RU-02';
