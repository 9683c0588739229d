// 房屋危险性等级 (JGJ 125-2016 §6.1.4): A no dangerous members … D the whole building dangerous. Anything else in
// the data (missing, misspelt, the 完损等级 words) is "unknown", never guessed.
export const SAFETY_GRADES = ['A', 'B', 'C', 'D', 'unknown'] as const;
export type SafetyGrade = (typeof SAFETY_GRADES)[number];

export function safetyGradeOf(value: unknown): SafetyGrade {
  const grade = typeof value === 'string' ? value.trim().toUpperCase() : '';
  return grade === 'A' || grade === 'B' || grade === 'C' || grade === 'D' ? grade : 'unknown';
}
