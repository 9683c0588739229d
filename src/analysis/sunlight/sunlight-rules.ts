// Residential sunlight standards, GB 50180-2018 §4.0.9 and 表4.0.9 (DESIGN.md §4.4): the one table the sunlight check
// reads. Which row applies follows from the project's climate zone and urban population, with overrides for housing
// for the elderly and for new housing in old-district renewal. Every row was collected from secondary sources that
// quote the 2018 text (and its 1993 predecessor's identical table); none has been checked against the printed
// standard yet, so each is `verified: false` and the UI says so; set it row by row once someone has.
//
// Rules:
// - A "大城市" is a city of ≥ 500,000 urban residents (城区常住人口, the 2018 text's threshold).
// - The standard day is 大寒日 (solar longitude 300°) or 冬至日 (270°); its counting window is in true solar time:
//   大寒日 08:00–16:00, 冬至日 09:00–15:00.
// - Measured at the window sill of the ground floor (底层窗台面), 0.9 m above the indoor floor.
// - Housing for the elderly: ≥ 2 h on 冬至日 (§4.0.9 item 2). New housing in an old-district rebuild: ≥ 1 h on 大寒日
//   (item 3). Where several apply to one dwelling, the strictest decides.

export type ClimateZone = 'Ⅰ' | 'Ⅱ' | 'Ⅲ' | 'Ⅳ' | 'Ⅴ' | 'Ⅵ' | 'Ⅶ';
export type StandardDay = '大寒' | '冬至';

export const CLIMATE_ZONES: readonly ClimateZone[] = ['Ⅰ', 'Ⅱ', 'Ⅲ', 'Ⅳ', 'Ⅴ', 'Ⅵ', 'Ⅶ'];
export const LARGE_CITY_MIN_POPULATION = 500_000;
export const SILL_HEIGHT_METERS = 0.9;

/** The counting window of each standard day, true solar hours. */
export const SUNLIGHT_WINDOWS: Readonly<Record<StandardDay, readonly [number, number]>> = {
  大寒: [8, 16],
  冬至: [9, 15],
};

export interface SunlightRule {
  id: string;
  day: StandardDay;
  minHours: number;
  clause: string;
  verified: boolean;
  label: { 'zh-CN': string; en: string };
}

const TABLE = 'GB 50180-2018 表4.0.9';

function rule(id: string, day: StandardDay, minHours: number, zh: string, en: string, clause = TABLE): SunlightRule {
  return { id, day, minHours, clause, verified: false, label: { 'zh-CN': zh, en } };
}

export const SUNLIGHT_RULES = {
  zoneI_large: rule(
    'I-II-III-VII-large',
    '大寒',
    2,
    'Ⅰ、Ⅱ、Ⅲ、Ⅶ气候区 大城市：大寒日 ≥ 2 h',
    'Zones I, II, III, VII, large city: ≥ 2 h on Dahan',
  ),
  zoneI_small: rule(
    'I-II-III-VII-small',
    '大寒',
    3,
    'Ⅰ、Ⅱ、Ⅲ、Ⅶ气候区 中小城市：大寒日 ≥ 3 h',
    'Zones I, II, III, VII, smaller city: ≥ 3 h on Dahan',
  ),
  zoneIV_large: rule('IV-large', '大寒', 3, 'Ⅳ气候区 大城市：大寒日 ≥ 3 h', 'Zone IV, large city: ≥ 3 h on Dahan'),
  zoneIV_small: rule(
    'IV-small',
    '冬至',
    1,
    'Ⅳ气候区 中小城市：冬至日 ≥ 1 h',
    'Zone IV, smaller city: ≥ 1 h on the winter solstice',
  ),
  zoneV_VI: rule('V-VI', '冬至', 1, 'Ⅴ、Ⅵ气候区：冬至日 ≥ 1 h', 'Zones V, VI: ≥ 1 h on the winter solstice'),
  elderly: rule(
    'elderly',
    '冬至',
    2,
    '老年人居住建筑：冬至日 ≥ 2 h',
    'Housing for the elderly: ≥ 2 h on the winter solstice',
    'GB 50180-2018 §4.0.9-2',
  ),
  oldAreaRebuild: rule(
    'old-area-rebuild',
    '大寒',
    1,
    '旧区改建新建住宅：大寒日 ≥ 1 h',
    'New housing in an old-district rebuild: ≥ 1 h on Dahan',
    'GB 50180-2018 §4.0.9-3',
  ),
} as const satisfies Record<string, SunlightRule>;

export interface SunlightSetting {
  climateZone: ClimateZone;
  urbanPopulation: number;
}

/** The 表4.0.9 row for a city. */
export function cityRule({ climateZone, urbanPopulation }: SunlightSetting): SunlightRule {
  const large = urbanPopulation >= LARGE_CITY_MIN_POPULATION;
  switch (climateZone) {
    case 'Ⅳ':
      return large ? SUNLIGHT_RULES.zoneIV_large : SUNLIGHT_RULES.zoneIV_small;
    case 'Ⅴ':
    case 'Ⅵ':
      return SUNLIGHT_RULES.zoneV_VI;
    default:
      return large ? SUNLIGHT_RULES.zoneI_large : SUNLIGHT_RULES.zoneI_small;
  }
}

export interface DwellingKind {
  elderly?: boolean;
  /** New housing built in an old-district rebuild (旧区改建). */
  oldAreaRebuild?: boolean;
}

/**
 * The rules a dwelling must meet: the city's row, replaced by the old-district relaxation for new housing there, plus
 * the elderly rule (on its own standard day, so both are checked rather than one picked).
 */
export function dwellingRules(setting: SunlightSetting, kind: DwellingKind = {}): SunlightRule[] {
  const base = kind.oldAreaRebuild ? SUNLIGHT_RULES.oldAreaRebuild : cityRule(setting);
  return kind.elderly ? [base, SUNLIGHT_RULES.elderly] : [base];
}

/** Minutes are whole steps: compared in minutes, float hours never miss by an ulp. */
export const meetsHours = (countedHours: number, requiredHours: number): boolean =>
  Math.round(countedHours * 60) >= Math.round(requiredHours * 60);
