// The swipe divider's place across the canvas (0 left edge … 1 right edge): Cesium draws layers split LEFT to its
// left and RIGHT to its right (scene.splitPosition, a fraction of the drawing buffer's width).
import type { Viewer } from 'cesium';

export function setSplitPosition(viewer: Viewer, fraction: number): void {
  viewer.scene.splitPosition = fraction;
  viewer.scene.requestRender();
}
