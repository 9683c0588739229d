// Screen positions (CSS pixels in the canvas) to picked scene objects, and canvas clicks to callbacks.
import { Cartesian2, ScreenSpaceEventHandler, ScreenSpaceEventType, type Viewer } from 'cesium';

export function pickObjectAt(viewer: Viewer, x: number, y: number): unknown {
  return viewer.scene.pick(new Cartesian2(x, y));
}

/** Calls back with the click position; returns a function that stops listening. */
export function onCanvasClick(viewer: Viewer, callback: (x: number, y: number) => void): () => void {
  const handler = new ScreenSpaceEventHandler(viewer.scene.canvas);
  handler.setInputAction(
    (event: { position: Cartesian2 }) => callback(event.position.x, event.position.y),
    ScreenSpaceEventType.LEFT_CLICK,
  );
  return () => handler.destroy();
}
