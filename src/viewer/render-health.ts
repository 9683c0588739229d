// A render loop that died leaves a frozen picture, as bad as a lost context on a screen nobody watches. Two signs:
// an error thrown in Cesium's render loop (a primitive's update, the camera controller; Cesium stops its loop then),
// and a loop that has stopped ticking. Scene.preUpdate is raised at every tick of the loop, drawn or not
// (request-render mode), so a visible page whose loop has not ticked for a while has a dead loop, not an idle scene.
import type { Viewer } from 'cesium';

/** `handler` gets what was thrown in Cesium's render loop: in Scene.render (its renderError event) or before it (the
 * camera controller and the clock run first, outside Scene.render's catch, and Cesium's loop stops on such an error
 * saying nothing when its error panel is off), so a frozen screen always has a reason. */
export function onRenderError(viewer: Viewer, handler: (error: unknown) => void): () => void {
  const removeListener = viewer.scene.renderError.addEventListener((_scene: unknown, error: unknown) => handler(error));
  const widget = viewer.cesiumWidget;
  const render = widget.render;
  widget.render = function renderReportingErrors(this: typeof widget) {
    try {
      render.call(this);
    } catch (error) {
      handler(error);
      throw error; // Cesium's loop stops, as it would have
    }
  };
  return () => {
    removeListener();
    widget.render = render;
  };
}

/** How often the loop is checked; a stall must be seen at two checks in a row, so one long frame is never taken
 * for one (the loop ticks as soon as the main thread is free again, before the next check). */
const CHECK_MS = 1_000;

export function onRenderStall(viewer: Viewer, stallSeconds: number, handler: () => void): () => void {
  let lastTickMs = performance.now();
  let ticksSinceCheck = 0;
  let suspect = false;
  const removeTick = viewer.scene.preUpdate.addEventListener(() => {
    lastTickMs = performance.now();
    ticksSinceCheck++;
  });
  const timer = window.setInterval(() => {
    // A hidden page's loop is paused by the browser, rightly.
    const stalled =
      document.visibilityState === 'visible' &&
      ticksSinceCheck === 0 &&
      performance.now() - lastTickMs > stallSeconds * 1000;
    ticksSinceCheck = 0;
    if (stalled && suspect) handler();
    suspect = stalled;
  }, CHECK_MS);
  return () => {
    removeTick();
    window.clearInterval(timer);
  };
}
