// The shadow animation's time mapping: the rule's counting window on a day (a standard day of a year or a calendar
// date) at a longitude, as UTC instants, and the clock readings the slider shows (true solar and Beijing time).
// The instants come from true-solar-time.ts, the same conversion the sunlight count uses.
import { beijingIso, solarTermDate } from './standard-day.ts';
import { SUNLIGHT_WINDOWS, type StandardDay } from './sunlight-rules.ts';
import { trueSolarHours, trueSolarInstant } from './true-solar-time.ts';

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export interface ShadowWindow {
  /** The calendar date (YYYY-MM-DD, Beijing time). */
  date: string;
  /** The standard day whose counting window is used. */
  day: StandardDay;
  lon: number;
  lat: number;
  /** The window in true solar hours. */
  startHours: number;
  endHours: number;
  startUtcMs: number;
  endUtcMs: number;
}

/** `date` is a standard day (of `year`) or YYYY-MM-DD (counted with `ruleDay`'s window). */
export function shadowWindow(
  lon: number,
  lat: number,
  date: StandardDay | string,
  year: number,
  ruleDay: StandardDay,
): ShadowWindow {
  const standard = date === '大寒' || date === '冬至';
  if (!standard && !isCalendarDate(date)) throw new TypeError(`no date '${date}' (use '大寒', '冬至' or YYYY-MM-DD)`);
  const day: StandardDay = standard ? date : ruleDay;
  const civilDate = standard ? solarTermDate(date, year).civilDate : date;
  const [startHours, endHours] = SUNLIGHT_WINDOWS[day];
  return {
    date: civilDate,
    day,
    lon,
    lat,
    startHours,
    endHours,
    startUtcMs: trueSolarInstant(lon, lat, civilDate, startHours).getTime(),
    endUtcMs: trueSolarInstant(lon, lat, civilDate, endHours).getTime(),
  };
}

/** The UTC instant of a true solar time (hours) on the window's date. */
export function instantAtTrueSolar(window: ShadowWindow, hours: number): number {
  return trueSolarInstant(window.lon, window.lat, window.date, hours).getTime();
}

/** The true solar hours at an instant of the window's place. */
export function trueSolarAt(window: ShadowWindow, utcMs: number): number {
  return trueSolarHours(window.lon, window.lat, new Date(utcMs));
}

/** 'HH:MM' → hours, or NaN when it is not a clock reading. */
export function parseClock(text: string): number {
  const match = /^(\d{1,2}):(\d{2})$/.exec(text);
  if (!match || Number(match[2]) > 59) return Number.NaN;
  return Number(match[1]) + Number(match[2]) / 60;
}

/** Hours → 'HH:MM', rounded to the minute. */
export function clockText(hours: number): string {
  const minutes = Math.round(hours * 60);
  return `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** 'HH:MM' of an instant in Beijing time (UTC+8), as the sunlight table shows its periods. */
export function beijingClock(utcMs: number): string {
  return beijingIso(utcMs).slice(11, 16);
}

function isCalendarDate(text: string): boolean {
  return DATE_PATTERN.test(text) && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text);
}
