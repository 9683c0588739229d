// Flat-coloured, opaque geometry for the analysis overlays (the sunlight heat map, a section's cut faces): vertical
// wall quads and ground-parallel polygons, batched into one primitive built at once, so the overlay appears on the
// frame its result does.
import {
  Cartesian3,
  type Color,
  ColorGeometryInstanceAttribute,
  GeometryInstance,
  PerInstanceColorAppearance,
  PolygonGeometry,
  PolygonHierarchy,
  Primitive,
  WallGeometry,
} from 'cesium';

type LonLat = readonly [number, number];

/** A vertical quad from `from` to `to` (lon/lat degrees), between two ellipsoid heights. */
export const wallInstance = (from: LonLat, to: LonLat, bottomMeters: number, topMeters: number, color: Color) =>
  new GeometryInstance({
    geometry: new WallGeometry({
      positions: Cartesian3.fromDegreesArrayHeights([...from, topMeters, ...to, topMeters]),
      minimumHeights: [bottomMeters, bottomMeters],
      maximumHeights: [topMeters, topMeters],
      vertexFormat: PerInstanceColorAppearance.FLAT_VERTEX_FORMAT,
    }),
    attributes: { color: ColorGeometryInstanceAttribute.fromColor(color) },
  });

/** A polygon (lon/lat ring) at one ellipsoid height. */
export const levelPolygonInstance = (ring: readonly LonLat[], heightMeters: number, color: Color) =>
  new GeometryInstance({
    geometry: new PolygonGeometry({
      polygonHierarchy: new PolygonHierarchy(Cartesian3.fromDegreesArray(ring.flat())),
      height: heightMeters,
      vertexFormat: PerInstanceColorAppearance.FLAT_VERTEX_FORMAT,
    }),
    attributes: { color: ColorGeometryInstanceAttribute.fromColor(color) },
  });

export const flatPrimitive = (instances: GeometryInstance[]) =>
  new Primitive({
    geometryInstances: instances,
    appearance: new PerInstanceColorAppearance({ flat: true, translucent: false }),
    asynchronous: false,
  });
