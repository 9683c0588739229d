// Collects clicks on the map as lon/lat (a line to cut a section along, a pit outline): the next `count` clicks on
// the canvas go to the caller, then the handler removes itself. `finish()` ends early with the points so far (an
// outline of any length); Escape or `cancel()` drops them and tells `onCancel`.
import {
  Cartographic,
  Math as CesiumMath,
  ScreenSpaceEventHandler,
  ScreenSpaceEventType,
  type Cartesian2,
  type Viewer,
} from 'cesium';
import type { LonLat } from '../analysis/building-record.ts';

export interface GroundClicks {
  cancel(): void;
  finish(): void;
}

export function collectGroundClicks(
  viewer: Viewer,
  count: number,
  onPoint: (points: LonLat[]) => void,
  onDone: (points: LonLat[]) => void,
  onCancel: () => void,
): GroundClicks {
  const points: LonLat[] = [];
  const handler = new ScreenSpaceEventHandler(viewer.scene.canvas);
  const stop = () => {
    if (!handler.isDestroyed()) handler.destroy();
    document.removeEventListener('keydown', onKey);
  };
  const cancel = () => {
    if (handler.isDestroyed()) return;
    stop();
    onCancel();
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') cancel();
  };
  document.addEventListener('keydown', onKey);
  handler.setInputAction((event: { position: Cartesian2 }) => {
    const point = groundAt(viewer, event.position);
    if (!point) return;
    points.push(point);
    onPoint([...points]);
    if (points.length < count) return;
    stop();
    onDone(points);
  }, ScreenSpaceEventType.LEFT_CLICK);
  return {
    cancel,
    finish() {
      stop();
      onDone(points);
    },
  };
}

/** The point on the ellipsoid under a canvas pixel (the ground the depths are measured from), or null off the globe. */
export function groundAt(viewer: Viewer, position: Cartesian2): LonLat | null {
  const cartesian = viewer.camera.pickEllipsoid(position, viewer.scene.globe.ellipsoid);
  if (!cartesian) return null;
  const carto = Cartographic.fromCartesian(cartesian);
  return [CesiumMath.toDegrees(carto.longitude), CesiumMath.toDegrees(carto.latitude)];
}
