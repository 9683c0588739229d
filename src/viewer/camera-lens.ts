// The camera's lens as BCF describes it: the vertical field of view (Cesium's `fov` is the wider of the two) and the
// view's width over height.
import { PerspectiveFrustum, Math as CesiumMath, type Viewer } from 'cesium';

export interface CameraLens {
  verticalFieldOfViewDeg: number;
  aspectRatio: number;
}

export function cameraLens(viewer: Viewer): CameraLens {
  const frustum = viewer.camera.frustum;
  const aspectRatio = viewer.canvas.clientWidth / Math.max(1, viewer.canvas.clientHeight);
  if (!(frustum instanceof PerspectiveFrustum) || frustum.fovy === undefined)
    return { verticalFieldOfViewDeg: 60, aspectRatio };
  return { verticalFieldOfViewDeg: CesiumMath.toDegrees(frustum.fovy), aspectRatio };
}
