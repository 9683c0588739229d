// Layer kind `ifc`: an IFC model converted in a worker (or taken from the IndexedDB cache), drawn as one glb Model.
// Each element is a feature: picking shows its class, Name, GlobalId, storey, property sets and quantities.
// The pieces live in ./ifc/: conversion (fetch, cache, worker), model-view (drawing), model-picking, placements,
// element-attributes and element-flight (camera); this file ties them to the layer's state and the MapLayer interface.
import { Cartesian2, Ellipsoid, Math as CesiumMath } from 'cesium';
import type { IfcLayerConfig } from '../config/project-types.ts';
import { localize } from '../config/localize.ts';
import { convertedBefore } from '../data/ifc/ifc-cache.ts';
import type { IfcConversion } from '../data/ifc/ifc-conversion.ts';
import { ifcBuildingRecords } from '../data/ifc/ifc-building-records.ts';
import { startIfcWorker, type IfcConversionJob } from '../data/ifc/ifc-worker-client.ts';
import type { ManualPlacement } from '../data/ifc/georeference.ts';
import { IfcLoadCancelled } from '../data/ifc/load-cancelled.ts';
import type { IfcElementInfo } from '../data/ifc/element-reader.ts';
import { DataError, errorMessage } from '../shared/errors.ts';
import { createStore, type Store } from '../shared/store.ts';
import { urlFileName } from '../shared/url-file-name.ts';
import type { IfcFilter } from './ifc-filter.ts';
import type { FeatureAttributes, LayerContext, MapLayer } from './map-layer.ts';
import { convertIfc, fetchIfcBytes } from './ifc/conversion.ts';
import { elementAttributes, elementSphere } from './ifc/element-attributes.ts';
import { flyToElementSphere } from './ifc/element-flight.ts';
import { initialLoadState, type IfcLoadState } from './ifc/load-state.ts';
import { createHighlighter, ownFeature } from './ifc/model-picking.ts';
import { createModelView } from './ifc/model-view.ts';
import { sidePlan, type Side } from './side-plan.ts';
import { splitDirectionOf } from './split-direction.ts';
import { createPlacements } from './ifc/placements.ts';

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

/** The file name to show for a layer: the URL's last segment, or the title for blob: URLs of dropped files. */
function sourceName(config: IfcLayerConfig): string {
  if (config.url.startsWith('blob:')) return localize(config.title, 'en');
  return urlFileName(config.url);
}

export function createIfcLayer(config: IfcLayerConfig, context: LayerContext): IfcLayer {
  const { scene } = context.viewer;
  const source = sourceName(config);
  const state = createStore<IfcLoadState>(initialLoadState(config.visible));
  const patch = (change: Partial<IfcLoadState>) => state.update((s) => ({ ...s, ...change }));
  const view = createModelView(scene, source);
  const highlighter = createHighlighter();
  const placements = createPlacements(config, source, (placementSource) => patch({ placementSource }));
  const byGlobalId = new Map<string, number>();
  let conversion: IfcConversion | undefined;
  let job: IfcConversionJob | undefined;
  let visible = config.visible;
  /** Schemes: the side of the swipe divider the model is drawn on (its elements are not hidden one by one). */
  let side: Side = 'whole';
  let disposed = false;
  let opening: Promise<void> | undefined;
  let openedAt = 0;

  /** Where to put a model that carries no georeference: the ground under the centre of the view. */
  const viewCentre = (): ManualPlacement => {
    const canvas = scene.canvas;
    const hit = scene.camera.pickEllipsoid(new Cartesian2(canvas.clientWidth / 2, canvas.clientHeight / 2));
    const carto = Ellipsoid.WGS84.cartesianToCartographic(hit ?? scene.camera.positionWC);
    return {
      lon: CesiumMath.toDegrees(carto.longitude),
      lat: CesiumMath.toDegrees(carto.latitude),
      heightMeters: 0,
      headingDeg: 0,
    };
  };
  const stopIfCancelled = () => {
    if (state.get().status === 'cancelled') throw new IfcLoadCancelled(source);
  };
  const elapsedMs = () => performance.now() - openedAt;

  const open = () =>
    (opening ??= (async () => {
      openedAt = performance.now();
      patch({ status: 'loading' });
      const worker = convertedBefore(config.url) ? undefined : startIfcWorker();
      try {
        const bytes = await fetchIfcBytes(config.url, source);
        const data = await convertIfc(bytes, worker, {
          url: config.url,
          source,
          maxInflatedBytes: context.deployment.limits.maxInflatedBytes,
          placements,
          progress: patch,
          elapsedMs,
          stopIfCancelled,
          fallbackPlacement: viewCentre,
          async draw(geometry) {
            // Given up meanwhile (layer removed, load cancelled or failed): the model never enters the scene.
            const look = { show: visible, filter: state.get().filter, splitDirection: splitDirectionOf(side) };
            if (await view.draw(geometry, look, () => !disposed && state.get().status === 'loading'))
              patch({ drawnMs: elapsedMs() });
          },
          undraw: view.remove,
          running: (running) => {
            job = running;
          },
          reportProblem: (message) => context.reportProblem(source, message),
        });
        stopIfCancelled();
        data.elements.forEach((element, i) => byGlobalId.set(element.globalId, i));
        conversion = data;
        patch({ status: 'ready', fraction: 1, loadMs: elapsedMs() });
      } catch (error) {
        worker?.dispose();
        patch({ status: state.get().status === 'cancelled' ? 'cancelled' : 'failed' });
        view.remove();
        opening = undefined; // shown again (or asked for its buildings), the model is tried again
        throw error;
      }
    })());
  /** Opens a deferred layer, reporting a failure the layer manager will not see. */
  const openLater = () =>
    open().catch((error: unknown) =>
      context.reportProblem(source, error instanceof DataError ? error.message : errorMessage(error)),
    );
  /** Shows the model where the placement now in force puts it. */
  const replace = () => {
    const replaced = conversion && placements.replaced(conversion);
    if (!replaced) return;
    conversion = replaced;
    view.setModelMatrix(replaced.placement.modelMatrix);
  };

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
      if (conversion && (await placements.save(placement))) replace();
    },
    async resetPlacement() {
      if (await placements.clear()) replace();
    },
    hasManifestPlacement: config.placement !== undefined,
    setFilter(filter) {
      patch({ filter });
      view.setFilter(filter);
    },
    element: (globalId) => {
      const index = byGlobalId.get(globalId);
      return index === undefined ? undefined : conversion?.elements[index];
    },
    async flyToElement(globalId) {
      const index = byGlobalId.get(globalId);
      if (index !== undefined && conversion) await flyToElementSphere(scene, elementSphere(conversion, index));
    },
    setVisible(show) {
      visible = show;
      view.setShow(show);
      if (show && !opening) void openLater();
    },
    setOpacity() {},
    setSection: (section) => view.setSection(section),
    async showSides(sides) {
      side = sidePlan(sides).main.side;
      view.setSplitDirection(splitDirectionOf(side));
    },
    pick(picked) {
      const feature = ownFeature(picked, view.model());
      const element = feature && conversion?.elements[feature.featureId];
      return element
        ? ({ featureId: element.globalId, attributes: elementAttributes(element) } satisfies FeatureAttributes)
        : null;
    },
    highlight: (picked) => highlighter.highlight(ownFeature(picked, view.model())),
    legend: () => [],
    boundingSphere: view.boundingSphere,
    isSettled: () => !visible || (state.get().status !== 'loading' && view.isReady()),
    async buildings() {
      await (opening ?? openLater());
      return conversion ? ifcBuildingRecords(config.id, conversion) : [];
    },
    // A load under way is cancelled (its worker terminated) and waited for, so nothing of it survives the removal.
    async dispose() {
      disposed = true;
      layer.cancel();
      await opening?.catch(() => {});
      view.remove();
      highlighter.forget();
      conversion = undefined;
      byGlobalId.clear();
    },
  };
  return layer;
}
