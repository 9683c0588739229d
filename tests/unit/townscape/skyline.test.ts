import { describe, expect, it } from 'vitest';
import { MEAN_EARTH_RADIUS_METERS as EARTH_RADIUS_METERS } from '../../../src/geometry/ellipsoid.ts';
import {
  horizonAngle,
  skylineProfile,
  visitBuildingElevations,
  type EyePoint,
} from '../../../src/analysis/townscape/skyline.ts';
import {
  allowedElevationDeg,
  controlLineBreaches,
  largestRise,
} from '../../../src/analysis/townscape/skyline-compare.ts';
import { building, lonLat, rect } from './fixtures.ts';

const DEG = 180 / Math.PI;
const EYE: EyePoint = [...lonLat(0, 0), 1.6];
const NORTH = { startDeg: -10, stepDeg: 0.5, count: 41 }; // azimuths 350°..10°
const at = (profile: ReturnType<typeof skylineProfile>, azimuthDeg: number) =>
  profile.azimuthDeg.findIndex((a) => Math.abs(a - azimuthDeg) < 1e-9);

describe('skyline profile', () => {
  it('matches atan(Δh/d) for a near box straight north', () => {
    const profile = skylineProfile([building('BOX', rect(-20, 100, 20, 120), 30)], EYE, NORTH);
    const i = at(profile, 0);
    expect(profile.elevationDeg[i]).toBeCloseTo(Math.atan((30 - 1.6) / 100) * DEG, 2);
    expect(profile.causes[i]).toBe('BOX');
    expect(profile.distanceMeters[i]).toBeCloseTo(100, 6);
    // 20 m either side at 100 m spans ±11.3°, so the samples at ±10° still see the box (at a slant distance).
    const side = at(profile, 10);
    const slant = 100 / Math.cos(10 / DEG);
    expect(profile.elevationDeg[side]).toBeCloseTo(Math.atan((30 - 1.6) / slant) * DEG, 2);
  });

  it('lowers far objects by the earth curvature beyond 2 km', () => {
    const d = 8000;
    const profile = skylineProfile([building('FAR', rect(-200, d, 200, d + 50), 150)], EYE, NORTH);
    const flat = Math.atan((150 - 1.6) / d) * DEG;
    const curved = Math.atan((150 - 1.6 - (d * d) / (2 * EARTH_RADIUS_METERS)) / d) * DEG;
    expect(flat - curved).toBeGreaterThan(0.03); // 5 m of drop at 8 km
    expect(profile.elevationDeg[at(profile, 0)]).toBeCloseTo(curved, 3);
  });

  it('keeps the highest angle and names its building; the horizon where nothing stands', () => {
    const low = building('LOW-NEAR', rect(-5, 50, 5, 60), 10);
    const tall = building('TALL-FAR', rect(-5, 300, 5, 310), 120);
    const profile = skylineProfile([low, tall], EYE, NORTH);
    const i = at(profile, 0);
    expect(profile.causes[i]).toBe('TALL-FAR');
    expect(profile.elevationDeg[i]).toBeCloseTo(Math.atan(118.4 / 300) * DEG, 2);
    const empty = at(profile, 350);
    expect(profile.causes[empty]).toBeNull();
    expect(profile.elevationDeg[empty]).toBeCloseTo(horizonAngle(1.6) * DEG, 9);
  });

  it('sees the far roof edge of a building below the eye, and the horizon above it', () => {
    const eye: EyePoint = [...lonLat(0, 0), 100];
    const low = [building('LOW', rect(-10, 100, 10, 200), 20)];
    const seen: number[] = [];
    visitBuildingElevations(low, eye, { startDeg: 0, stepDeg: 1, count: 1 }, (_, __, angle, distance) =>
      seen.push(angle * DEG, distance),
    );
    expect(seen[0]).toBeCloseTo(Math.atan(-80 / 200) * DEG, 2);
    expect(seen[1]).toBeCloseTo(200, 6);
    const profile = skylineProfile(low, eye, NORTH);
    expect(profile.causes[at(profile, 0)]).toBeNull();
  });

  it('wraps around north and skips buildings without height or around the eye', () => {
    const around = building('AROUND', rect(-10, -10, 10, 10), 50);
    const unknown = building('UNKNOWN', rect(-10, 100, 10, 110), null);
    const profile = skylineProfile([around, unknown], EYE, { startDeg: 0, stepDeg: 1, count: 360 });
    expect(profile.causes.every((c) => c === null)).toBe(true);
  });
});

describe('skyline comparison and control line', () => {
  const existing = [building('OLD', rect(-50, 200, 50, 220), 20)];
  const tower = building('TOWER', rect(20, 400, 40, 420), 90);

  it('finds the largest rise, its cause and the rise in metres at the cause’s distance', () => {
    const before = skylineProfile(existing, EYE, NORTH);
    const after = skylineProfile([...existing, tower], EYE, NORTH);
    const rise = largestRise(before, after)!;
    expect(rise.cause).toBe('TOWER');
    expect(rise.azimuthDeg).toBeGreaterThan(2.5);
    expect(rise.azimuthDeg).toBeLessThan(5.8);
    // At the tower’s distance d the old skyline line stands at 1.6 + 18.4·d/200 (roughly), the tower top at 90.
    const d = rise.distanceMeters;
    const oldLine = 1.6 + (d * (20 - 1.6)) / (200 / Math.cos(rise.azimuthDeg / DEG));
    expect(rise.riseMeters).toBeCloseTo(90 - oldLine, 0);
    expect(rise.riseDeg).toBeGreaterThan(5);
    expect(largestRise(after, before)).toBeNull();
  });

  it('lists every building above a control line with its worst excess', () => {
    const line = { azimuthDeg: [0, 10], elevationDeg: [6, 6] };
    const breaches = controlLineBreaches([...existing, tower], EYE, NORTH, line);
    expect(breaches.map((b) => b.featureId)).toEqual(['TOWER']);
    expect(breaches[0]!.excessDeg).toBeCloseTo(Math.atan(88.4 / 400) * DEG - 6, 1);
    expect(breaches[0]!.excessMeters).toBeGreaterThan(0);
  });

  it('reads a control line drawn across north', () => {
    const line = { azimuthDeg: [350, 370], elevationDeg: [2, 4] };
    expect(allowedElevationDeg(line, 0)).toBeCloseTo(3, 9);
    expect(allowedElevationDeg(line, 355)).toBeCloseTo(2.5, 9);
    expect(allowedElevationDeg(line, 20)).toBeNull();
  });
});
