// Keeps labels from piling up: when the camera starts to move and when it comes to rest, labels are placed in
// collection order and any label whose box would overlap one already placed is hidden until the view changes.
// Estimated boxes (no text measuring) are enough to keep names apart.
import { Cartesian2, SceneTransforms, type Label, type LabelCollection, type Scene } from 'cesium';

/** Width of one character at the labels' 13–15 px fonts: CJK glyphs are square, Latin ones about half. */
const CJK_CHAR_PX = 15;
const LATIN_CHAR_PX = 8;
const LINE_PX = 20;
const GAP_PX = 4;

interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** Returns the function that stops it; its `refresh()` places the labels again at once (after labels were added). */
export function declutterLabels(scene: Scene, labels: LabelCollection): (() => void) & { refresh(): void } {
  const window = new Cartesian2();
  const run = () => {
    const placed: Box[] = [];
    let changed = false;
    for (let i = 0; i < labels.length; i++) {
      const label: Label = labels.get(i);
      const at = SceneTransforms.worldToWindowCoordinates(scene, label.position, window);
      let show = true;
      if (at) {
        const width = [...label.text].reduce(
          (sum, c) => sum + (c.charCodeAt(0) > 0x2e80 ? CJK_CHAR_PX : LATIN_CHAR_PX),
          0,
        );
        const box = {
          minX: at.x - width / 2 - GAP_PX,
          maxX: at.x + width / 2 + GAP_PX,
          minY: at.y - LINE_PX - GAP_PX,
          maxY: at.y + GAP_PX,
        };
        show = !placed.some((p) => p.minX < box.maxX && box.minX < p.maxX && p.minY < box.maxY && box.minY < p.maxY);
        if (show) placed.push(box);
      }
      if (label.show !== show) {
        label.show = show;
        changed = true;
      }
    }
    if (changed) scene.requestRender();
  };
  // Not camera.changed: with a listener there Cesium reads the camera's heading at every tick, a round trip through the
  // local frame that nudges its direction by ~1e-16 — now and then enough for request-render mode to draw a frame of
  // a scene where nothing moves (the kiosk's idle screen drew a frame every second or so). At the start of a move (a
  // jump is one whole move) and once the camera is at rest.
  const removeMoveStart = scene.camera.moveStart.addEventListener(run);
  const removeMoveEnd = scene.camera.moveEnd.addEventListener(run);
  // The first placement needs a drawn frame (a camera to project with).
  const removeFirst = scene.postRender.addEventListener(() => {
    removeFirst();
    run();
  });
  const stop = () => {
    removeMoveStart();
    removeMoveEnd();
    removeFirst();
  };
  return Object.assign(stop, { refresh: run });
}
