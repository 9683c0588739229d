// Review comments pinned in the scene: a dot at the clicked point and its number and first words in the overlay
// label look (overlay-labels.ts), drawn over everything so a pin behind a building still shows; resolved ones paler.
import {
  Cartesian2,
  Cartesian3,
  Color,
  HorizontalOrigin,
  LabelCollection,
  PointPrimitiveCollection,
  VerticalOrigin,
  type Viewer,
} from 'cesium';
import { keepDrawingAfterChanges, OVERLAY_LABEL } from './overlay-labels.ts';

export interface CommentPin {
  position: readonly [number, number, number];
  label: string;
  resolved: boolean;
}

export interface CommentPins {
  show(pins: readonly CommentPin[]): void;
  dispose(): void;
}

const OPEN = Color.fromCssColorString('#ff5a36');
const RESOLVED = Color.fromCssColorString('#8fd18f');

export function createCommentPins(viewer: Viewer): CommentPins {
  const primitives = viewer.scene.primitives;
  const dots = primitives.add(new PointPrimitiveCollection()) as PointPrimitiveCollection;
  const labels = primitives.add(new LabelCollection()) as LabelCollection;
  const settle = keepDrawingAfterChanges(viewer.scene);
  return {
    show(pins) {
      dots.removeAll();
      labels.removeAll();
      for (const pin of pins) {
        const position = Cartesian3.fromDegrees(...pin.position);
        const color = pin.resolved ? RESOLVED : OPEN;
        dots.add({
          position,
          pixelSize: 12,
          color,
          outlineColor: Color.WHITE,
          outlineWidth: 2,
          disableDepthTestDistance: Number.POSITIVE_INFINITY,
        });
        labels.add({
          ...OVERLAY_LABEL,
          position,
          text: pin.label,
          fillColor: pin.resolved ? Color.LIGHTGRAY : Color.WHITE,
          horizontalOrigin: HorizontalOrigin.LEFT,
          verticalOrigin: VerticalOrigin.BOTTOM,
          pixelOffset: new Cartesian2(10, -8),
        });
      }
      settle.changed();
    },
    dispose() {
      settle.dispose();
      primitives.remove(dots);
      primitives.remove(labels);
    },
  };
}
