// Labels of the analysis overlays (measurements, sunlight), one look: white text on a dark box, drawn over everything
// so a roof's label is not hidden by the next building. An outline instead of the box smears into an unreadable
// blur at 13–14 px on software WebGL.
import { Color, type Label, LabelStyle, type Scene } from 'cesium';

export const OVERLAY_LABEL = {
  font: '14px "Noto Sans CJK SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif',
  fillColor: Color.WHITE,
  style: LabelStyle.FILL,
  showBackground: true,
  backgroundColor: Color.BLACK.withAlpha(0.65),
  disableDepthTestDistance: Number.POSITIVE_INFINITY,
} satisfies Partial<Label.ConstructorOptions>;

/** New label glyphs reach Cesium's texture atlas a frame or more after they are added, and request-render mode asks
 * for no frame then (labels with gaps until the camera moves): after `changed()`, frames are drawn for this long,
 * and on while `pending()` holds (up to `maxPendingMs` more). */
const GLYPH_SETTLE_MS = 1500;

export function keepDrawingAfterChanges(scene: Scene, pending: () => boolean = () => false, maxPendingMs = 0) {
  let settleUntil = 0;
  const remove = scene.postRender.addEventListener(() => {
    const now = performance.now();
    if (now < settleUntil || (pending() && now < settleUntil + maxPendingMs)) scene.requestRender();
  });
  return {
    changed(): void {
      settleUntil = performance.now() + GLYPH_SETTLE_MS;
      scene.requestRender();
    },
    dispose: remove,
  };
}
