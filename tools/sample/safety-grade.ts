// Dangerous-building grade (JGJ 125-2016 §6.1.4: A none … D whole building dangerous), drawn from age and structure:
// old 砖木/砖混 are mostly C/D, modern frames mostly A. A few surveys are missing ("unknown").
import type { Structure } from './building-kinds.ts';
import type { Rng } from './prng.ts';

export type SafetyGrade = 'A' | 'B' | 'C' | 'D' | 'unknown';

const SURVEY_YEAR = 2025;
const STRUCTURE_RISK: Record<Structure, number> = { 砖木: 1.4, 砖混: 1, 框架: 0.55, 框剪: 0.4, 钢结构: 0.6 };
const UNKNOWN_SHARE = 0.02;

export function sampleSafetyGrade(rng: Rng, yearBuilt: number, structure: Structure): SafetyGrade {
  if (rng.chance(UNKNOWN_SHARE)) return 'unknown';
  const ageFactor = Math.max(0, (SURVEY_YEAR - yearBuilt) / 60) ** 1.2;
  const risk = ageFactor * STRUCTURE_RISK[structure] + 0.25 * rng.normal();
  if (risk < 0.4) return 'A';
  if (risk < 0.85) return 'B';
  if (risk < 1.25) return 'C';
  return 'D';
}
