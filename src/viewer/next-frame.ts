// Resolves after the next frame has been drawn (request-render mode draws only on request).
import type { Viewer } from 'cesium';

export function nextFrame(viewer: Viewer): Promise<void> {
  return new Promise((resolve) => {
    const remove = viewer.scene.postRender.addEventListener(() => {
      remove();
      resolve();
    });
    viewer.scene.requestRender();
  });
}
