// A camera pose (eye lon/lat/height, heading/pitch/roll in the eye's own east-north-up frame) as an eye point and
// direction/up vectors in another local east-north-up frame, and back: BCF viewpoints carry the second form, in a
// project-local frame, while the viewer poses the camera in the first.
import type { CameraView } from '../config/project-types.ts';
import { ecefToGeodetic, geodeticToEcef, LocalFrame, type Vec3 } from './ellipsoid.ts';

const DEG = Math.PI / 180;

export interface FrameCamera {
  /** The eye, metres east, north and up of the frame's origin. */
  eye: Vec3;
  /** Unit vectors in the frame's east, north, up components. */
  direction: Vec3;
  up: Vec3;
}

/** The view direction and the unrolled up of a heading and pitch, in the eye's east, north, up components. */
function headingPitchAxes(headingDeg: number, pitchDeg: number): { direction: Vec3; level: Vec3; right: Vec3 } {
  const [h, p] = [headingDeg * DEG, pitchDeg * DEG];
  const direction: Vec3 = [Math.sin(h) * Math.cos(p), Math.cos(h) * Math.cos(p), Math.sin(p)];
  const level: Vec3 = [-Math.sin(h) * Math.sin(p), -Math.cos(h) * Math.sin(p), Math.cos(p)];
  const right: Vec3 = [Math.cos(h), -Math.sin(h), 0];
  return { direction, level, right };
}

const dot = (a: Vec3, b: Vec3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];

function inFrame(frame: LocalFrame, ecefVector: Vec3): Vec3 {
  const out: Vec3 = [0, 0, 0];
  frame.rotateIn(ecefVector, out);
  return out;
}

export function poseToFrame(pose: CameraView, frame: LocalFrame): FrameCamera {
  const eyeFrame = new LocalFrame(pose.lon, pose.lat, pose.heightMeters);
  const { direction, level, right } = headingPitchAxes(pose.headingDeg, pose.pitchDeg);
  // Roll turns the up vector about the view direction, towards the right for a positive roll.
  const r = pose.rollDeg * DEG;
  const up = [0, 1, 2].map((i) => level[i]! * Math.cos(r) + right[i]! * Math.sin(r)) as Vec3;
  const eyeEcef = geodeticToEcef(pose.lon, pose.lat, pose.heightMeters);
  const o = frame.originEcef;
  return {
    eye: inFrame(frame, [eyeEcef[0] - o[0], eyeEcef[1] - o[1], eyeEcef[2] - o[2]]),
    direction: inFrame(frame, eyeFrame.rotateOut(...direction)),
    up: inFrame(frame, eyeFrame.rotateOut(...up)),
  };
}

export function frameToPose(camera: FrameCamera, frame: LocalFrame): CameraView {
  const [lon, lat, heightMeters] = ecefToGeodetic(...frame.toEcef(...camera.eye));
  const eyeFrame = new LocalFrame(lon, lat, heightMeters);
  const direction = inFrame(eyeFrame, frame.rotateOut(...normalized(camera.direction)));
  const up = inFrame(eyeFrame, frame.rotateOut(...normalized(camera.up)));
  const headingDeg = ((Math.atan2(direction[0], direction[1]) / DEG) % 360) + 360;
  const pitchDeg = Math.asin(Math.max(-1, Math.min(1, direction[2]))) / DEG;
  const { level, right } = headingPitchAxes(headingDeg, pitchDeg);
  return {
    lon,
    lat,
    heightMeters,
    headingDeg: headingDeg % 360,
    pitchDeg,
    rollDeg: Math.atan2(dot(up, right), dot(up, level)) / DEG,
  };
}

function normalized(v: Vec3): Vec3 {
  const length = Math.hypot(...v);
  return length > 0 ? [v[0] / length, v[1] / length, v[2] / length] : [0, 1, 0];
}
