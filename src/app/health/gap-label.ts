// The map's label on a cluster of life-circle gaps ("此处 300 m 内无幼儿园"), in the interface language: the one map
// label that is a sentence, so it is worded here, not in the analysis that finds the gaps.
import { FACILITY_CATEGORIES } from '../../analysis/health/health-thresholds.ts';
import type { Language } from '../../config/project-types.ts';

export function gapLabel(language: Language, categoryId: string, walkingMeters: number): string {
  const category = FACILITY_CATEGORIES.find((c) => c.id === categoryId)?.label[language] ?? categoryId;
  const meters = Math.round(walkingMeters);
  return language === 'zh-CN'
    ? `此处 ${meters} m 内无${category}`
    : `No ${category.toLowerCase()} within ${meters} m here`;
}
