// Underground view: the ground turns translucent and the camera may pass below it without the controller pushing it
// back up. What shows through the ground is a dark soil colour rather than black space. Off restores the defaults.
import { Color, NearFarScalar, type Viewer } from 'cesium';

const GROUND_ALPHA = 0.3;
const SOIL = Color.fromCssColorString('#2e241a');

export function setUndergroundView(viewer: Viewer, on: boolean): void {
  const { scene } = viewer;
  const { globe, screenSpaceCameraController } = scene;
  globe.translucency.enabled = on;
  globe.translucency.frontFaceAlpha = GROUND_ALPHA;
  // Nearby ground is the most see-through; the far landscape stays readable.
  globe.translucency.frontFaceAlphaByDistance = new NearFarScalar(200, GROUND_ALPHA, 8000, 0.9);
  globe.translucency.backFaceAlpha = on ? GROUND_ALPHA : 1;
  globe.undergroundColor = SOIL;
  scene.backgroundColor = on ? SOIL : Color.BLACK;
  screenSpaceCameraController.enableCollisionDetection = !on;
  scene.requestRender();
}
