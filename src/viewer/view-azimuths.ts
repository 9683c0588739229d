// The azimuths the current view covers: camera heading, horizontal field of view and canvas width (one skyline
// sample per CSS pixel column).
import { PerspectiveFrustum, Math as CesiumMath, type Viewer } from 'cesium';

export interface ViewAzimuths {
  headingDeg: number;
  fovDeg: number;
  widthPx: number;
}

export function viewAzimuths(viewer: Viewer): ViewAzimuths {
  const frustum = viewer.camera.frustum;
  const widthPx = Math.max(1, viewer.canvas.clientWidth);
  const headingDeg = CesiumMath.toDegrees(viewer.camera.heading);
  if (!(frustum instanceof PerspectiveFrustum) || frustum.fov === undefined) return { headingDeg, fovDeg: 60, widthPx };
  // Cesium's fov is horizontal when the canvas is wider than tall, vertical otherwise.
  const aspect = frustum.aspectRatio ?? viewer.canvas.clientWidth / Math.max(1, viewer.canvas.clientHeight);
  const horizontal = aspect >= 1 ? frustum.fov : 2 * Math.atan(Math.tan(frustum.fov / 2) * aspect);
  return { headingDeg, fovDeg: CesiumMath.toDegrees(horizontal), widthPx };
}
