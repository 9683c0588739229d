// A manifest placement → the model matrix that puts a tileset's local frame (x east, y north, z up) on the globe.
import { Cartesian3, Math as CesiumMath, Matrix3, Matrix4, Transforms } from 'cesium';
import type { Placement } from '../config/project-types.ts';

export function placementMatrix(placement: Placement): Matrix4 {
  const frame = Transforms.eastNorthUpToFixedFrame(
    Cartesian3.fromDegrees(placement.lon, placement.lat, placement.heightMeters),
  );
  // Heading turns clockwise seen from above, i.e. negative about the up axis.
  const turn = Matrix3.fromRotationZ(-CesiumMath.toRadians(placement.headingDeg));
  const local = Matrix4.fromRotationTranslation(Matrix3.multiplyByScalar(turn, placement.scale, new Matrix3()));
  return Matrix4.multiply(frame, local, new Matrix4());
}
