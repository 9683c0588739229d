// Layer kind `ifc`: an IFC model converted in a worker (or taken from the IndexedDB cache), drawn as one glb Model
// whose vertices sit near the model centre and whose modelMatrix carries the placement in float64 — no jitter.
// Each element is a feature: picking shows its class, Name, GlobalId, storey, property sets and quantities.
import { Axis, BoundingSphere, Cartesian2, Cartesian3, Cesium3DTileStyle, Color, Ellipsoid, HeadingPitchRange, Math as CesiumMath, Matrix4, Model, ModelFeature } from 'cesium';
import type { IfcLayerConfig } from '../config/project-types.ts';
import { localize } from '../config/localize.ts';
import {
  cachedConversion, contentKey, convertedBefore, forgetConversion, rememberConverted, storeConversion, type CachedConversion,
} from '../data/ifc/ifc-cache.ts';
import type { IfcConversion, IfcGeometryConversion } from '../data/ifc/ifc-conversion.ts';
import { ifcBuildingRecords } from '../data/ifc/ifc-building-records.ts';
import { startIfcWorker, type IfcConversionJob, type IfcWorker } from '../data/ifc/ifc-worker-client.ts';
import type { ManualPlacement } from '../data/ifc/georeference.ts';
import type { IfcPlacement } from '../data/ifc/ifc-placement.ts';
import { placementInForce, type PlacementSource } from '../data/ifc/placement-in-force.ts';
import { clearPlacement, placementKeyOf, savePlacement, savedPlacement } from '../data/ifc/placement-store.ts';
import { IfcLoadCancelled } from '../data/ifc/load-cancelled.ts';
import { fetchBytes } from '../data/fetch-bytes.ts';
import type { IfcElementInfo } from '../data/ifc/element-reader.ts';
import type { IfcPhase } from '../data/ifc/read-ifc.ts';
import { DataError, errorMessage } from '../shared/errors.ts';
import { createStore, type Store } from '../shared/store.ts';
import { urlFileName } from '../shared/url-file-name.ts';
import { whenDrawnAfter } from '../viewer/idle.ts';
import { MODEL_LIGHTING } from '../viewer/render-settings.ts';
import { filterStyle, NO_FILTER, type IfcFilter } from './ifc-filter.ts';
import type { FeatureAttributes, LayerContext, MapLayer } from './map-layer.ts';
import { sidePlan, type Side } from './side-plan.ts';
import { splitDirectionOf } from './split-direction.ts';

export interface IfcLoadState {
  /** closed: a hidden manifest layer not opened yet. */
  status: 'closed' | 'loading' | 'ready' | 'failed' | 'cancelled';
  phase: IfcPhase | 'fetch' | 'cache' | 'draw';
  /** 0..1 within the phase. */
  fraction: number;
  fromCache: boolean;
  /** Start of the load → the drawable geometry on the main thread (from the worker or the cache), milliseconds. */
  geometryMs?: number;
  /** Start of the load → the first frame showing the model (drawn from the geometry, properties maybe still read). */
  drawnMs?: number;
  /** Start of the load → model drawn with every property read, milliseconds. */
  loadMs?: number;
  /** The worker's wasm heap at the end of the conversion (its peak: the heap never shrinks). */
  workerPeakBytes?: number;
  filter: IfcFilter;
  /** What places the model now: a manual placement saved in this browser, the manifest's, or the file's own. */
  placementSource: PlacementSource;
}

export interface IfcLayer extends MapLayer {
  readonly state: Store<IfcLoadState>;
  conversion(): IfcConversion | undefined;
  cancel(): void;
  /** Puts the model by hand and saves the placement (IndexedDB) so the file reopens where the user left it;
   * resolves once it is saved (rejects, the model moved all the same, if it could not be). */
  place(placement: ManualPlacement): Promise<void>;
  /** Forgets the saved manual placement: back to the manifest's placement, or the file's own. */
  resetPlacement(): Promise<void>;
  /** Whether the manifest (or loadIfc) gives a placement: what a reset goes back to. */
  readonly hasManifestPlacement: boolean;
  setFilter(filter: IfcFilter): void;
  element(globalId: string): IfcElementInfo | undefined;
  flyToElement(globalId: string): Promise<void>;
}

export const isIfcLayer = (layer: MapLayer | undefined): layer is IfcLayer => layer?.kind === 'ifc';

const HIGHLIGHT = Color.fromCssColorString('#ffd400');
const CACHE_FULL = 'the browser\'s storage is full, so this model was opened but not kept for next time ' +
  '(it will be converted again); clearing this site\'s data in the browser frees the space';
/** A ready model is drawn in the next frame; this only bounds the wait should frames stop (a lost WebGL context). */
const DRAWN_TIMEOUT_MS = 30_000;

/** The file name to show for a layer: the URL's last segment, or the title for blob: URLs of dropped files. */
function sourceName(config: IfcLayerConfig): string {
  if (config.url.startsWith('blob:')) return localize(config.title, 'en');
  return urlFileName(config.url);
}

/** Flattened for the attribute panel: "Pset_WallCommon.IsExternal" → value. */
export function elementAttributes(element: IfcElementInfo): Record<string, unknown> {
  const attributes: Record<string, unknown> = {
    ifcClass: element.ifcClass, Name: element.name, GlobalId: element.globalId, storey: element.storey ?? '',
  };
  for (const sets of [element.propertySets, element.quantities]) {
    for (const [set, values] of Object.entries(sets)) for (const [name, value] of Object.entries(values)) attributes[`${set}.${name}`] = value;
  }
  return attributes;
}

/** Cesium's typings forbid clearing a style, which its runtime allows (undefined = draw everything). */
function setStyle(model: Model, filter: IfcFilter): void {
  (model as { style: Cesium3DTileStyle | undefined }).style = filterStyle(filter);
}

export function createIfcLayer(config: IfcLayerConfig, context: LayerContext): IfcLayer {
  const { scene } = context.viewer;
  const source = sourceName(config);
  const state = createStore<IfcLoadState>({ status: config.visible ? 'loading' : 'closed', phase: 'fetch', fraction: 0, fromCache: false, filter: NO_FILTER, placementSource: 'file' });
  const patch = (change: Partial<IfcLoadState>) => state.update((s) => ({ ...s, ...change }));
  let conversion: IfcConversion | undefined;
  let cacheKey: string | undefined;
  let savedManual: ManualPlacement | undefined;
  /** The file's own placement (from its georeference, or where it was first dropped): what a reset can go back to. */
  let filePlacement: IfcPlacement | undefined;
  let model: Model | undefined;
  let job: IfcConversionJob | undefined;
  let highlighted: { feature: ModelFeature; color: Color } | undefined;
  let disposed = false;
  const byGlobalId = new Map<string, number>();
  // ModelFeature.primitive exists at runtime but not in the typings.
  const ownFeature = (picked: unknown) =>
    picked instanceof ModelFeature && (picked as unknown as { primitive: unknown }).primitive === model ? picked : undefined;

  /** Where to put a model that carries no georeference: the ground under the centre of the view. */
  const viewCentre = (): ManualPlacement => {
    const canvas = scene.canvas;
    const hit = scene.camera.pickEllipsoid(new Cartesian2(canvas.clientWidth / 2, canvas.clientHeight / 2));
    const carto = Ellipsoid.WGS84.cartesianToCartographic(hit ?? scene.camera.positionWC);
    return { lon: CesiumMath.toDegrees(carto.longitude), lat: CesiumMath.toDegrees(carto.latitude), heightMeters: 0, headingDeg: 0 };
  };

  // Cancel may come before the worker exists (while fetching or looking in the cache): checked between the steps.
  const stopIfCancelled = () => {
    if (state.get().status === 'cancelled') throw new IfcLoadCancelled(source);
  };

  /** Draws the model from the cache, or from a worker (started ahead) as soon as it has read the geometry, while it
   * goes on reading the properties. Resolves with the whole conversion, placed as the manifest says, once both are done. */
  async function convert(bytes: Uint8Array, workerAhead: IfcWorker | undefined): Promise<IfcConversion> {
    cacheKey = await contentKey(bytes, undefined);
    savedManual = await savedPlacement(placementKeyOf(cacheKey));
    patch({ phase: 'cache' });
    const cached = await cachedConversion(cacheKey);
    if (cached) {
      workerAhead?.dispose();
      workerAhead = undefined;
      const fromCache = await fromCacheRecord(cached);
      if (fromCache) return fromCache;
      // Gone meanwhile (storage cleared), unreadable or not drawable: deleted, and the file converted after all.
      await forgetConversion(cacheKey);
      removeModel();
      patch({ fromCache: false });
    }
    stopIfCancelled();
    job = (workerAhead ?? startIfcWorker()).convert({ bytes, source, fallbackPlacement: viewCentre(), maxInflatedBytes: context.deployment.limits.maxInflatedBytes }, (phase, fraction) => patch({ phase, fraction }));
    const placedGeometry = job.geometry.then((geometry) => {
      patch({ geometryMs: performance.now() - openedAt });
      return withPlacementInForce(geometry);
    });
    const drawing = placedGeometry.then(draw);
    drawing.catch(() => {}); // a failed conversion is reported through `result`
    const { conversion: converted, peakHeapBytes } = await job.result;
    job = undefined;
    patch({ workerPeakBytes: peakHeapBytes, phase: 'draw', fraction: 0 });
    // Stored once the model is on screen: the cache write competes with the first frames of a new model for the CPU.
    // The cache keeps the file's own placement; the manifest's is applied on every open.
    await drawing;
    const stored = await storeConversion(cacheKey, converted);
    if (stored === 'stored') rememberConverted(config.url);
    if (stored === 'full') context.reportProblem(source, CACHE_FULL);
    return { ...converted, placement: (await placedGeometry).placement };
  }

  /** The model drawn from its cache record, or undefined when the record turns out unusable. */
  async function fromCacheRecord(cached: CachedConversion): Promise<IfcConversion | undefined> {
    patch({ fromCache: true, phase: 'draw', fraction: 0, geometryMs: performance.now() - openedAt });
    const placed = withPlacementInForce(cached.geometry);
    try {
      await draw(placed);
    } catch {
      return undefined;
    }
    // The details are read once the model is on screen: on a big model they are most of what the cache holds.
    const details = await cached.details();
    return details && { ...placed, ...details };
  }

  async function draw(data: IfcGeometryConversion): Promise<void> {
    // `gltf` takes the glb bytes directly (Cesium documents it for its own 3D Tiles use; the typings list only `url`).
    // Axes as in 3D Tiles (y-up → z-up only): a lone glTF Model would otherwise also turn glTF's +Z forward to +X.
    const options = { gltf: data.glb, modelMatrix: Matrix4.fromArray(data.placement.modelMatrix), upAxis: Axis.Y, forwardAxis: Axis.X, ...MODEL_LIGHTING };
    const drawn = await Model.fromGltfAsync(options as unknown as Parameters<typeof Model.fromGltfAsync>[0]);
    // Given up meanwhile (layer removed, load cancelled or failed): the model never enters the scene.
    if (disposed || state.get().status !== 'loading') return void drawn.destroy();
    model = drawn;
    drawn.show = visible;
    drawn.splitDirection = splitDirectionOf(side);
    setStyle(drawn, state.get().filter);
    scene.primitives.add(drawn);
    // Watched from now on, so the frame after the one the model becomes ready in is the one counted.
    const shown = whenDrawnAfter(scene, () => drawn.isDestroyed() || drawn.ready, DRAWN_TIMEOUT_MS);
    await new Promise<void>((resolve, reject) => {
      drawn.readyEvent.addEventListener(() => resolve());
      drawn.errorEvent.addEventListener((error) => reject(new DataError(source, `The converted model could not be drawn: ${error.message}`)));
      scene.requestRender();
    });
    if (await shown) patch({ drawnMs: performance.now() - openedAt });
  }

  /** A half-loaded model leaves the scene when its load fails or is cancelled. */
  function removeModel(): void {
    if (model && !model.isDestroyed()) scene.primitives.remove(model);
    model = undefined;
  }

  let visible = config.visible;
  /** Schemes: the side of the swipe divider the model is drawn on (its elements are not hidden one by one). */
  let side: Side = 'whole';
  let opening: Promise<void> | undefined;
  let openedAt = 0;
  const open = () => (opening ??= (async () => {
    openedAt = performance.now();
    patch({ status: 'loading' });
    const worker = convertedBefore(config.url) ? undefined : startIfcWorker();
    try {
      // fetchBytes holds the download to the origin policy and the byte cap; its failures name the file as the others do.
      const bytes = await fetchBytes(config.url).catch((error: unknown) => {
        throw error instanceof DataError ? new DataError(source, error.message, error.location) : error;
      });
      const data = await convert(bytes, worker);
      stopIfCancelled();
      data.elements.forEach((element, i) => byGlobalId.set(element.globalId, i));
      conversion = data;
      patch({ status: 'ready', fraction: 1, loadMs: performance.now() - openedAt });
    } catch (error) {
      worker?.dispose();
      patch({ status: state.get().status === 'cancelled' ? 'cancelled' : 'failed' });
      removeModel();
      opening = undefined; // shown again (or asked for its buildings), the model is tried again
      throw error;
    }
  })());
  const withPlacementInForce = <T extends IfcGeometryConversion>(data: T): T => {
    filePlacement = data.placement;
    const { placement, from } = placementInForce(data.placement, data.originIfc, {
      ...(savedManual ? { saved: savedManual } : {}), ...(config.placement ? { manifest: config.placement } : {}),
      ...(config.heightOffsetMeters ? { heightOffsetMeters: config.heightOffsetMeters } : {}),
    }, source);
    patch({ placementSource: from });
    return { ...data, placement };
  };
  /** Shows the model where the placement now in force puts it. */
  const replace = () => {
    if (!conversion || !filePlacement) return;
    conversion = withPlacementInForce({ ...conversion, placement: filePlacement });
    if (model) model.modelMatrix = Matrix4.fromArray(conversion.placement.modelMatrix);
    scene.requestRender();
  };
  /** Opens a deferred layer, reporting a failure the layer manager will not see. */
  const openLater = () =>
    open().catch((error: unknown) => context.reportProblem(source, error instanceof DataError ? error.message : errorMessage(error)));

  const layer: IfcLayer = {
    id: config.id,
    kind: 'ifc',
    supportsOpacity: false,
    state,
    // A hidden manifest layer is opened when first shown (or asked for its buildings): the worker and the wasm are
    // fetched only when someone wants the model.
    load: () => (config.visible ? open() : Promise.resolve()),
    conversion: () => conversion,
    cancel() {
      if (state.get().status !== 'loading') return;
      patch({ status: 'cancelled' });
      job?.cancel();
    },
    async place(placement) {
      if (!conversion || !cacheKey) return;
      // Saved first: the model moves (and the panel says "saved") only once the placement is on disk.
      await savePlacement(placementKeyOf(cacheKey), placement);
      savedManual = placement;
      replace();
    },
    async resetPlacement() {
      if (!cacheKey) return;
      await clearPlacement(placementKeyOf(cacheKey));
      savedManual = undefined;
      replace();
    },
    hasManifestPlacement: config.placement !== undefined,
    setFilter(filter) {
      patch({ filter });
      if (model) setStyle(model, filter);
      scene.requestRender();
    },
    element: (globalId) => {
      const index = byGlobalId.get(globalId);
      return index === undefined ? undefined : conversion?.elements[index];
    },
    async flyToElement(globalId) {
      const index = byGlobalId.get(globalId);
      if (index === undefined || !conversion) return;
      const b = conversion.featureBounds.subarray(index * 6, index * 6 + 6);
      const local = new Cartesian3((b[0]! + b[3]!) / 2, (b[1]! + b[4]!) / 2, (b[2]! + b[5]!) / 2);
      const radius = Math.max(1, Math.hypot(b[3]! - b[0]!, b[4]! - b[1]!, b[5]! - b[2]!) / 2);
      const centre = Matrix4.multiplyByPoint(Matrix4.fromArray(conversion.placement.modelMatrix), local, new Cartesian3());
      await new Promise<void>((resolve) =>
        scene.camera.flyToBoundingSphere(new BoundingSphere(centre, radius), {
          duration: 1,
          // From the south and well above: an element is seldom hidden behind its neighbours from there.
          offset: new HeadingPitchRange(0, CesiumMath.toRadians(-60), Math.max(30, radius * 4)),
          complete: resolve,
          cancel: resolve,
        }),
      );
    },
    setVisible(show) {
      visible = show;
      if (model) model.show = show;
      if (show && !opening) void openLater();
    },
    setOpacity() {},
    async showSides(sides) {
      side = sidePlan(sides).main.side;
      if (model) model.splitDirection = splitDirectionOf(side);
      scene.requestRender();
    },
    pick(picked) {
      const feature = ownFeature(picked);
      if (!feature || !conversion) return null;
      const element = conversion.elements[feature.featureId];
      return element ? ({ featureId: element.globalId, attributes: elementAttributes(element) } satisfies FeatureAttributes) : null;
    },
    highlight(picked) {
      if (highlighted) highlighted.feature.color = highlighted.color;
      highlighted = undefined;
      const feature = ownFeature(picked);
      if (feature) {
        highlighted = { feature, color: feature.color.clone() };
        feature.color = HIGHLIGHT;
      }
    },
    legend: () => [],
    boundingSphere: () => model?.boundingSphere,
    isSettled: () => !visible || (state.get().status !== 'loading' && (!model || model.ready)),
    async buildings() {
      await (opening ?? openLater());
      return conversion ? ifcBuildingRecords(config.id, conversion) : [];
    },
    // A load under way is cancelled (its worker terminated) and waited for, so nothing of it survives the removal.
    async dispose() {
      disposed = true;
      layer.cancel();
      await opening?.catch(() => {});
      removeModel();
      highlighted = undefined;
      conversion = undefined;
      byGlobalId.clear();
    },
  };
  return layer;
}
