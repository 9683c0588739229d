// Kind `pipelines`: underground pipes and wells at their true depth in CJJ 61 colours, with per-class toggles, a
// legend and markers for clearance violations. The loaded network is exposed to the pipeline analyses.
import {
  BoundingSphere,
  Cartesian3,
  Color,
  ColorGeometryInstanceAttribute,
  NearFarScalar,
  PointPrimitiveCollection,
} from 'cesium';
import type { LonLat } from '../analysis/building-record.ts';
import { PIPE_CLASS_INFO } from '../analysis/pipes/pipe-classes.ts';
import { PIPE_CLASSES, type PipeClass, type PipeNetwork } from '../analysis/pipes/pipe-model.ts';
import type { PipelinesLayerConfig } from '../config/project-types.ts';
import { fetchText } from '../data/fetch-text.ts';
import { parseGeoJson } from '../data/geojson/index.ts';
import { readPipelines } from '../data/pipes/read-pipelines.ts';
import { DataError } from '../shared/errors.ts';
import type { LayerContext, MapLayer } from './map-layer.ts';
import { buildPipelinePrimitives, type PipelinePrimitives, type PipePickId } from './pipelines-primitives.ts';

export interface PipeMarker {
  position: LonLat;
  depthM: number;
  /** The pipes (and other features) involved; those of this layer turn red while the marker is selected. */
  a: string;
  b: string;
}

export interface PipelinesLayer extends MapLayer {
  readonly kind: 'pipelines';
  /** The pipes and wells as read (empty until loaded). */
  network(): PipeNetwork;
  /** Classes present in the data. */
  classes(): PipeClass[];
  setClassVisible(pipeClass: PipeClass, visible: boolean): void;
  isClassVisible(pipeClass: PipeClass): boolean;
  /** Marks places (clearance violations) with points seen through the ground, and the selected one's pipes in red;
   * an empty list clears them. */
  setMarkers(markers: readonly PipeMarker[], selected?: number): void;
  /** Ellipsoid height of the ground the depths are measured from. */
  readonly groundHeightMeters: number;
}

export const isPipelinesLayer = (layer: MapLayer | undefined): layer is PipelinesLayer => layer?.kind === 'pipelines';

const HIGHLIGHT = Color.fromCssColorString('#ffd400');
const MARKER = Color.fromCssColorString('#ff1744');

export function createPipelinesLayer(config: PipelinesLayerConfig, context: LayerContext): PipelinesLayer {
  const scene = context.viewer.scene;
  let network: PipeNetwork = { segments: [], wells: [] };
  let built: PipelinePrimitives | undefined;
  let bounds: BoundingSphere | undefined;
  let visible = config.visible;
  let highlighted: PipePickId | undefined;
  const hiddenClasses = new Set<PipeClass>();
  let flagged: PipePickId[] = [];
  let disposed = false;
  const markers = new PointPrimitiveCollection();
  scene.primitives.add(markers);

  const pickId = (picked: unknown): PipePickId | undefined => {
    const id = (picked as { id?: PipePickId } | undefined)?.id;
    return id && typeof id === 'object' && id.layerId === config.id && (id.kind === 'pipe' || id.kind === 'well')
      ? id
      : undefined;
  };
  const applyVisibility = () => {
    for (const [pipeClass, primitives] of built?.byClass ?? [])
      for (const p of primitives) p.show = visible && !hiddenClasses.has(pipeClass);
    markers.show = visible;
    scene.requestRender();
  };
  const pickIdOf = (index: number): PipePickId => built!.pipeId(index);
  const recolor = (id: PipePickId | undefined, color: Color | undefined) => {
    const primitive = id && built?.primitiveOf(id);
    if (!primitive?.ready || !id) return;
    primitive.getGeometryInstanceAttributes(id).color = ColorGeometryInstanceAttribute.toValue(
      color ?? built!.baseColor(id),
    );
  };

  return {
    id: config.id,
    kind: 'pipelines',
    supportsOpacity: false,
    groundHeightMeters: config.groundHeightMeters,
    async load() {
      const text = await fetchText(config.url);
      if (disposed) return; // removed while its file was being fetched
      const parsed = parseGeoJson(text, config.url, { crs: config.crs, limits: context.deployment.limits });
      const read = readPipelines(parsed.features, config.attributes);
      const problems = [...parsed.problems, ...read.problems];
      if (read.segments.length === 0 && read.wells.length === 0) {
        throw new DataError(
          config.url,
          problems.length > 0
            ? problems
                .slice(0, 5)
                .map((p) => `${p.message} (${p.path})`)
                .join('; ')
            : 'no pipes or wells in the file',
        );
      }
      for (const problem of problems) context.reportProblem(config.url, `${problem.message} (${problem.path})`);
      network = { segments: read.segments, wells: read.wells };
      const points = [...network.segments.flatMap((s) => s.path), ...network.wells.map((w) => w.position)];
      bounds = BoundingSphere.fromPoints(
        points.map(([lon, lat]) => Cartesian3.fromDegrees(lon, lat, config.groundHeightMeters)),
      );
      built = buildPipelinePrimitives(config.id, network, config.groundHeightMeters);
      for (const primitive of built.all) scene.primitives.add(primitive);
      applyVisibility();
    },
    setVisible(value) {
      visible = value;
      applyVisibility();
    },
    setOpacity() {},
    pick(picked) {
      const id = pickId(picked);
      const item = id && (id.kind === 'pipe' ? network.segments[id.index] : network.wells[id.index]);
      if (!item) return null;
      const defaulted = item.defaulted.length > 0 ? { defaulted: item.defaulted.join(', ') } : {};
      return { featureId: item.id, attributes: { id: item.id, ...item.attributes, ...defaulted } };
    },
    highlight(picked) {
      recolor(highlighted, undefined);
      highlighted = picked ? pickId(picked) : undefined;
      recolor(highlighted, HIGHLIGHT);
      scene.requestRender();
    },
    legend: () =>
      PIPE_CLASSES.filter((c) => built?.byClass.has(c)).map((c) => ({
        label: PIPE_CLASS_INFO[c].name,
        color: PIPE_CLASS_INFO[c].displayCss,
      })),
    boundingSphere: () => bounds,
    isSettled: () => !visible || (built?.all ?? []).every((p) => p.ready || !p.show),
    network: () => network,
    classes: () => PIPE_CLASSES.filter((c) => built?.byClass.has(c)),
    setClassVisible(pipeClass, value) {
      if (value) hiddenClasses.delete(pipeClass);
      else hiddenClasses.add(pipeClass);
      applyVisibility();
    },
    isClassVisible: (pipeClass) => !hiddenClasses.has(pipeClass),
    setMarkers(list, selected) {
      for (const id of flagged) recolor(id, id === highlighted ? HIGHLIGHT : undefined);
      const involved = selected === undefined ? [] : [list[selected]?.a, list[selected]?.b];
      flagged = network.segments.flatMap((segment, index) => (involved.includes(segment.id) ? [pickIdOf(index)] : []));
      for (const id of flagged) recolor(id, MARKER);
      markers.removeAll();
      list.forEach(({ position: [lon, lat], depthM }, i) =>
        markers.add({
          position: Cartesian3.fromDegrees(lon, lat, config.groundHeightMeters - depthM),
          color: i === selected ? HIGHLIGHT : MARKER,
          pixelSize: i === selected ? 16 : 11,
          outlineColor: Color.WHITE,
          outlineWidth: 2,
          scaleByDistance: new NearFarScalar(200, 1.2, 5000, 0.6),
          // Seen through the ground and the buildings: the violations are what the user is looking for.
          disableDepthTestDistance: Number.POSITIVE_INFINITY,
        }),
      );
      scene.requestRender();
    },
    dispose() {
      disposed = true;
      for (const primitive of built?.all ?? []) scene.primitives.remove(primitive);
      scene.primitives.remove(markers);
      built = undefined;
    },
  };
}
