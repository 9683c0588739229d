// The Sun's direction through a counting window, one step per time slice. Each step stands for the slice
// [t, t + step) and is sampled at its middle, so a slice counts as lit exactly when the Sun is unobstructed at its
// centre: unbiased, and never "half-lit counted as lit". Geometric position (no refraction), as the rules count.
import { Body, Equator, Horizon, Observer } from 'astronomy-engine';
import { trueSolarInstant } from './true-solar-time.ts';

export interface SunStep {
  /** Start of the slice, ms since the epoch (UTC). */
  startMs: number;
  endMs: number;
  /** Start of the slice in true solar hours. */
  trueSolarHours: number;
  /** Unit vector towards the Sun in the local east-north-up frame at the middle of the slice. */
  direction: [number, number, number];
  altitudeDeg: number;
  azimuthDeg: number;
}

export interface SunWindow {
  lon: number;
  lat: number;
  /** YYYY-MM-DD */
  civilDate: string;
  /** [start, end] true solar hours, e.g. [8, 16] for 大寒日. */
  windowHours: readonly [number, number];
  stepMinutes: number;
}

const DEG = Math.PI / 180;

export function sunSteps({
  lon,
  lat,
  civilDate,
  windowHours: [startHours, endHours],
  stepMinutes,
}: SunWindow): SunStep[] {
  if (!(stepMinutes > 0) || !(endHours > startHours))
    throw new Error(`Assertion failed: bad window ${startHours}–${endHours} h / ${stepMinutes} min`);
  // True solar and mean time run at rates within 4e-4 of each other over a day: interpolating between the window's two
  // ends places every step within 0.1 s.
  const startMs = trueSolarInstant(lon, lat, civilDate, startHours).getTime();
  const endMs = trueSolarInstant(lon, lat, civilDate, endHours).getTime();
  const count = Math.round(((endHours - startHours) * 60) / stepMinutes);
  const msPerStep = (endMs - startMs) / count;
  const observer = new Observer(lat, lon, 0);
  const steps: SunStep[] = [];
  for (let k = 0; k < count; k++) {
    const middle = new Date(startMs + (k + 0.5) * msPerStep);
    const equatorial = Equator(Body.Sun, middle, observer, true, true);
    const { altitude, azimuth } = Horizon(middle, observer, equatorial.ra, equatorial.dec);
    const cosAltitude = Math.cos(altitude * DEG);
    steps.push({
      startMs: startMs + k * msPerStep,
      endMs: startMs + (k + 1) * msPerStep,
      trueSolarHours: startHours + ((endHours - startHours) * k) / count,
      direction: [
        cosAltitude * Math.sin(azimuth * DEG),
        cosAltitude * Math.cos(azimuth * DEG),
        Math.sin(altitude * DEG),
      ],
      altitudeDeg: altitude,
      azimuthDeg: azimuth,
    });
  }
  return steps;
}
