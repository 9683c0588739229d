// Sunlight results drawn in 3D: each analysed point as a dot, green where it meets the rule and red where it does
// not, with its hours as a label when there are few enough to read.
import { Cartesian3, Color, LabelCollection, LabelStyle, PointPrimitiveCollection, VerticalOrigin, type Viewer } from 'cesium';
import type { PointSunlight } from '../analysis/sunlight/sunlight-analysis.ts';

export interface SunlightOverlay {
  show(points: readonly PointSunlight[]): void;
  clear(): void;
  dispose(): void;
}

const PASS = Color.fromCssColorString('#1a9641');
const FAIL = Color.fromCssColorString('#d7191c');
const MAX_LABELS = 300;

export function createSunlightOverlay(viewer: Viewer): SunlightOverlay {
  const dots = viewer.scene.primitives.add(new PointPrimitiveCollection()) as PointPrimitiveCollection;
  const labels = viewer.scene.primitives.add(new LabelCollection()) as LabelCollection;
  const clear = () => {
    dots.removeAll();
    labels.removeAll();
    viewer.scene.requestRender();
  };
  return {
    show(points) {
      clear();
      for (const point of points) {
        const position = Cartesian3.fromDegrees(...point.position);
        dots.add({ position, pixelSize: 9, color: point.pass ? PASS : FAIL, outlineColor: Color.WHITE, outlineWidth: 1, disableDepthTestDistance: Number.POSITIVE_INFINITY });
        if (points.length <= MAX_LABELS) {
          labels.add({
            position, text: `${point.hours.toFixed(1)} h`, font: '13px sans-serif', fillColor: Color.WHITE, outlineColor: Color.BLACK,
            outlineWidth: 3, style: LabelStyle.FILL_AND_OUTLINE, verticalOrigin: VerticalOrigin.BOTTOM,
            disableDepthTestDistance: Number.POSITIVE_INFINITY,
          });
        }
      }
      viewer.scene.requestRender();
    },
    clear,
    dispose() {
      viewer.scene.primitives.remove(dots);
      viewer.scene.primitives.remove(labels);
    },
  };
}
