// Turns clean GeoJSON features into a few batched Cesium primitives (one per geometry family), so thousands of
// features cost a handful of draw calls. Each geometry instance's id names its layer and feature for picking.
import {
  ArcType,
  Cartesian3,
  ClassificationType,
  ColorGeometryInstanceAttribute,
  GeometryInstance,
  GroundPolylineGeometry,
  GroundPolylinePrimitive,
  GroundPrimitive,
  LabelCollection,
  LabelStyle,
  PerInstanceColorAppearance,
  PointPrimitiveCollection,
  PolygonGeometry,
  PolygonHierarchy,
  PolylineColorAppearance,
  PolylineGeometry,
  Primitive,
  VerticalOrigin,
  Cartesian2,
  Color,
  NearFarScalar,
} from 'cesium';
import type { GeoJsonStyle } from '../config/project-types.ts';
import type { CleanFeature, CleanGeometry } from '../data/geojson/index.ts';
import { featureColor, withAlpha } from './feature-color.ts';
import { labelAnchor } from '../analysis/label-anchor.ts';

/** The id every pickable part of a GeoJSON layer carries. */
export interface GeoJsonPickId {
  layerId: string;
  featureIndex: number;
  /** Instance ids must be unique within a primitive; a multi-part feature has one part each. */
  part?: number;
}

export interface GeoJsonPrimitives {
  /** Primitives and collections to add to the scene. */
  all: Array<Primitive | GroundPrimitive | GroundPolylinePrimitive | PointPrimitiveCollection | LabelCollection>;
  /** Re-colours every part of the features (or all features) with the style at a given opacity. */
  recolor(opacity: number, highlightIndex?: number): void;
}

type Position = number[];
const HIGHLIGHT = Color.fromCssColorString('#ffd400');

/** How far above a plain-ellipsoid ground its fills and lines are laid: clear of the globe's depth (the lines clear of
 * the fills'), under any building. */
const FILL_LIFT_METERS = 0.5;
const LINE_LIFT_METERS = 1;

/** `ellipsoidGround`: the ground is the plain ellipsoid (height 0), so a fill on it is a flat polygon there. */
export function buildGeoJsonPrimitives(
  layerId: string,
  features: CleanFeature[],
  style: GeoJsonStyle,
  opacity: number,
  ellipsoidGround: boolean,
): GeoJsonPrimitives {
  const clamped = style.clampTo !== 'none';
  // Fills and lines classify the ground only: 'tiles' shows on the buildings as their tint (draped-areas.ts), which
  // costs far less than classifying every tile a second time. On the plain ellipsoid even that is not needed for the
  // fills and lines: a classification volume is drawn in stencil passes over the whole area (~100 ms a frame for the
  // sample's units in software WebGL), a flat translucent polygon or a plain polyline in one.
  const classification = ClassificationType.TERRAIN;
  const classify = clamped && !ellipsoidGround;
  const polygons: GeometryInstance[] = [];
  const lines: GeometryInstance[] = [];
  const points = new PointPrimitiveCollection();
  const labels = new LabelCollection();
  const pointFeatures: CleanFeature[] = [];
  const parts: Array<{ kind: 'fill' | 'line'; instanceId: object; feature: CleanFeature; isOutline: boolean }> = [];
  const fillOf = featureColor(style.fill ?? style.stroke, 1);
  const strokeColor = withAlpha(style.stroke, 1);

  const colorFor = (feature: CleanFeature, kind: 'fill' | 'line', isOutline: boolean, alpha: number) =>
    (isOutline ? strokeColor : fillOf(feature.properties)).withAlpha(alpha * (kind === 'fill' ? style.fillOpacity : 1));

  const addPolygon = (feature: CleanFeature, rings: Position[][]) => {
    const [outer, ...holes] = rings.map((ring) => toCartesians(ring, clamped));
    const instanceId: GeoJsonPickId = { layerId, featureIndex: feature.index, part: parts.length };
    parts.push({ kind: 'fill', instanceId, feature, isOutline: false });
    polygons.push(
      new GeometryInstance({
        id: instanceId,
        geometry: new PolygonGeometry({
          polygonHierarchy: new PolygonHierarchy(
            outer,
            holes.map((hole) => new PolygonHierarchy(hole)),
          ),
          perPositionHeight: !clamped,
          ...(clamped && !classify ? { height: FILL_LIFT_METERS } : {}),
          vertexFormat: PerInstanceColorAppearance.FLAT_VERTEX_FORMAT,
        }),
        attributes: { color: ColorGeometryInstanceAttribute.fromColor(colorFor(feature, 'fill', false, opacity)) },
      }),
    );
    for (const ring of rings) addLine(feature, ring, true);
  };

  const addLine = (feature: CleanFeature, line: Position[], isOutline: boolean) => {
    const lifted = clamped && !classify ? line.map(([lon, lat]) => [lon!, lat!, LINE_LIFT_METERS]) : line;
    const positions = toCartesians(lifted, classify);
    const instanceId: GeoJsonPickId = { layerId, featureIndex: feature.index, part: parts.length };
    parts.push({ kind: 'line', instanceId, feature, isOutline });
    const geometry = classify
      ? new GroundPolylineGeometry({ positions, width: style.strokeWidthPx })
      : new PolylineGeometry({ positions, width: style.strokeWidthPx, arcType: ArcType.GEODESIC });
    lines.push(
      new GeometryInstance({
        id: instanceId,
        geometry,
        attributes: { color: ColorGeometryInstanceAttribute.fromColor(colorFor(feature, 'line', isOutline, opacity)) },
      }),
    );
  };

  const addGeometry = (feature: CleanFeature, geometry: CleanGeometry): void => {
    switch (geometry.type) {
      case 'Polygon':
        addPolygon(feature, geometry.coordinates);
        break;
      case 'MultiPolygon':
        geometry.coordinates.forEach((rings) => addPolygon(feature, rings));
        break;
      case 'LineString':
        addLine(feature, geometry.coordinates, !style.fill);
        break;
      case 'MultiLineString':
        geometry.coordinates.forEach((line) => addLine(feature, line, !style.fill));
        break;
      case 'Point':
        addPoint(feature, geometry.coordinates);
        break;
      case 'MultiPoint':
        geometry.coordinates.forEach((point) => addPoint(feature, point));
        break;
      case 'GeometryCollection':
        geometry.geometries.forEach((part) => addGeometry(feature, part));
        break;
    }
  };

  for (const feature of features) {
    addGeometry(feature, feature.geometry);
    if (style.labelProperty && feature.properties[style.labelProperty] !== undefined) {
      const anchor = labelAnchor(feature.geometry);
      if (anchor) addLabel(feature, anchor, String(feature.properties[style.labelProperty]));
    }
  }

  function addPoint(feature: CleanFeature, position: Position) {
    pointFeatures.push(feature);
    points.add({
      id: { layerId, featureIndex: feature.index },
      position: toCartesian(position, clamped),
      pixelSize: style.pointSizePx,
      color: fillOf(feature.properties).withAlpha(opacity),
      outlineColor: strokeColor,
      outlineWidth: 1,
      disableDepthTestDistance: Number.POSITIVE_INFINITY,
    });
  }

  function addLabel(feature: CleanFeature, position: Position, text: string) {
    labels.add({
      id: { layerId, featureIndex: feature.index },
      position: toCartesian(position, clamped),
      text,
      font: '15px "Noto Sans CJK SC", "Microsoft YaHei", sans-serif',
      fillColor: Color.WHITE,
      outlineColor: Color.BLACK,
      outlineWidth: 3,
      style: LabelStyle.FILL_AND_OUTLINE,
      verticalOrigin: VerticalOrigin.BOTTOM,
      pixelOffset: new Cartesian2(0, -4),
      // Fade labels out when far away so a district overview does not become a wall of text.
      translucencyByDistance: new NearFarScalar(2_000, 1, 20_000, 0),
      disableDepthTestDistance: Number.POSITIVE_INFINITY,
    });
  }

  const all: GeoJsonPrimitives['all'] = [];
  const polygonPrimitive =
    polygons.length === 0
      ? undefined
      : classify
        ? new GroundPrimitive({
            geometryInstances: polygons,
            classificationType: classification,
            asynchronous: true,
            appearance: new PerInstanceColorAppearance({ flat: true, translucent: true }),
          })
        : new Primitive({
            geometryInstances: polygons,
            asynchronous: true,
            appearance: new PerInstanceColorAppearance({ flat: true, translucent: true }),
          });
  const linePrimitive =
    lines.length === 0
      ? undefined
      : classify
        ? new GroundPolylinePrimitive({
            geometryInstances: lines,
            classificationType: classification,
            asynchronous: true,
            appearance: new PolylineColorAppearance({ translucent: true }),
          })
        : new Primitive({
            geometryInstances: lines,
            asynchronous: true,
            appearance: new PolylineColorAppearance({ translucent: true }),
          });
  for (const primitive of [polygonPrimitive, linePrimitive]) if (primitive) all.push(primitive);
  if (points.length > 0) all.push(points);
  if (labels.length > 0) all.push(labels);

  return {
    all,
    recolor(alpha, highlightIndex) {
      for (const part of parts) {
        const primitive = part.kind === 'fill' ? polygonPrimitive : linePrimitive;
        if (!primitive?.ready) continue;
        const color =
          part.feature.index === highlightIndex
            ? HIGHLIGHT.withAlpha(part.kind === 'fill' ? 0.6 : 1)
            : colorFor(part.feature, part.kind, part.isOutline, alpha);
        primitive.getGeometryInstanceAttributes(part.instanceId).color = ColorGeometryInstanceAttribute.toValue(color);
      }
      pointFeatures.forEach((feature, i) => {
        points.get(i).color =
          feature.index === highlightIndex ? HIGHLIGHT : fillOf(feature.properties).withAlpha(alpha);
      });
    },
  };
}

function toCartesian(position: Position, clamped: boolean): Cartesian3 {
  return Cartesian3.fromDegrees(position[0], position[1], clamped ? 0 : (position[2] ?? 0));
}

function toCartesians(positions: Position[], clamped: boolean): Cartesian3[] {
  return positions.map((position) => toCartesian(position, clamped));
}
