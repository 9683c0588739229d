// City health check (城市体检) thresholds, DESIGN.md §4.7: the one table the park-coverage and life-circle analyses
// read. Every value was collected from secondary sources that quote the texts (the health-check indicator
// definition 公园绿地服务半径覆盖率, GB 50180-2018 表3.0.4 and 附录B); none has been checked against the printed
// standard yet, so each row is `verified: false` and the UI says so; set it row by row once someone has.
//
// Rules:
// - A green space serves the homes within its radius, measured from its edge (a home inside it is served).
//   Green spaces under 2,000 m² do not count; 2,000–5,000 m² serve 300 m ("300 米见绿"); ≥ 5,000 m² serve 500 m
//   ("500 米见园") and, being green too, also 300 m. Areas are computed from the polygons, never read from the data.
// - A life circle of N minutes needs every facility category of its tier and of the smaller tiers within its walking
//   distance: the 15-minute circle needs all of them within 1,000 m, the 5-minute one only its own within 300 m.
// - The walking distances are the standard's (300/500/1,000 m). A project may instead give a walking speed; then the
//   distance is minutes × 60 × speed (1.2 m/s × 5 min = 360 m, so the two are not the same and the README says so).

export interface Cited {
  clause: string;
  verified: boolean;
}

export interface ParkServiceRule extends Cited {
  id: 'green' | 'park';
  /** Smallest area that counts, m² (inclusive). */
  minAreaM2: number;
  radiusMeters: number;
  label: { 'zh-CN': string; en: string };
}

const PARK_INDICATOR = '城市体检指标 公园绿地服务半径覆盖率（住房和城乡建设部 2021–2023 城市体检指标体系）';

/** Ordered by size class, smallest first. */
export const PARK_SERVICE_RULES: readonly ParkServiceRule[] = [
  {
    id: 'green',
    minAreaM2: 2_000,
    radiusMeters: 300,
    clause: PARK_INDICATOR,
    verified: false,
    label: { 'zh-CN': '2000 m² 以上绿地 300 m 服务半径', en: 'Green space ≥ 2,000 m²: 300 m radius' },
  },
  {
    id: 'park',
    minAreaM2: 5_000,
    radiusMeters: 500,
    clause: PARK_INDICATOR,
    verified: false,
    label: { 'zh-CN': '5000 m² 以上公园 500 m 服务半径', en: 'Park ≥ 5,000 m²: 500 m radius' },
  },
];

export const LIFE_CIRCLE_MINUTES = [5, 10, 15] as const;
export type LifeCircleMinutes = (typeof LIFE_CIRCLE_MINUTES)[number];

export interface LifeCircle extends Cited {
  minutes: LifeCircleMinutes;
  walkingMeters: number;
  label: { 'zh-CN': string; en: string };
}

const CIRCLE_TABLE = 'GB 50180-2018 表3.0.4 居住区分级控制规模（步行距离）';

export const LIFE_CIRCLES: Readonly<Record<LifeCircleMinutes, LifeCircle>> = {
  5: {
    minutes: 5,
    walkingMeters: 300,
    clause: CIRCLE_TABLE,
    verified: false,
    label: { 'zh-CN': '5 分钟生活圈（300 m）', en: '5-minute circle (300 m)' },
  },
  10: {
    minutes: 10,
    walkingMeters: 500,
    clause: CIRCLE_TABLE,
    verified: false,
    label: { 'zh-CN': '10 分钟生活圈（500 m）', en: '10-minute circle (500 m)' },
  },
  // The table gives 800–1,000 m; the upper end is the circle's reach.
  15: {
    minutes: 15,
    walkingMeters: 1_000,
    clause: CIRCLE_TABLE,
    verified: false,
    label: { 'zh-CN': '15 分钟生活圈（1000 m）', en: '15-minute circle (1,000 m)' },
  },
};

/** A design walking speed commonly used for adult pedestrians; converts distances to minutes for display. */
export const WALKING_SPEED: Cited & { metersPerSecond: number } = {
  metersPerSecond: 1.2,
  clause: '常用步行设计速度（secondary sources; GB 50180-2018 gives distances, not a speed）',
  verified: false,
};

export interface FacilityCategory extends Cited {
  /** The `category` value facility features carry (English keyword; the Chinese name is accepted too). */
  id: string;
  /** The smallest circle whose tier lists the category. */
  tier: LifeCircleMinutes;
  label: { 'zh-CN': string; en: string };
}

const APPENDIX_15_10 = 'GB 50180-2018 附录B 表B.0.1';
const APPENDIX_5 = 'GB 50180-2018 附录B 表B.0.2';

function category(id: string, tier: LifeCircleMinutes, zh: string, en: string): FacilityCategory {
  return { id, tier, clause: tier === 5 ? APPENDIX_5 : APPENDIX_15_10, verified: false, label: { 'zh-CN': zh, en } };
}

export const FACILITY_CATEGORIES: readonly FacilityCategory[] = [
  category('kindergarten', 5, '幼儿园', 'Kindergarten'),
  category('community-service-station', 5, '社区服务站', 'Community service station'),
  category('elderly-care-station', 5, '老年人日间照料中心', 'Elderly day-care station'),
  category('clinic', 5, '社区卫生服务站', 'Community clinic'),
  category('convenience-store', 5, '社区商业网点', 'Convenience store'),
  category('fitness-ground', 5, '室外综合健身场地', 'Outdoor fitness ground'),
  category('primary-school', 10, '小学', 'Primary school'),
  category('market', 10, '菜市场或生鲜超市', 'Market / supermarket'),
  category('sports-ground', 10, '中型多功能运动场地', 'Sports ground'),
  category('middle-school', 15, '初中', 'Middle school'),
  category('health-centre', 15, '社区卫生服务中心', 'Community health centre'),
  category('community-centre', 15, '社区服务中心（街道级）', 'Community service centre'),
  category('culture-centre', 15, '文化活动中心', 'Culture centre'),
];

/** The category a facility's `category` value names (its id or Chinese name), or undefined. */
export function facilityCategoryOf(value: unknown): FacilityCategory | undefined {
  if (typeof value !== 'string') return undefined;
  const key = value.trim();
  return FACILITY_CATEGORIES.find((c) => c.id === key || c.label['zh-CN'] === key);
}

/** The categories an N-minute circle needs: its tier's and the smaller tiers'. */
export const categoriesOfCircle = (minutes: LifeCircleMinutes): FacilityCategory[] =>
  FACILITY_CATEGORIES.filter((c) => c.tier <= minutes);

/** The walking distance an N-minute circle allows: the standard's, or minutes × speed when a speed is given. */
export const circleWalkingMeters = (minutes: LifeCircleMinutes, metersPerSecond?: number): number =>
  metersPerSecond === undefined ? LIFE_CIRCLES[minutes].walkingMeters : minutes * 60 * metersPerSecond;
