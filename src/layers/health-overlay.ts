// The health check on the ground: the green spaces' service areas as translucent ground tints with their outline
// (lime for a green space's 300 m, teal for a park's 500 m: both read against grass and roofs), and a life circle's gaps as orange dots on the homes
// that miss a category, with a label per cluster ("no kindergarten within 300 m here").
import {
  Cartesian3,
  Color,
  ColorGeometryInstanceAttribute,
  GeometryInstance,
  GroundPolylineGeometry,
  GroundPolylinePrimitive,
  GroundPrimitive,
  LabelCollection,
  PerInstanceColorAppearance,
  PointPrimitiveCollection,
  PolygonGeometry,
  PolygonHierarchy,
  PolylineColorAppearance,
  type Viewer,
} from 'cesium';
import { declutterLabels } from './label-declutter.ts';
import { keepDrawingAfterChanges, OVERLAY_LABEL } from './overlay-labels.ts';

type LonLat = readonly [number, number];

export interface HealthOverlayDrawing {
  /** Service areas, each ring open; `wide` for a park's 500 m. */
  areas: { ring: readonly LonLat[]; wide: boolean }[];
  gapHomes: readonly LonLat[];
  gapLabels: { position: LonLat; text: string }[];
}

export interface HealthOverlay {
  show(drawing: HealthOverlayDrawing): void;
  clear(): void;
}

export const SERVICE_AREA_COLORS = { near: '#c6ff00', wide: '#00bfa5' } as const;
export const GAP_COLOR = '#fb8c00';
const FILL_ALPHA = 0.3;

export function createHealthOverlay(viewer: Viewer): HealthOverlay {
  const { scene } = viewer;
  const dots = scene.primitives.add(new PointPrimitiveCollection()) as PointPrimitiveCollection;
  const labels = scene.primitives.add(new LabelCollection()) as LabelCollection;
  let ground: (GroundPrimitive | GroundPolylinePrimitive)[] = [];
  // Ground primitives are built asynchronously: frames are drawn until they are.
  const settle = keepDrawingAfterChanges(scene, () => ground.some((p) => !p.ready), 10_000);
  // Labels come largest cluster first: where two would overlap, the larger one's stays.
  const declutter = declutterLabels(scene, labels);
  const clear = () => {
    for (const primitive of ground) scene.primitives.remove(primitive);
    ground = [];
    dots.removeAll();
    labels.removeAll();
    scene.requestRender();
  };
  const colorOf = (wide: boolean) => Color.fromCssColorString(SERVICE_AREA_COLORS[wide ? 'wide' : 'near']);
  return {
    show({ areas, gapHomes, gapLabels }) {
      clear();
      const usable = areas.filter((area) => area.ring.length >= 3);
      if (usable.length > 0) {
        const positions = (ring: readonly LonLat[]) => Cartesian3.fromDegreesArray(ring.flat());
        const fills = new GroundPrimitive({
          geometryInstances: usable.map(
            (area) =>
              new GeometryInstance({
                geometry: new PolygonGeometry({
                  polygonHierarchy: new PolygonHierarchy(positions(area.ring)),
                  vertexFormat: PerInstanceColorAppearance.FLAT_VERTEX_FORMAT,
                }),
                attributes: {
                  color: ColorGeometryInstanceAttribute.fromColor(colorOf(area.wide).withAlpha(FILL_ALPHA)),
                },
              }),
          ),
          appearance: new PerInstanceColorAppearance({ flat: true, translucent: true }),
        });
        const outlines = new GroundPolylinePrimitive({
          geometryInstances: usable.map(
            (area) =>
              new GeometryInstance({
                geometry: new GroundPolylineGeometry({ positions: positions([...area.ring, area.ring[0]!]), width: 3 }),
                attributes: { color: ColorGeometryInstanceAttribute.fromColor(colorOf(area.wide)) },
              }),
          ),
          appearance: new PolylineColorAppearance({ translucent: false }),
        });
        ground = [fills, outlines];
        for (const primitive of ground) scene.primitives.add(primitive);
      }
      const gap = Color.fromCssColorString(GAP_COLOR);
      for (const [lon, lat] of gapHomes)
        dots.add({
          position: Cartesian3.fromDegrees(lon, lat, 0),
          color: gap,
          pixelSize: 10,
          outlineColor: Color.WHITE,
          outlineWidth: 2,
          disableDepthTestDistance: Number.POSITIVE_INFINITY,
        });
      for (const { position, text } of gapLabels)
        labels.add({ ...OVERLAY_LABEL, position: Cartesian3.fromDegrees(position[0], position[1], 0), text });
      declutter.refresh();
      settle.changed();
    },
    clear,
  };
}
