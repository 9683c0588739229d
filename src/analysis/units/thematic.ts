// Thematic colouring of buildings: each mode sorts a building into one of a few classes by one attribute, and each
// class has one colour. The renderer looks the colour up per feature (no chain of style conditions, which grows
// slow with the number of classes: CesiumJS issue #4662).
import { RENEWAL_MODES } from './renewal-unit.ts';
import { safetyGradeOf } from './safety-grade.ts';

export const THEMATIC_MODES = ['none', 'safetyGrade', 'renewalMode', 'age', 'height'] as const;
export type ThematicMode = (typeof THEMATIC_MODES)[number];

export interface ThematicClass {
  key: string;
  color: string;
  label: { 'zh-CN': string; en: string };
}

/** What the classes are read from: the mapped attributes, the height, and the mode of the building's unit. */
export interface ThematicInput {
  grade: unknown;
  yearBuilt: unknown;
  heightMeters: number | null;
  /** Renewal mode of the unit the building is in; undefined outside every unit. */
  unitMode: string | undefined;
}

const UNKNOWN: ThematicClass = { key: 'unknown', color: '#9e9e9e', label: { 'zh-CN': '未知', en: 'Unknown' } };

/** JGJ 125 grades: green → red as the danger grows. */
const GRADE_CLASSES: ThematicClass[] = [
  { key: 'A', color: '#1a9641', label: { 'zh-CN': 'A 级（无危险构件）', en: 'A (no dangerous members)' } },
  { key: 'B', color: '#2c7bb6', label: { 'zh-CN': 'B 级（个别危险构件）', en: 'B (a few dangerous members)' } },
  { key: 'C', color: '#fdae61', label: { 'zh-CN': 'C 级（局部危房）', en: 'C (partly dangerous)' } },
  { key: 'D', color: '#d7191c', label: { 'zh-CN': 'D 级（整幢危房）', en: 'D (whole building dangerous)' } },
  UNKNOWN,
];

/** The same colours as the renewal-unit polygons of the sample manifest, so buildings and units read together. */
const MODE_COLORS: Record<string, string> = {
  保护传承: '#1b7837',
  整治提升: '#4393c3',
  改建完善: '#f4a582',
  拆除新建: '#d6604d',
};
const MODE_CLASSES: ThematicClass[] = [
  ...Object.entries(RENEWAL_MODES).map(([mode, en]) => ({
    key: mode,
    color: MODE_COLORS[mode]!,
    label: { 'zh-CN': mode, en },
  })),
  { key: 'outside', color: '#e0e0e0', label: { 'zh-CN': '不在更新单元内', en: 'Outside renewal units' } },
  UNKNOWN,
];

/** Construction periods: 老旧小区 policy draws the line at 2000. */
const AGE_BANDS = [
  { before: 1980, key: 'pre1980', color: '#7f2704', label: { 'zh-CN': '1980 年前', en: 'Before 1980' } },
  { before: 1990, key: '1980s', color: '#d94801', label: { 'zh-CN': '1980–1989 年', en: '1980–1989' } },
  { before: 2000, key: '1990s', color: '#fd8d3c', label: { 'zh-CN': '1990–1999 年', en: '1990–1999' } },
  { before: 2010, key: '2000s', color: '#9ecae1', label: { 'zh-CN': '2000–2009 年', en: '2000–2009' } },
  { before: Infinity, key: 'since2010', color: '#3182bd', label: { 'zh-CN': '2010 年及以后', en: '2010 and later' } },
];

/** Height bands after GB 50352-2019 §3.1.2: low/multi-storey ≤ 24 m, high-rise ≤ 100 m, super high-rise above. */
const HEIGHT_BANDS = [
  { below: 10, key: 'h0-10', color: '#edf8e9', label: { 'zh-CN': '10 米以下', en: 'Under 10 m' } },
  { below: 24, key: 'h10-24', color: '#bae4b3', label: { 'zh-CN': '10–24 米', en: '10–24 m' } },
  { below: 54, key: 'h24-54', color: '#74c476', label: { 'zh-CN': '24–54 米', en: '24–54 m' } },
  { below: 100, key: 'h54-100', color: '#31a354', label: { 'zh-CN': '54–100 米', en: '54–100 m' } },
  { below: Infinity, key: 'h100', color: '#006d2c', label: { 'zh-CN': '100 米及以上', en: '100 m and above' } },
];

export function thematicClasses(mode: ThematicMode): ThematicClass[] {
  switch (mode) {
    case 'none':
      return [];
    case 'safetyGrade':
      return GRADE_CLASSES;
    case 'renewalMode':
      return MODE_CLASSES;
    case 'age':
      return [...AGE_BANDS.map(({ key, color, label }) => ({ key, color, label })), UNKNOWN];
    case 'height':
      return [...HEIGHT_BANDS.map(({ key, color, label }) => ({ key, color, label })), UNKNOWN];
  }
}

/** The class key of a building in a mode ('' for mode none). */
export function thematicKey(mode: ThematicMode, input: ThematicInput): string {
  switch (mode) {
    case 'none':
      return '';
    case 'safetyGrade':
      return safetyGradeOf(input.grade);
    case 'renewalMode':
      if (input.unitMode === undefined) return 'outside';
      return input.unitMode in MODE_COLORS ? input.unitMode : UNKNOWN.key;
    case 'age': {
      const year = yearOf(input.yearBuilt);
      return year === null ? UNKNOWN.key : AGE_BANDS.find((band) => year < band.before)!.key;
    }
    case 'height': {
      const height = input.heightMeters;
      return height === null || !(height >= 0) ? UNKNOWN.key : HEIGHT_BANDS.find((band) => height < band.below)!.key;
    }
  }
}

/** A plausible construction year, else null (0, '', 'n/a' and future years are missing data, not old buildings). */
export function yearOf(value: unknown): number | null {
  if (value === null || value === undefined || value === '') return null;
  const year = Number(value);
  return Number.isInteger(year) && year >= 1000 && year <= 2100 ? year : null;
}

export interface BuildingFilter {
  /** Only these safety grades ('A'…'D', 'unknown'). */
  grades?: string[];
  /** Only buildings built before this year (a building without a year is left out). */
  builtBefore?: number;
}

export function matchesFilter(filter: BuildingFilter, input: Pick<ThematicInput, 'grade' | 'yearBuilt'>): boolean {
  if (filter.grades && !filter.grades.map(safetyGradeOfFilter).includes(safetyGradeOf(input.grade))) return false;
  if (filter.builtBefore !== undefined) {
    const year = yearOf(input.yearBuilt);
    if (year === null || year >= filter.builtBefore) return false;
  }
  return true;
}

const safetyGradeOfFilter = (grade: string) =>
  grade.trim().toLowerCase() === 'unknown' ? 'unknown' : safetyGradeOf(grade);
