// Camera poses through a project-local ENU frame and back: the same pose (roll included) for an eye kilometres from
// the origin, whose own east-north-up axes are turned against the frame's.
import { describe, expect, it } from 'vitest';
import { frameToPose, poseToFrame } from '../../../src/geometry/camera-frame.ts';
import { LocalFrame } from '../../../src/geometry/ellipsoid.ts';

describe('camera poses in a local frame', () => {
  const frame = new LocalFrame(114.0, 32.95, 0);

  it('round-trips heading, pitch and roll for an eye 8 km from the origin', () => {
    for (const pose of [
      { lon: 114.07, lat: 33.0, heightMeters: 850, headingDeg: 215, pitchDeg: -28, rollDeg: 7 },
      { lon: 113.95, lat: 32.9, heightMeters: 40, headingDeg: 5, pitchDeg: 10, rollDeg: -3 },
    ]) {
      const back = frameToPose(poseToFrame(pose, frame), frame);
      expect(back.lon).toBeCloseTo(pose.lon, 10);
      expect(back.lat).toBeCloseTo(pose.lat, 10);
      expect(back.heightMeters).toBeCloseTo(pose.heightMeters, 5);
      expect(back.headingDeg).toBeCloseTo(pose.headingDeg, 8);
      expect(back.pitchDeg).toBeCloseTo(pose.pitchDeg, 8);
      expect(back.rollDeg).toBeCloseTo(pose.rollDeg, 8);
    }
  });

  it('gives unit, perpendicular direction and up vectors; the frame turns them by the meridian convergence', () => {
    const camera = poseToFrame(
      { lon: 114.1, lat: 32.95, heightMeters: 100, headingDeg: 0, pitchDeg: 0, rollDeg: 0 },
      frame,
    );
    expect(Math.hypot(...camera.direction)).toBeCloseTo(1, 12);
    expect(
      camera.direction[0] * camera.up[0] + camera.direction[1] * camera.up[1] + camera.direction[2] * camera.up[2],
    ).toBeCloseTo(0, 12);
    // North at 0.1° east of the origin is turned west in the origin's frame by about Δlon·sin(lat) = 0.054°.
    const turnDeg = (Math.atan2(-camera.direction[0], camera.direction[1]) * 180) / Math.PI;
    expect(turnDeg).toBeCloseTo(0.1 * Math.sin((32.95 * Math.PI) / 180), 3);
  });
});
