// "Idle" = the globe and every layer have what the current view needs and a frame showing it has been drawn. In
// request-render mode Cesium draws by itself when tiles arrive, but primitives that build asynchronously (ground
// polygons, labels) only progress in frames, so ask for one now and then. Not every frame: on a software renderer a
// continuous render loop takes the CPU that tile decoding needs.
import type { Scene, Viewer } from 'cesium';

const NUDGE_INTERVAL_MS = 300;

export function whenSettledAndDrawn(viewer: Viewer, isSettled: () => boolean, timeoutMs: number): Promise<boolean> {
  return whenDrawnAfter(viewer.scene, () => viewer.scene.globe.tilesLoaded && isSettled(), timeoutMs);
}

/** Resolves (true) once a frame has been drawn after the one in which `condition` was first seen true; false on
 * timeout. Checked after each frame, so a primitive that became ready in a frame is drawn in the next one. The
 * timeout runs on a timer of its own: when frames stop (a lost WebGL context) no postRender would ever end the wait. */
export function whenDrawnAfter(scene: Scene, condition: () => boolean, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    let seen = false;
    const poll = window.setInterval(() => scene.requestRender(), NUDGE_INTERVAL_MS);
    const deadline = window.setTimeout(() => finish(false), timeoutMs);
    const remove = scene.postRender.addEventListener(() => {
      // One more frame after the condition held, so the frame that shows that state has been drawn.
      if (seen) return finish(true);
      seen = condition();
      if (seen) scene.requestRender();
    });
    function finish(drawn: boolean): void {
      window.clearInterval(poll);
      window.clearTimeout(deadline);
      remove();
      resolve(drawn);
    }
    scene.requestRender();
  });
}
