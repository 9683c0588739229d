// Kind `geojson` (GeoJSON or a shapefile): polygons draped on the ground (clampTo 'tiles': their fill tints the
// buildings standing in them too), lines, points and labels, styled from the manifest.
// Bad features are reported one by one and left out; the layer fails only when the file itself is unusable.
import { BoundingSphere, Cartesian3, LabelCollection } from 'cesium';
import type { GeoJsonLayerConfig } from '../config/project-types.ts';
import { fetchVectorFile } from '../data/fetch-vector-file.ts';
import { parseGeoJson, type CleanFeature } from '../data/geojson/index.ts';
import { DataError } from '../shared/errors.ts';
import { buildGeoJsonPrimitives, type GeoJsonPickId, type GeoJsonPrimitives } from './geojson-primitives.ts';
import type { LayerContext, MapLayer } from './map-layer.ts';
import { declutterLabels } from './label-declutter.ts';
import { legendFromStyle } from './style-legend.ts';
import { drapedAreas } from './draped-areas.ts';
import { onEllipsoid } from '../viewer/scene-points.ts';
import type { DrapedArea } from '../analysis/drape/drape-tint.ts';

export function createGeoJsonLayer(config: GeoJsonLayerConfig, context: LayerContext): MapLayer {
  const scene = context.viewer.scene;
  let built: GeoJsonPrimitives | undefined;
  let featuresByIndex = new Map<number, CleanFeature>();
  let draped: DrapedArea[] = [];
  let bounds: BoundingSphere | undefined;
  let visible = config.visible;
  let opacity = config.opacity;
  let highlightIndex: number | undefined;
  let stopDeclutter: (() => void) | undefined;
  let stopWatchingReady: (() => void) | undefined;
  let disposed = false;

  const pickId = (picked: unknown): GeoJsonPickId | undefined => {
    const id = (picked as { id?: GeoJsonPickId } | undefined)?.id;
    return id && typeof id === 'object' && id.layerId === config.id ? id : undefined;
  };

  const primitivesReady = () => (built?.all ?? []).every((primitive) => !('ready' in primitive) || primitive.ready);

  const recolor = () => {
    built?.recolor(opacity, highlightIndex);
    scene.requestRender();
  };

  return {
    id: config.id,
    kind: config.kind,
    supportsOpacity: true,
    async load() {
      const file = await fetchVectorFile(config.url, config.crs, context.deployment.limits);
      if (disposed) return; // removed while its file was being fetched
      const parsed = parseGeoJson(file.geoJson, config.url, { crs: file.crs, limits: context.deployment.limits });
      const { features } = parsed;
      const problems = [...file.problems, ...parsed.problems];
      if (features.length === 0 && problems.length > 0) {
        throw new DataError(config.url, problems.map((problem) => `${problem.message} (${problem.path})`).join('; '));
      }
      for (const problem of problems) context.reportProblem(config.url, `${problem.message} (${problem.path})`);
      featuresByIndex = new Map(features.map((feature) => [feature.index, feature]));
      bounds = boundsOf(features);
      draped = drapedAreas(features, config.style);
      built = buildGeoJsonPrimitives(config.id, features, config.style, opacity, onEllipsoid(context.viewer));
      const labels = built.all.find((primitive): primitive is LabelCollection => primitive instanceof LabelCollection);
      if (labels) stopDeclutter = declutterLabels(scene, labels);
      for (const primitive of built.all) {
        primitive.show = visible;
        scene.primitives.add(primitive);
      }
      // Batched primitives are built asynchronously; colours can only be changed once they are ready.
      stopWatchingReady = scene.postRender.addEventListener(() => {
        if (!primitivesReady()) return;
        stopWatchingReady?.();
        if (opacity !== config.opacity || highlightIndex !== undefined) recolor();
      });
      scene.requestRender();
    },
    setVisible(value) {
      visible = value;
      for (const primitive of built?.all ?? []) primitive.show = value;
    },
    setOpacity(value) {
      opacity = value;
      recolor();
    },
    pick(picked) {
      const id = pickId(picked);
      const feature = id && featuresByIndex.get(id.featureIndex);
      if (!feature) return null;
      return { featureId: String(feature.id), attributes: { ...feature.properties } };
    },
    highlight(picked) {
      highlightIndex = picked ? pickId(picked)?.featureIndex : undefined;
      recolor();
    },
    drapedAreas: () => draped,
    legend: () => legendFromStyle(config.style),
    boundingSphere: () => bounds,
    // A hidden primitive is never updated, so never becomes ready: it has nothing to wait for either.
    isSettled: () => !visible || primitivesReady(),
    dispose() {
      disposed = true;
      stopDeclutter?.();
      stopWatchingReady?.(); // a hidden layer's primitives never become ready: the watch would outlive the layer
      for (const primitive of built?.all ?? []) scene.primitives.remove(primitive);
      built = undefined;
    },
  };
}

function boundsOf(features: CleanFeature[]): BoundingSphere | undefined {
  const positions: Cartesian3[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value) && typeof value[0] === 'number') {
      positions.push(Cartesian3.fromDegrees(value[0], value[1], value[2] ?? 0));
    } else if (Array.isArray(value)) value.forEach(visit);
  };
  for (const feature of features) visit((feature.geometry as { coordinates?: unknown }).coordinates);
  return positions.length > 0 ? BoundingSphere.fromPoints(positions) : undefined;
}
