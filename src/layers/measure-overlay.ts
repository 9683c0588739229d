// Measurements drawn in the scene until cleared: the clicked points, the lines between them (a closed outline for an
// area, a plumb line from the ground for a height) and a label with the figures. Points and labels are drawn over
// everything (no depth test) so a roof's label is not hidden by the next building; lines show paler where a building
// hides them (a height's plumb line runs inside its building).
import {
  ArcType,
  Cartesian2,
  Cartesian3,
  Color,
  CustomDataSource,
  HorizontalOrigin,
  LabelCollection,
  PointPrimitiveCollection,
  VerticalOrigin,
  type Viewer,
} from 'cesium';
import { keepDrawingAfterChanges, OVERLAY_LABEL } from './overlay-labels.ts';

export interface MeasureDrawing {
  points: readonly (readonly [number, number, number])[];
  /** Join the last point back to the first. */
  closed: boolean;
  /** A vertical line from this height under the (single) point up to it. */
  plumbFromMeters?: number;
  /** Where the label goes: index of a point, or 'centre' for the middle of the points. */
  labelAt: number | 'centre';
  label: string;
}

export interface MeasureOverlay {
  /** Replaces what is drawn: the finished measurements and the one being clicked (dashed look: paler). */
  show(drawings: readonly MeasureDrawing[], pending: MeasureDrawing | null): void;
  dispose(): void;
}

const LINE = Color.fromCssColorString('#ffd400');
const PENDING = Color.fromCssColorString('#7fd4ff');
/** Entity lines get their geometry from workers, slow on a busy machine: frames are drawn while it is built, up to this. */
const LINE_GEOMETRY_MAX_MS = 10_000;

export function createMeasureOverlay(viewer: Viewer): MeasureOverlay {
  const primitives = viewer.scene.primitives;
  const lines = new CustomDataSource('measurements');
  void viewer.dataSources.add(lines);
  const dots = primitives.add(new PointPrimitiveCollection()) as PointPrimitiveCollection;
  const labels = primitives.add(new LabelCollection()) as LabelCollection;
  const settle = keepDrawingAfterChanges(viewer.scene, () => !viewer.dataSourceDisplay.ready, LINE_GEOMETRY_MAX_MS);
  const position = ([lon, lat, h]: readonly [number, number, number]) => Cartesian3.fromDegrees(lon, lat, h);

  const draw = (drawing: MeasureDrawing, color: Color) => {
    const positions = drawing.points.map(position);
    if (drawing.plumbFromMeters !== undefined && drawing.points[0]) {
      const [lon, lat] = drawing.points[0];
      positions.unshift(Cartesian3.fromDegrees(lon, lat, drawing.plumbFromMeters));
    }
    if (drawing.closed && positions.length > 2) positions.push(positions[0]!);
    if (positions.length > 1) {
      // Straight segments in space (not arcs along the ground): a spatial distance is a chord.
      lines.entities.add({
        polyline: {
          positions,
          width: 3,
          arcType: ArcType.NONE,
          material: color,
          depthFailMaterial: color.withAlpha(0.45),
        },
      });
    }
    for (const point of positions) {
      dots.add({
        position: point,
        pixelSize: 8,
        color,
        outlineColor: Color.BLACK,
        outlineWidth: 1,
        disableDepthTestDistance: Number.POSITIVE_INFINITY,
      });
    }
    if (!drawing.label || drawing.points.length === 0) return;
    const at =
      drawing.labelAt === 'centre'
        ? centre(drawing.points)
        : drawing.points[Math.min(drawing.labelAt, drawing.points.length - 1)]!;
    labels.add({
      position: position(at),
      text: drawing.label,
      ...OVERLAY_LABEL,
      verticalOrigin: VerticalOrigin.BOTTOM,
      horizontalOrigin: HorizontalOrigin.LEFT,
      pixelOffset: new Cartesian2(8, -8),
    });
  };

  return {
    show(drawings, pending) {
      lines.entities.suspendEvents();
      lines.entities.removeAll();
      dots.removeAll();
      labels.removeAll();
      for (const drawing of drawings) draw(drawing, LINE);
      if (pending) draw(pending, PENDING);
      lines.entities.resumeEvents();
      settle.changed();
    },
    dispose() {
      settle.dispose();
      void viewer.dataSources.remove(lines, true);
      for (const collection of [dots, labels]) primitives.remove(collection);
    },
  };
}

/** The middle of the points, at the highest of them (an area's label floats above its outline). */
function centre(points: readonly (readonly [number, number, number])[]): [number, number, number] {
  const n = points.length;
  return [
    points.reduce((s, p) => s + p[0], 0) / n,
    points.reduce((s, p) => s + p[1], 0) / n,
    Math.max(...points.map((p) => p[2])),
  ];
}
