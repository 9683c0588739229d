// Excavation (开挖): a pit under a drawn ring. The globe and every 3D Tiles tileset are clipped inside the ring
// (ClippingPolygonCollection, one per owner: a collection can belong to one object only) and the pit gets soil
// walls down to its depth and a floor, so the pipes inside are seen in place.
import {
  Cartesian3,
  Cesium3DTileset,
  ClippingPolygon,
  ClippingPolygonCollection,
  Color,
  ColorGeometryInstanceAttribute,
  GeometryInstance,
  PerInstanceColorAppearance,
  PolygonGeometry,
  PolygonHierarchy,
  Primitive,
  WallGeometry,
  type Viewer,
} from 'cesium';
import type { LonLat } from '../analysis/building-record.ts';

const WALL = Color.fromCssColorString('#8a6d4b');
const FLOOR = Color.fromCssColorString('#6e563a');

export interface Excavation {
  remove(): void;
}

export function excavate(viewer: Viewer, ring: readonly LonLat[], depthM: number, groundHeightMeters = 0): Excavation {
  const scene = viewer.scene;
  const top = ring.map(([lon, lat]) => Cartesian3.fromDegrees(lon, lat, groundHeightMeters));
  const clips: ClippingPolygonCollection[] = [];
  const clip = () => {
    const collection = new ClippingPolygonCollection({ polygons: [new ClippingPolygon({ positions: top })] });
    clips.push(collection);
    return collection;
  };
  scene.globe.clippingPolygons = clip();
  for (let i = 0; i < scene.primitives.length; i++) {
    const primitive: unknown = scene.primitives.get(i);
    if (primitive instanceof Cesium3DTileset) primitive.clippingPolygons = clip();
  }
  const pit = new Primitive({
    geometryInstances: [
      new GeometryInstance({
        geometry: new WallGeometry({
          positions: [...top, top[0]!],
          minimumHeights: [...top, top[0]].map(() => groundHeightMeters - depthM),
          maximumHeights: [...top, top[0]].map(() => groundHeightMeters),
          vertexFormat: PerInstanceColorAppearance.VERTEX_FORMAT,
        }),
        attributes: { color: ColorGeometryInstanceAttribute.fromColor(WALL) },
      }),
      new GeometryInstance({
        geometry: new PolygonGeometry({
          polygonHierarchy: new PolygonHierarchy(top),
          height: groundHeightMeters - depthM,
          vertexFormat: PerInstanceColorAppearance.VERTEX_FORMAT,
        }),
        attributes: { color: ColorGeometryInstanceAttribute.fromColor(FLOOR) },
      }),
    ],
    // Both faces of the walls are seen from inside the pit.
    appearance: new PerInstanceColorAppearance({ closed: false, translucent: false, faceForward: true }),
    allowPicking: false,
    // Built at once, so the pit shows in the same frame as the hole.
    asynchronous: false,
  });
  scene.primitives.add(pit);
  scene.requestRender();
  return {
    remove() {
      // Disabled rather than replaced: the owners keep (and later destroy) their collections.
      for (const collection of clips) if (!collection.isDestroyed()) collection.enabled = false;
      scene.primitives.remove(pit);
      scene.requestRender();
    },
  };
}
