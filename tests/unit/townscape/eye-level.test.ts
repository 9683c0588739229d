import { describe, expect, it } from 'vitest';
import { eyeLevelViewpointAt, eyeLevelViewpoints } from '../../../src/app/townscape/eye-level.ts';
import type { Viewpoint } from '../../../src/config/project-types.ts';

const view = (lon: number, lat: number, heightMeters: number) => ({
  lon,
  lat,
  heightMeters,
  headingDeg: 0,
  pitchDeg: 0,
  rollDeg: 0,
});
const viewpoints: Viewpoint[] = [
  { id: 'air', title: 'Air', view: view(114, 33, 800) },
  { id: 'street', title: 'Street', view: view(114.01, 33.01, 1.6), eyeLevel: true },
];

describe('eye-level viewpoints', () => {
  it('lists only the viewpoints marked eyeLevel', () => {
    expect(eyeLevelViewpoints(viewpoints).map((v) => v.id)).toEqual(['street']);
  });

  it('finds the eye-level viewpoint an eye stands at, within 2 m', () => {
    expect(eyeLevelViewpointAt([114.01, 33.01, 1.6], viewpoints)?.id).toBe('street');
    // 1 m east and 1 m up: still there; 0.0001° of latitude (≈ 11 m): not.
    expect(eyeLevelViewpointAt([114.01 + 1 / 93_400, 33.01, 2.6], viewpoints)?.id).toBe('street');
    expect(eyeLevelViewpointAt([114.01, 33.0101, 1.6], viewpoints)).toBeUndefined();
  });

  it('never counts an aerial viewpoint, even when the eye is on it', () => {
    expect(eyeLevelViewpointAt([114, 33, 800], viewpoints)).toBeUndefined();
  });
});
