// Points the user clicks in the scene, snapped to what is drawn under the cursor: where the pick hits a primitive
// (3D Tiles, an IFC model, an overlay) its depth-buffer position (scene.pickPosition), else the ground: the ellipsoid
// itself when the terrain is the ellipsoid (as in this app: the globe's drawn mesh sags a few millimetres to decimetres
// below it between vertices, by level of detail), else the terrain's surface. Clicks come one by one; a double click
// ends the series.
import {
  Cartesian2,
  Cartographic,
  defined,
  EllipsoidTerrainProvider,
  Math as CesiumMath,
  ScreenSpaceEventHandler,
  ScreenSpaceEventType,
  type Cartesian3,
  type Viewer,
} from 'cesium';

export type ScenePoint = [lonDegrees: number, latDegrees: number, heightMeters: number];

/** A second click this close in time and place is the other half of a double click, not a new point. */
const DOUBLE_CLICK_PIXELS = 4;
const DOUBLE_CLICK_MS = 600;

export function scenePointAt(viewer: Viewer, x: number, y: number): ScenePoint | null {
  const scene = viewer.scene;
  const pixel = new Cartesian2(x, y);
  let cartesian: Cartesian3 | undefined;
  if (scene.pickPositionSupported && defined(scene.pick(pixel))) cartesian = scene.pickPosition(pixel);
  if (!cartesian && !onEllipsoid(viewer)) {
    const ray = viewer.camera.getPickRay(pixel);
    cartesian = ray && scene.globe.pick(ray, scene);
  }
  cartesian ??= viewer.camera.pickEllipsoid(pixel, scene.globe.ellipsoid);
  if (!cartesian) return null;
  const carto = Cartographic.fromCartesian(cartesian);
  return [CesiumMath.toDegrees(carto.longitude), CesiumMath.toDegrees(carto.latitude), carto.height];
}

/** Ellipsoid height of the ground at a place: 0 on the ellipsoid terrain, else the loaded terrain's (0 where none is). */
export function groundHeightAt(viewer: Viewer, lon: number, lat: number): number {
  return onEllipsoid(viewer) ? 0 : (viewer.scene.globe.getHeight(Cartographic.fromDegrees(lon, lat)) ?? 0);
}

/** Whether the ground is the plain ellipsoid (height 0 everywhere), as the app's viewer has it. */
export const onEllipsoid = (viewer: Viewer) => viewer.terrainProvider instanceof EllipsoidTerrainProvider;

/** Calls `onPoint` for each click on the scene and `onDoubleClick` for a double click; returns a function that stops. */
export function collectScenePoints(
  viewer: Viewer,
  onPoint: (point: ScenePoint) => void,
  onDoubleClick: () => void,
): () => void {
  const handler = new ScreenSpaceEventHandler(viewer.scene.canvas);
  let last = { x: NaN, y: NaN, time: -Infinity };
  handler.setInputAction((event: { position: Cartesian2 }) => {
    const { x, y } = event.position;
    const now = performance.now();
    const secondHalf = now - last.time < DOUBLE_CLICK_MS && Math.hypot(x - last.x, y - last.y) <= DOUBLE_CLICK_PIXELS;
    last = { x, y, time: secondHalf ? -Infinity : now };
    if (secondHalf) return;
    const point = scenePointAt(viewer, x, y);
    if (point) onPoint(point);
  }, ScreenSpaceEventType.LEFT_CLICK);
  handler.setInputAction(() => onDoubleClick(), ScreenSpaceEventType.LEFT_DOUBLE_CLICK);
  return () => {
    if (!handler.isDestroyed()) handler.destroy();
  };
}
