// Sunlight hours at points (window sills, a line along a facade, a grid) on a standard day, against a rule:
// GB 50180-2018 as tabled in sunlight-rules.ts, counted as GB/T 50947-2014 describes (true solar time, a time step,
// lit segments shorter than a minimum dropped, cumulative hours or the longest segment deciding).
//
// Rules:
// - The window and the day's date come from the rule's standard day (大寒/冬至) of `year`, unless a date is given.
// - Sun directions are computed once at the points' centre in an exact east-north-up frame: the Sun is far enough
//   that its direction is the same from every point of a district, and the frame is Cartesian, so this is exact. The
//   true-solar window is the centre's: 1 km east or west moves it by 2.4 s.
// - Output order follows the input points.
import { LocalFrame } from '../../geometry/ellipsoid.ts';
import { lonLatCentre } from '../../geometry/local-plane.ts';
import type { Vec2 } from '../../geometry/types.ts';
import type { BuildingRecord } from '../building-record.ts';
import { litSegments } from './lit-segments.ts';
import { occluderMesh } from './occluder-mesh.ts';
import { beijingIso, solarTermDate } from './standard-day.ts';
import { sunRayCaster } from './sun-rays.ts';
import { sunSteps, type SunStep } from './sun-steps.ts';
import { meetsHours, SUNLIGHT_WINDOWS, type SunlightRule } from './sunlight-rules.ts';

/** [lon, lat, heightMeters above the ellipsoid] */
export type SunlightPosition = [number, number, number];

export interface SunlightOptions {
  rule: SunlightRule;
  /** The year of the standard day. */
  year: number;
  /** A calendar date (YYYY-MM-DD) instead of the rule's standard day, e.g. to study another day. */
  date?: string;
  stepMinutes?: number;
  minSegmentMinutes?: number;
  decidedBy?: 'cumulative' | 'longest';
  /** Per point, the outward [east, north] normal of its window's facade: the Sun counts only in front of it. */
  facadeNormals?: readonly (Vec2 | undefined)[];
}

export interface PointSunlight {
  position: SunlightPosition;
  hours: number;
  longestHours: number;
  /** Counted lit segments, Beijing time ISO 8601. */
  intervals: [string, string][];
  /** The same segments in true solar hours. */
  trueSolarIntervals: [number, number][];
  requiredHours: number;
  pass: boolean;
}

export interface SunlightResult {
  /** YYYY-MM-DD */
  date: string;
  /** The counting window, true solar hours. */
  window: [number, number];
  stepMinutes: number;
  points: PointSunlight[];
}

export const DEFAULT_STEP_MINUTES = 1;
export const DEFAULT_MIN_SEGMENT_MINUTES = 5;

export function analyseSunlight(
  buildings: readonly BuildingRecord[],
  points: readonly SunlightPosition[],
  options: SunlightOptions,
): SunlightResult {
  const {
    rule,
    stepMinutes = DEFAULT_STEP_MINUTES,
    minSegmentMinutes = DEFAULT_MIN_SEGMENT_MINUTES,
    decidedBy = 'cumulative',
  } = options;
  const windowHours = SUNLIGHT_WINDOWS[rule.day];
  const date = options.date ?? solarTermDate(rule.day, options.year).civilDate;
  const [lon, lat] = lonLatCentre(points.length > 0 ? points : buildings.flatMap((b) => b.footprint));
  const frame = new LocalFrame(lon, lat, 0);
  const steps = sunSteps({ lon, lat, civilDate: date, windowHours, stepMinutes });
  const lit = litMask(buildings, points, steps, frame, options.facadeNormals);
  return {
    date,
    window: [windowHours[0], windowHours[1]],
    stepMinutes,
    points: points.map((position, p) => {
      const { segments, hours, longestHours } = litSegments(
        lit,
        p * steps.length,
        steps.length,
        stepMinutes,
        minSegmentMinutes,
      );
      const counted = decidedBy === 'longest' ? longestHours : hours;
      return {
        position,
        hours,
        longestHours,
        intervals: segments.map(([a, b]) => [beijingIso(steps[a]!.startMs), beijingIso(steps[b - 1]!.endMs)]),
        trueSolarIntervals: segments.map(([a, b]) => [
          steps[a]!.trueSolarHours,
          endHours(steps, b - 1, windowHours[1]),
        ]),
        requiredHours: rule.minHours,
        pass: meetsHours(counted, rule.minHours),
      };
    }),
  };
}

/** 1 where point p sees the Sun in step k, at [p * steps + k]. */
export function litMask(
  buildings: readonly BuildingRecord[],
  points: readonly SunlightPosition[],
  steps: readonly SunStep[],
  frame: LocalFrame,
  facadeNormals: readonly (Vec2 | undefined)[] = [],
): Uint8Array {
  const caster = sunRayCaster(occluderMesh(buildings, frame));
  const lit = new Uint8Array(points.length * steps.length);
  const local = new Float64Array(3);
  points.forEach(([lon, lat, height], p) => {
    frame.toLocal(lon, lat, height, local);
    const normal = facadeNormals[p];
    steps.forEach(({ direction }, k) => {
      if (direction[2] <= 0 || (normal && normal[0] * direction[0] + normal[1] * direction[1] <= 0)) return;
      if (caster.sees(local[0]!, local[1]!, local[2]!, direction)) lit[p * steps.length + k] = 1;
    });
  });
  return lit;
}

const endHours = (steps: readonly SunStep[], last: number, windowEnd: number) =>
  steps[last + 1]?.trueSolarHours ?? windowEnd;
