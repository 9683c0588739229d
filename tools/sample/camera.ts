// Camera poses that look at a point: the eye is placed back along the view direction, so a viewpoint always
// frames its subject instead of the sky.
import type { CameraView } from '../../src/config/project-types.ts';
import { localToLonLat } from './frame.ts';
import type { Vec2 } from './geom.ts';

/** A camera pose in the manifest's terms. */
export type CameraPose = CameraView;

const toRad = (deg: number): number => (deg * Math.PI) / 180;
const round = (value: number, decimals: number): number => Math.round(value * 10 ** decimals) / 10 ** decimals;

/**
 * The pose `rangeMeters` away from `target` (on the ground) looking at it with the given heading (clockwise from
 * north) and pitch (negative = down). Grid north of EPSG:4547 and true north differ by < 0.02° here.
 */
export function lookAt(target: Vec2, rangeMeters: number, headingDeg: number, pitchDeg: number): CameraPose {
  const horizontal = rangeMeters * Math.cos(toRad(pitchDeg));
  const eye: Vec2 = [
    target[0] - horizontal * Math.sin(toRad(headingDeg)),
    target[1] - horizontal * Math.cos(toRad(headingDeg)),
  ];
  const [lon, lat] = localToLonLat(eye);
  return {
    lon: round(lon, 6),
    lat: round(lat, 6),
    heightMeters: round(-rangeMeters * Math.sin(toRad(pitchDeg)), 1),
    headingDeg,
    pitchDeg,
    rollDeg: 0,
  };
}

/** A pose at an eye point, e.g. a pedestrian or a bridge deck. */
export function standAt(eye: Vec2, eyeHeightMeters: number, headingDeg: number, pitchDeg: number): CameraPose {
  const [lon, lat] = localToLonLat(eye);
  return { lon: round(lon, 6), lat: round(lat, 6), heightMeters: eyeHeightMeters, headingDeg, pitchDeg, rollDeg: 0 };
}

/** Heading (clockwise from north, degrees) from one local point towards another. */
export function headingTowards(from: Vec2, to: Vec2): number {
  return round(((Math.atan2(to[0] - from[0], to[1] - from[1]) * 180) / Math.PI + 360) % 360, 1);
}
