// The manifest's `sunlight` section: which row of GB 50180-2018 表4.0.9 the project's housing is held to — the city's
// building climate zone and its urban population — and which values of the building `use` attribute mean housing (the
// dwellings a scheme's impact is checked on) and housing for the elderly (held to their own rule). Absent: the
// sunlight check says it needs them.
import { CLIMATE_ZONES, type ClimateZone } from '../analysis/sunlight/sunlight-rules.ts';
import { Fields } from './fields.ts';
import { describeValue, isJsonObject, problem } from './json-paths.ts';
import type { Problem } from './project-types.ts';

export interface SunlightConfig {
  climateZone: ClimateZone;
  urbanPopulation: number;
  /** `use` values of dwellings (default 居住, 住宅); elderly housing counts too. */
  residentialUses: string[];
  /** `use` values of housing for the elderly (default 养老, 老年公寓). */
  elderlyUses: string[];
}

const KEYS = ['climateZone', 'urbanPopulation', 'residentialUses', 'elderlyUses'];

export function validateSunlight(json: unknown, path: string, problems: Problem[]): SunlightConfig | undefined {
  if (json === undefined) return undefined;
  if (!isJsonObject(json)) {
    problems.push(
      problem(
        path,
        `sunlight must be an object {"climateZone": "Ⅲ", "urbanPopulation": 700000}, found ${describeValue(json)}`,
      ),
    );
    return undefined;
  }
  const fields = new Fields(json, path, problems);
  fields.warnUnknownKeys(KEYS, 'sunlight');
  const zone = json.climateZone;
  if (!CLIMATE_ZONES.includes(zone as ClimateZone)) {
    fields.report(
      'climateZone',
      `climateZone must be one of ${CLIMATE_ZONES.join(' ')} (GB 50178 building climate zones), found ${describeValue(zone)}`,
    );
  }
  const urbanPopulation = fields.number('urbanPopulation', { min: 0, meaning: 'urban residents (城区常住人口)' });
  const uses = (key: string, fallback: string[]): string[] => {
    const value = json[key];
    if (value === undefined) return fallback;
    if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value;
    fields.report(key, `${key} must be a list of texts, found ${describeValue(value)}`);
    return fallback;
  };
  const config = {
    climateZone: zone as ClimateZone,
    urbanPopulation: urbanPopulation ?? 0,
    residentialUses: uses('residentialUses', ['居住', '住宅']),
    elderlyUses: uses('elderlyUses', ['养老', '老年公寓']),
  };
  return fields.hasErrors() ? undefined : config;
}
