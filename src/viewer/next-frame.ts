// Resolves after the next frame has been drawn (request-render mode draws only on request), or after a bound when
// frames have stopped (a lost WebGL context): a script waiting to pick must not wait forever.
import type { Viewer } from 'cesium';

const FRAME_WAIT_MAX_MS = 5_000;

export function nextFrame(viewer: Viewer): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      window.clearTimeout(bound);
      remove();
      resolve();
    };
    const bound = window.setTimeout(done, FRAME_WAIT_MAX_MS);
    const remove = viewer.scene.postRender.addEventListener(done);
    viewer.scene.requestRender();
  });
}
