// Underground view: the ground turns translucent and the camera may pass below it without the controller pushing it
// back up. Off restores Cesium's defaults.
import { NearFarScalar, type Viewer } from 'cesium';

const GROUND_ALPHA = 0.3;

export function setUndergroundView(viewer: Viewer, on: boolean): void {
  const { globe, screenSpaceCameraController } = viewer.scene;
  globe.translucency.enabled = on;
  globe.translucency.frontFaceAlpha = GROUND_ALPHA;
  // Nearby ground is the most see-through; the far landscape stays readable.
  globe.translucency.frontFaceAlphaByDistance = new NearFarScalar(200, GROUND_ALPHA, 8000, 0.9);
  globe.translucency.backFaceAlpha = on ? GROUND_ALPHA : 1;
  screenSpaceCameraController.enableCollisionDetection = !on;
  viewer.scene.requestRender();
}
