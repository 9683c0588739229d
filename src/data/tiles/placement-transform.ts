// A manifest placement as a plain column-major matrix (the cesium-free twin of layers/placement-matrix.ts):
// local x east, y north, z up at lon/lat/height, turned clockwise by the heading and scaled.
import type { Placement } from '../../config/project-types.ts';
import { LocalFrame } from '../../geometry/ellipsoid.ts';
import { multiply, type Mat4 } from './mat4.ts';

export function placementTransform(placement: Placement): Mat4 {
  const frame = new LocalFrame(placement.lon, placement.lat, placement.heightMeters).matrixColumnMajor();
  const turn = (-placement.headingDeg * Math.PI) / 180;
  const [c, s, k] = [Math.cos(turn), Math.sin(turn), placement.scale];
  return multiply(frame, [c * k, s * k, 0, 0, -s * k, c * k, 0, 0, 0, 0, k, 0, 0, 0, 0, 1]);
}
