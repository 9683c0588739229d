// Camera poses from the manifest (degrees, metres) to Cesium and back.
import { Cartesian3, Math as CesiumMath, type Viewer } from 'cesium';
import type { CameraView } from '../config/project-types.ts';

function destinationOf(view: CameraView) {
  return {
    destination: Cartesian3.fromDegrees(view.lon, view.lat, view.heightMeters),
    orientation: {
      heading: CesiumMath.toRadians(view.headingDeg),
      pitch: CesiumMath.toRadians(view.pitchDeg),
      roll: CesiumMath.toRadians(view.rollDeg),
    },
  };
}

export function setView(viewer: Viewer, view: CameraView): void {
  viewer.camera.cancelFlight(); // a flight still under way would carry the camera off again
  viewer.camera.setView(destinationOf(view));
  viewer.scene.requestRender();
}

/** Resolves when the flight ends (or is interrupted by another flight or the user). */
export function flyToView(viewer: Viewer, view: CameraView, durationSeconds = 2): Promise<void> {
  return new Promise((resolve) => {
    viewer.camera.flyTo({ ...destinationOf(view), duration: durationSeconds, complete: resolve, cancel: resolve });
    viewer.scene.requestRender();
  });
}

export function currentView(viewer: Viewer): CameraView {
  const camera = viewer.camera;
  const position = camera.positionCartographic;
  return {
    lon: CesiumMath.toDegrees(position.longitude),
    lat: CesiumMath.toDegrees(position.latitude),
    heightMeters: position.height,
    headingDeg: CesiumMath.toDegrees(camera.heading),
    pitchDeg: CesiumMath.toDegrees(camera.pitch),
    rollDeg: CesiumMath.toDegrees(camera.roll),
  };
}
