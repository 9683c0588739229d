// The facade heat map's colours. Hours short of the rule run from dark red (none) to orange (just short); hours that
// meet it from yellow (just enough) to green (the whole window): the pass/fail line is a visible break in the colours,
// not a shade a reader has to judge.
import { meetsHours } from './sunlight-rules.ts';

export type Rgb = readonly [number, number, number];

const NONE: Rgb = [165, 0, 38];
const JUST_SHORT: Rgb = [253, 174, 97];
const JUST_ENOUGH: Rgb = [255, 236, 139];
const WHOLE_WINDOW: Rgb = [26, 152, 80];

const mix = (a: Rgb, b: Rgb, t: number): Rgb => [0, 1, 2].map((i) => Math.round(a[i]! + (b[i]! - a[i]!) * t)) as never;

/** The colour for `hours` of sunlight against a rule asking `requiredHours` of a `windowHours` window. */
export function sunlightHeatRgb(hours: number, requiredHours: number, windowHours: number): Rgb {
  const clamped = Math.min(Math.max(hours, 0), windowHours);
  // The verdict's own comparison: a sill that passes is never drawn short.
  if (!meetsHours(clamped, requiredHours))
    return mix(NONE, JUST_SHORT, requiredHours > 0 ? clamped / requiredHours : 1);
  const spare = windowHours - requiredHours;
  return mix(JUST_ENOUGH, WHOLE_WINDOW, spare > 0 ? (clamped - requiredHours) / spare : 1);
}

export const rgbCss = ([r, g, b]: Rgb): string =>
  `#${[r, g, b].map((channel) => channel.toString(16).padStart(2, '0')).join('')}`;
