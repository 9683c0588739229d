// Sunlight results drawn in 3D: a building's window sills as a facade heat map (each sill's cell of the facade
// coloured by its hours, heat-scale.ts), other points as dots, green where they meet the rule and red where they do
// not; hours as labels when there are few enough to read. A scheme's impact as red dots on the sills it pushes below
// the rule (labelled with hours before → after) and its own failing housing sills in orange.
import {
  Cartesian3,
  Cartesian2,
  Color,
  type GeometryInstance,
  LabelCollection,
  PointPrimitiveCollection,
  type Primitive,
  VerticalOrigin,
  type Viewer,
} from 'cesium';
import { flatPrimitive, wallInstance } from './flat-geometry.ts';
import { declutterLabels } from './label-declutter.ts';
import { keepDrawingAfterChanges, OVERLAY_LABEL } from './overlay-labels.ts';
import type { ImpactRow, NewHousingRow } from '../analysis/sunlight/scheme-impact.ts';
import { sunlightHeatRgb } from '../analysis/sunlight/heat-scale.ts';
import type { PointSunlight } from '../analysis/sunlight/sunlight-analysis.ts';
import type { FacadeCell } from '../analysis/sunlight/window-points.ts';

export interface SunlightOverlay {
  show(run: { points: readonly (PointSunlight & { cell?: FacadeCell })[]; window: readonly [number, number] }): void;
  showImpact(rows: readonly ImpactRow[], failingNewHousing: readonly NewHousingRow[]): void;
  clear(): void;
  dispose(): void;
}

const PASS = Color.fromCssColorString('#1a9641');
const FAIL = Color.fromCssColorString('#d7191c');
const NEW_HOUSING_FAIL = Color.fromCssColorString('#fdae61');
const MAX_LABELS = 300;
/** Above its dot. */
const LABEL_OFFSET = new Cartesian2(0, -8);

export function createSunlightOverlay(viewer: Viewer): SunlightOverlay {
  const dots = viewer.scene.primitives.add(new PointPrimitiveCollection()) as PointPrimitiveCollection;
  const labels = viewer.scene.primitives.add(new LabelCollection()) as LabelCollection;
  const settle = keepDrawingAfterChanges(viewer.scene);
  // Labels are added worst first, so where they would overlap the worst sill's stays.
  const declutter = declutterLabels(viewer.scene, labels);
  let heatMap: Primitive | undefined;
  const clear = () => {
    dots.removeAll();
    labels.removeAll();
    if (heatMap) viewer.scene.primitives.remove(heatMap);
    heatMap = undefined;
    viewer.scene.requestRender();
  };
  const dot = (position: Cartesian3, color: Color, pixelSize = 9) =>
    dots.add({
      position,
      pixelSize,
      color,
      outlineColor: Color.WHITE,
      outlineWidth: 1,
      disableDepthTestDistance: Number.POSITIVE_INFINITY,
    });
  const label = (position: Cartesian3, text: string) =>
    labels.add({
      position,
      text,
      ...OVERLAY_LABEL,
      verticalOrigin: VerticalOrigin.BOTTOM,
      pixelOffset: LABEL_OFFSET,
    });
  return {
    show({ points, window }) {
      clear();
      const windowHours = window[1] - window[0];
      const cells: GeometryInstance[] = [];
      for (const point of points) {
        const position = Cartesian3.fromDegrees(...point.position);
        if (point.cell) {
          const { from, to, bottomMeters, topMeters } = point.cell;
          const [r, g, b] = sunlightHeatRgb(point.hours, point.requiredHours, windowHours);
          cells.push(wallInstance(from, to, bottomMeters, topMeters, Color.fromBytes(r, g, b, 255)));
        } else dot(position, point.pass ? PASS : FAIL);
        if (points.length <= MAX_LABELS) label(position, `${point.hours.toFixed(1)} h`);
      }
      if (cells.length > 0) heatMap = viewer.scene.primitives.add(flatPrimitive(cells)) as Primitive;
      declutter.refresh();
      settle.changed();
    },
    showImpact(rows, failingNewHousing) {
      clear();
      for (const row of failingNewHousing) dot(Cartesian3.fromDegrees(...row.position), NEW_HOUSING_FAIL, 8);
      // Floors of one facade stack on one spot: only the worst sill of each (rows come worst first) is labelled.
      const labelled = new Set<string>();
      for (const row of rows) {
        const position = Cartesian3.fromDegrees(...row.position);
        dot(position, FAIL, 12);
        const facade = `${row.layerId}\u0000${row.featureId}\u0000${row.facade}`;
        if (labelled.has(facade) || labelled.size >= MAX_LABELS) continue;
        labelled.add(facade);
        label(position, `${row.featureId} ${row.hoursBefore.toFixed(1)} → ${row.hoursAfter.toFixed(1)} h`);
      }
      declutter.refresh();
      settle.changed();
    },
    clear,
    dispose() {
      clear();
      settle.dispose();
      declutter();
      viewer.scene.primitives.remove(dots);
      viewer.scene.primitives.remove(labels);
    },
  };
}
