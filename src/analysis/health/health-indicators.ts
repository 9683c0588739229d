// The health-check indicators the data can answer, grouped by the check's dimensions (DESIGN.md §4.7), for the
// district and per renewal unit, each against its target where the project gives one. Shares are of homes by floor
// area; counts are of features. Which way a target is met follows from the indicator (coverage: at least; dangerous
// housing: at most).
import type { HealthScene } from './health-scene.ts';
import type { LifeCircleResult } from './life-circle.ts';
import type { ParkCoverage } from './park-coverage.ts';
import { type Shares, weightedShare } from './weighted-share.ts';

export const HEALTH_DIMENSIONS = {
  safety: { 'zh-CN': '安全韧性', en: 'Safety and resilience' },
  comfort: { 'zh-CN': '健康舒适', en: 'Health and comfort' },
  ecology: { 'zh-CN': '生态宜居', en: 'Ecology and liveability' },
  townscape: { 'zh-CN': '风貌特色', en: 'Townscape' },
  housing: { 'zh-CN': '住房', en: 'Housing' },
} as const;
export type HealthDimension = keyof typeof HEALTH_DIMENSIONS;

interface IndicatorDefinition {
  dimension: HealthDimension;
  unit: 'share' | 'count';
  /** 'min': the target is a minimum (coverage); 'max': a maximum (dangerous housing). */
  target: 'min' | 'max';
  label: { 'zh-CN': string; en: string };
}

const indicator = (
  dimension: HealthDimension,
  unit: IndicatorDefinition['unit'],
  target: IndicatorDefinition['target'],
  zh: string,
  en: string,
): IndicatorDefinition => ({ dimension, unit, target, label: { 'zh-CN': zh, en } });

export const HEALTH_INDICATORS = {
  'dangerous-housing-share': indicator('safety', 'share', 'max', 'C/D 级危房占比', 'Share of C/D-grade dwellings'),
  'pipe-clearance-failures': indicator('safety', 'count', 'max', '管线净距不足处数', 'Pipe clearance failures'),
  'life-circle-5': indicator('comfort', 'share', 'min', '5 分钟生活圈设施完整率', '5-minute circle complete'),
  'life-circle-10': indicator('comfort', 'share', 'min', '10 分钟生活圈设施完整率', '10-minute circle complete'),
  'life-circle-15': indicator('comfort', 'share', 'min', '15 分钟生活圈设施完整率', '15-minute circle complete'),
  'park-coverage': indicator(
    'ecology',
    'share',
    'min',
    '公园绿地服务半径覆盖率（步行网络）',
    'Park service coverage (walking network)',
  ),
  'park-coverage-straight': indicator(
    'ecology',
    'share',
    'min',
    '公园绿地服务半径覆盖率（直线）',
    'Park service coverage (straight line)',
  ),
  'height-limit-violations': indicator(
    'townscape',
    'count',
    'max',
    '超出控高建筑数',
    'Buildings over the height limit',
  ),
  'skyline-breakers': indicator(
    'townscape',
    'count',
    'max',
    '突破天际线控制线建筑数',
    'Buildings above the skyline control line',
  ),
  'heritage-at-risk': indicator('townscape', 'count', 'max', '受威胁历史建筑数', 'Heritage buildings at risk'),
  'housing-before-2000-share': indicator(
    'housing',
    'share',
    'max',
    '2000 年以前建成住房占比',
    'Share of housing built before 2000',
  ),
} satisfies Record<string, IndicatorDefinition>;
export type HealthIndicatorId = keyof typeof HEALTH_INDICATORS;

export interface HealthIndicator {
  id: HealthIndicatorId;
  dimension: HealthDimension;
  /** A share 0…1 or a count. */
  value: number;
  target?: number;
  /** Absent for the district row. */
  unitId?: string;
  /** Present when there is a target. */
  met?: boolean;
}

export interface HealthCheckInput {
  scene: HealthScene;
  /** Along the network when the project has one; the straight form is always given. */
  parkNetwork: ParkCoverage | null;
  parkStraight: ParkCoverage;
  circles: readonly LifeCircleResult[];
  /** Buildings over their height limit, with their unit (null outside every unit); absent: not checked. */
  heightViolations?: readonly { unitId: string | null }[];
  /** Buildings above the skyline control line, with their unit; absent: no control line checked. */
  skylineBreakers?: readonly { unitId: string | null }[];
  /** Listed buildings graded C/D or removed by the scheme, with their unit. */
  heritageAtRisk?: readonly { unitId: string | null }[];
  /** Pipes failing a clearance rule; absent when the pipelines analysis has not run. */
  pipeClearanceFailures?: number;
  /** Targets by indicator id (the manifest's `health.targets`). */
  targets?: Partial<Record<HealthIndicatorId, number>>;
}

export function healthIndicators(input: HealthCheckInput): HealthIndicator[] {
  const { scene, targets = {} } = input;
  const rows: HealthIndicator[] = [];
  const push = (id: HealthIndicatorId, value: number, unitId?: string) => {
    const target = targets[id];
    const definition = HEALTH_INDICATORS[id];
    rows.push({
      id,
      dimension: definition.dimension,
      value,
      ...(unitId !== undefined ? { unitId } : {}),
      ...(target !== undefined ? { target, met: definition.target === 'min' ? value >= target : value <= target } : {}),
    });
  };
  const shares = (id: HealthIndicatorId, s: Shares) => {
    if (s.district === null) return;
    push(id, s.district);
    for (const [unitId, value] of s.byUnit) push(id, value, unitId);
  };
  const { homes } = scene;
  shares(
    'dangerous-housing-share',
    weightedShare(homes, (h) => homes[h]!.safetyGrade === 'C' || homes[h]!.safetyGrade === 'D'),
  );
  if (input.pipeClearanceFailures !== undefined) push('pipe-clearance-failures', input.pipeClearanceFailures);
  for (const circle of input.circles) shares(`life-circle-${circle.minutes}`, circle.completeShare);
  if (input.parkNetwork) shares('park-coverage', input.parkNetwork.ratio);
  shares('park-coverage-straight', input.parkStraight.ratio);
  /** A count for the district and for every unit with homes or with a counted building. */
  const unitIds = new Set(homes.flatMap((home) => (home.unitId === null ? [] : [home.unitId])));
  const counts = (id: HealthIndicatorId, items: readonly { unitId: string | null }[] | undefined) => {
    if (!items) return;
    push(id, items.length);
    const byUnit = new Map<string, number>();
    for (const { unitId } of items) if (unitId !== null) byUnit.set(unitId, (byUnit.get(unitId) ?? 0) + 1);
    for (const unitId of new Set([...unitIds, ...byUnit.keys()])) push(id, byUnit.get(unitId) ?? 0, unitId);
  };
  counts('height-limit-violations', input.heightViolations);
  counts('skyline-breakers', input.skylineBreakers);
  counts('heritage-at-risk', input.heritageAtRisk);
  shares(
    'housing-before-2000-share',
    weightedShare(homes, (h) => homes[h]!.yearBuilt !== null && homes[h]!.yearBuilt! < 2000),
  );
  return rows;
}
