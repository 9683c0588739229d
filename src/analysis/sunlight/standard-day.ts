// The standard days of the sunlight rules as calendar dates: 大寒 (the Sun at ecliptic longitude 300°, in January) and
// 冬至 (270°, in December) of a year, dated in Beijing time (UTC+8) as the Chinese calendar dates its solar terms.
import { SearchSunLongitude } from 'astronomy-engine';
import type { StandardDay } from './sunlight-rules.ts';

const SOLAR_LONGITUDE_DEG: Record<StandardDay, number> = { 大寒: 300, 冬至: 270 };
const SEARCH_FROM_MONTH: Record<StandardDay, number> = { 大寒: 0, 冬至: 11 }; // January, December (0-based)
const BEIJING_OFFSET_MS = 8 * 3600_000;

export interface SolarTermDate {
  /** The instant the Sun reaches the term's longitude. */
  instant: Date;
  /** The calendar date of that instant in Beijing time, YYYY-MM-DD. */
  civilDate: string;
}

export function solarTermDate(day: StandardDay, year: number): SolarTermDate {
  const found = SearchSunLongitude(SOLAR_LONGITUDE_DEG[day], new Date(Date.UTC(year, SEARCH_FROM_MONTH[day], 1)), 40);
  if (!found) throw new Error(`Assertion failed: no ${day} in ${year}`);
  return { instant: found.date, civilDate: beijingDate(found.date) };
}

/** YYYY-MM-DD of an instant in Beijing time. */
export function beijingDate(instant: Date): string {
  return new Date(instant.getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 10);
}

/** An ISO 8601 timestamp in Beijing time (2026-01-20T08:25:00+08:00), to the second. */
export function beijingIso(instantMs: number): string {
  return `${new Date(Math.round(instantMs / 1000) * 1000 + BEIJING_OFFSET_MS).toISOString().slice(0, 19)}+08:00`;
}
