// GB 50289-2016 clear distances (净距, outer wall to outer wall), DESIGN.md §4.3: the one table the clearance check
// reads. The values were collected from secondary sources and are not yet checked against the printed standard, so
// every row is `verified: false` and the UI says so; set it to true row by row once someone has checked the clause.
import type { PipeClass, PipeSegment } from './pipe-model.ts';

export type ClearanceKind = 'horizontal' | 'vertical' | 'building';
export type GasPressure = 'low' | 'mediumB' | 'mediumA' | 'high';

/** Which pipes a rule side applies to. Omitted conditions match everything. */
export interface PipeMatch {
  classes: readonly PipeClass[];
  /** Circle diameter / rect width range, mm (inclusive). */
  minSizeMm?: number;
  maxSizeMm?: number;
  gasPressures?: readonly GasPressure[];
  /** true: only direct-buried pipes; false: only pipes in a protective duct (排管, 管块, 管沟). */
  directBuried?: boolean;
}

export interface ClearanceRule {
  id: string;
  kind: ClearanceKind;
  a: PipeMatch;
  /** The other pipe (absent for building rules). */
  b?: PipeMatch;
  requiredM: number;
  clause: string;
  verified: boolean;
  label: { 'zh-CN': string; en: string };
}

const ALL: readonly PipeClass[] = ['JS', 'PS', 'RQ', 'RL', 'DL', 'TX', 'GY', 'ZH', 'BM'];
const H = 'GB 50289-2016 表4.1.9';
const V = 'GB 50289-2016 表4.1.14';
const water = (range: Pick<PipeMatch, 'minSizeMm' | 'maxSizeMm'> = {}): PipeMatch => ({ classes: ['JS'], ...range });
const drainage: PipeMatch = { classes: ['PS'] };
const gas = (gasPressures?: readonly GasPressure[]): PipeMatch => ({
  classes: ['RQ'],
  ...(gasPressures ? { gasPressures } : {}),
});
const heat: PipeMatch = { classes: ['RL'], directBuried: true };
const power = (directBuried = true): PipeMatch => ({ classes: ['DL'], directBuried });
const telecom: PipeMatch = { classes: ['TX'], directBuried: true };
const anyPipe: PipeMatch = { classes: ALL };

function rule(
  id: string,
  kind: ClearanceKind,
  a: PipeMatch,
  b: PipeMatch | undefined,
  requiredM: number,
  zh: string,
  en: string,
): ClearanceRule {
  return {
    id,
    kind,
    a,
    ...(b ? { b } : {}),
    requiredM,
    clause: kind === 'vertical' ? V : H,
    verified: false,
    label: { 'zh-CN': zh, en },
  };
}

export const CLEARANCE_RULES: readonly ClearanceRule[] = [
  rule(
    'B-JS-S',
    'building',
    water({ maxSizeMm: 200 }),
    undefined,
    1.0,
    '给水 d≤200 – 建筑物',
    'Water d≤200 – building',
  ),
  rule(
    'B-JS-L',
    'building',
    water({ minSizeMm: 201 }),
    undefined,
    3.0,
    '给水 d>200 – 建筑物',
    'Water d>200 – building',
  ),
  rule('B-PS', 'building', drainage, undefined, 2.5, '污水·雨水 – 建筑物', 'Sewer/storm – building'),
  rule('B-RQ-L', 'building', gas(['low']), undefined, 0.7, '低压燃气 – 建筑物', 'Low-pressure gas – building'),
  rule(
    'B-RQ-MB',
    'building',
    gas(['mediumB']),
    undefined,
    1.0,
    '中压B燃气 – 建筑物',
    'Medium-pressure B gas – building',
  ),
  rule(
    'B-RQ-MA',
    'building',
    gas(['mediumA']),
    undefined,
    1.5,
    '中压A燃气 – 建筑物',
    'Medium-pressure A gas – building',
  ),
  rule('B-RL', 'building', heat, undefined, 3.0, '直埋热力 – 建筑物', 'Direct-buried heat – building'),
  rule('B-DL', 'building', power(), undefined, 0.6, '直埋电力 – 建筑物', 'Direct-buried power – building'),
  rule('B-TX', 'building', telecom, undefined, 1.0, '直埋通信 – 建筑物', 'Direct-buried telecom – building'),
  rule(
    'H-JS-PS-S',
    'horizontal',
    water({ maxSizeMm: 200 }),
    drainage,
    1.0,
    '给水 d≤200 – 污水·雨水',
    'Water d≤200 – sewer/storm',
  ),
  rule(
    'H-JS-PS-L',
    'horizontal',
    water({ minSizeMm: 201 }),
    drainage,
    1.5,
    '给水 d>200 – 污水·雨水',
    'Water d>200 – sewer/storm',
  ),
  rule(
    'H-JS-RQ',
    'horizontal',
    water(),
    gas(['low', 'mediumB', 'mediumA']),
    0.5,
    '给水 – 低/中压燃气',
    'Water – low/medium-pressure gas',
  ),
  rule('H-JS-RL', 'horizontal', water(), { classes: ['RL'] }, 1.5, '给水 – 热力', 'Water – heat'),
  rule('H-JS-DL', 'horizontal', water(), { classes: ['DL'] }, 0.5, '给水 – 电力', 'Water – power'),
  rule('H-JS-TX', 'horizontal', water(), { classes: ['TX'] }, 1.0, '给水 – 通信', 'Water – telecom'),
  rule('H-RQ-DL', 'horizontal', gas(), { classes: ['DL'] }, 0.5, '燃气 – 电力', 'Gas – power'),
  rule('H-RL-DL', 'horizontal', heat, power(), 2.0, '直埋热力 – 直埋电力', 'Direct-buried heat – direct-buried power'),
  rule('V-JS-JS', 'vertical', water(), water(), 0.15, '给水 – 给水（交叉）', 'Water – water (crossing)'),
  rule('V-PS-JS', 'vertical', drainage, water(), 0.4, '污水·雨水 – 给水（交叉）', 'Sewer/storm – water (crossing)'),
  rule(
    'V-PS-PS',
    'vertical',
    drainage,
    drainage,
    0.15,
    '污水·雨水 – 污水·雨水（交叉）',
    'Sewer/storm – sewer/storm (crossing)',
  ),
  rule('V-RQ', 'vertical', gas(), anyPipe, 0.15, '燃气 – 其他管线（交叉）', 'Gas – other pipes (crossing)'),
  rule(
    'V-RL',
    'vertical',
    { classes: ['RL'] },
    anyPipe,
    0.15,
    '热力 – 其他管线（交叉）',
    'Heat – other pipes (crossing)',
  ),
  rule(
    'V-DL',
    'vertical',
    power(true),
    anyPipe,
    0.5,
    '直埋电力 – 其他管线（交叉）',
    'Direct-buried power – other pipes (crossing)',
  ),
  rule(
    'V-DL-P',
    'vertical',
    power(false),
    anyPipe,
    0.25,
    '保护管电力 – 其他管线（交叉）',
    'Power in a duct – other pipes (crossing)',
  ),
  rule(
    'V-TX-JS',
    'vertical',
    telecom,
    water(),
    0.5,
    '直埋通信 – 给水（交叉）',
    'Direct-buried telecom – water (crossing)',
  ),
];

/** The largest clear distance any rule asks for: how far the check must look around a pipe. */
export const MAX_REQUIRED_M = Math.max(...CLEARANCE_RULES.map((r) => r.requiredM));

export function gasPressureOf(pressure: string | undefined): GasPressure {
  if (!pressure) return 'low';
  if (/次高压|高压/.test(pressure)) return 'high';
  if (/中压\s*A/i.test(pressure)) return 'mediumA';
  if (/中压/.test(pressure)) return 'mediumB';
  return 'low';
}

/** Pipes in a duct bank, cable block or trench are protected; others count as direct-buried. */
export const isDirectBuried = (segment: PipeSegment): boolean => !/排管|管块|管沟|管廊|保护管/.test(segment.subtype);

function matches(match: PipeMatch, segment: PipeSegment): boolean {
  if (!match.classes.includes(segment.pipeClass)) return false;
  if (match.minSizeMm !== undefined && segment.widthMm < match.minSizeMm) return false;
  if (match.maxSizeMm !== undefined && segment.widthMm > match.maxSizeMm) return false;
  if (match.gasPressures && !match.gasPressures.includes(gasPressureOf(segment.pressure))) return false;
  if (match.directBuried !== undefined && isDirectBuried(segment) !== match.directBuried) return false;
  return true;
}

/** The strictest rule of this kind for a pipe pair (or a pipe and a building when `other` is omitted). */
export function strictestRule(
  kind: ClearanceKind,
  segment: PipeSegment,
  other?: PipeSegment,
  rules = CLEARANCE_RULES,
): ClearanceRule | undefined {
  let best: ClearanceRule | undefined;
  for (const candidate of rules) {
    if (candidate.kind !== kind) continue;
    const applies =
      other && candidate.b
        ? (matches(candidate.a, segment) && matches(candidate.b, other)) ||
          (matches(candidate.a, other) && matches(candidate.b, segment))
        : !other && !candidate.b && matches(candidate.a, segment);
    if (applies && (!best || candidate.requiredM > best.requiredM)) best = candidate;
  }
  return best;
}
