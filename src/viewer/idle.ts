// "Idle" = every layer has what the current view needs and a frame showing it has been drawn. In request-render mode
// nothing renders on its own while data streams in, so keep asking for frames until the layers settle.
import type { Viewer } from 'cesium';

export function whenSettledAndDrawn(viewer: Viewer, isSettled: () => boolean, timeoutMs: number): Promise<boolean> {
  const scene = viewer.scene;
  const started = performance.now();
  return new Promise((resolve) => {
    let settledSeen = false;
    const poll = window.setInterval(() => scene.requestRender(), 100);
    const remove = scene.postRender.addEventListener(() => {
      const timedOut = performance.now() - started > timeoutMs;
      // One more frame after settling, so the frame that shows the settled state has been drawn.
      if (settledSeen || timedOut) {
        window.clearInterval(poll);
        remove();
        resolve(!timedOut || settledSeen);
        return;
      }
      settledSeen = isSettled();
      scene.requestRender();
    });
    scene.requestRender();
  });
}
