// True solar time (真太阳时) at a place: 12:00 when the Sun crosses the meridian, i.e. 12 h + the Sun's local hour
// angle. It differs from Beijing time by the longitude's offset from 120°E, (120° − lon)/15 h, and the equation of
// time (up to ±16 min); both come out of the hour angle, computed from the ephemeris, so no separate table is needed.
import { Body, HourAngle, Observer, SearchHourAngle } from 'astronomy-engine';

const HOUR_MS = 3600_000;

/** True solar hours (0–24) at an instant. */
export function trueSolarHours(lon: number, lat: number, instant: Date): number {
  return (HourAngle(Body.Sun, instant, new Observer(lat, lon, 0)) + 12) % 24;
}

/** The instant at which the true solar time at (lon, lat) is `hours` on the given calendar date (YYYY-MM-DD). */
export function trueSolarInstant(lon: number, lat: number, civilDate: string, hours: number): Date {
  // Local mean midnight of that date, less an hour: the next time the hour angle reaches hours − 12 is on that date.
  const [year, month, day] = civilDate.split('-').map(Number) as [number, number, number];
  const start = new Date(Date.UTC(year, month - 1, day) - (lon / 15) * HOUR_MS - HOUR_MS);
  return SearchHourAngle(Body.Sun, new Observer(lat, lon, 0), (hours + 12) % 24, start).time.date;
}
