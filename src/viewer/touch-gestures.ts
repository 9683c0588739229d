// The kiosk's touch gestures. Cesium's defaults suit a mouse: one finger spins the globe (a visitor soon loses the
// city) and a double tap does nothing. On an exhibition screen one finger orbits the point at the screen's centre
// (heading and pitch), two fingers pinch to zoom and twist (Cesium's own), and a double tap zooms in halfway to the
// point tapped.
import { CameraEventType, Cartesian2, type Viewer } from 'cesium';

/** Two taps closer than this in time and space are a double tap (the usual platform figures). */
const DOUBLE_TAP_MS = 300;
const DOUBLE_TAP_PX = 30;
/** A finger that moved further than this between down and up dragged, it did not tap. */
const TAP_SLOP_PX = 10;
/** A double tap takes the camera this share of the way to the point tapped. */
const ZOOM_SHARE = 0.5;

/** Turns the gestures on; returns the function that puts Cesium's defaults back. */
export function enableKioskTouchGestures(viewer: Viewer): () => void {
  const controller = viewer.scene.screenSpaceCameraController;
  const { rotateEventTypes, tiltEventTypes } = controller;
  controller.rotateEventTypes = [];
  controller.tiltEventTypes = [CameraEventType.LEFT_DRAG, CameraEventType.PINCH];

  const canvas = viewer.scene.canvas;
  let down: { x: number; y: number } | null = null;
  let lastTap: { x: number; y: number; atMs: number } | null = null;
  const onDown = (event: PointerEvent) => {
    down = event.pointerType === 'touch' && event.isPrimary ? { x: event.clientX, y: event.clientY } : null;
  };
  const onUp = (event: PointerEvent) => {
    if (!down || event.pointerType !== 'touch') return;
    const moved = Math.hypot(event.clientX - down.x, event.clientY - down.y);
    down = null;
    if (moved > TAP_SLOP_PX) return;
    // When the finger lifted (the touchscreen's own time stamp), not when this handler runs: a slow frame or a pick
    // can hold the handler for hundreds of milliseconds on a software-rendered screen.
    const now = event.timeStamp;
    const tap = { x: event.clientX, y: event.clientY, atMs: now };
    const isDouble =
      lastTap && now - lastTap.atMs < DOUBLE_TAP_MS && Math.hypot(tap.x - lastTap.x, tap.y - lastTap.y) < DOUBLE_TAP_PX;
    lastTap = isDouble ? null : tap;
    if (isDouble) zoomTowards(viewer, tap.x, tap.y);
  };
  canvas.addEventListener('pointerdown', onDown);
  canvas.addEventListener('pointerup', onUp);
  return () => {
    controller.rotateEventTypes = rotateEventTypes;
    controller.tiltEventTypes = tiltEventTypes;
    canvas.removeEventListener('pointerdown', onDown);
    canvas.removeEventListener('pointerup', onUp);
  };
}

function zoomTowards(viewer: Viewer, clientX: number, clientY: number): void {
  const { scene, camera } = viewer;
  const rect = scene.canvas.getBoundingClientRect();
  const ray = camera.getPickRay(new Cartesian2(clientX - rect.left, clientY - rect.top));
  const ground = ray && scene.globe.pick(ray, scene);
  if (!ray || !ground) {
    camera.zoomIn(camera.positionCartographic.height * ZOOM_SHARE);
  } else {
    const distance = Math.hypot(
      ground.x - camera.position.x,
      ground.y - camera.position.y,
      ground.z - camera.position.z,
    );
    camera.move(ray.direction, distance * ZOOM_SHARE);
  }
  scene.requestRender();
}
