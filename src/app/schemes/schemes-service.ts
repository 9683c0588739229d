// The schemes service: which scheme the city shows (one at a time, the existing buildings it replaces hidden), or
// which it compares: two with a swipe divider, or two to four side by side in synchronised views. The picker,
// window.cim and other features read and drive it here.
import { replacedBuildings } from '../../analysis/townscape/proposal-scene.ts';
import { schemeMassing, type UnitMassing } from '../../analysis/units/scheme-massing.ts';
import { createStore, type Store } from '../../shared/store.ts';
import { setSplitPosition } from '../../viewer/split-position.ts';
import { errorMessage } from '../../shared/errors.ts';
import type { App } from '../app.ts';
import { reportError } from '../errors.ts';
import type { BuildingInputs } from '../building-inputs.ts';
import type { RenewalData } from '../units/renewal-data.ts';
import type { CompareRequest } from './compare-request.ts';
import { EXISTING_SCHEME_ID } from '../../config/validate-townscape.ts';
import { schemeCatalog, type Scheme } from './scheme-catalog.ts';
import { openSideBySide, type SideBySide } from './side-by-side.ts';

export interface SchemesState {
  /** The scheme shown when no comparison is on. */
  shownId: string;
  /** Swipe: `schemes[0]` left of the divider, `schemes[1]` right of it. Side by side: `schemes[i]` in view i (view 0
   * is the main one). */
  compare: { mode: 'off' } | { mode: 'swipe'; schemes: [string, string] } | { mode: 'side-by-side'; schemes: string[] };
  /** Where the divider stands, 0 (left edge) … 1 (right edge). */
  swipePosition: number;
  /** The last massing comparison (体块比对), one entry per proposal. */
  massing: SchemeMassing[] | null;
}

export interface SchemeMassing {
  schemeId: string;
  /** Per renewal unit the scheme builds in: its indicators existing and with the scheme in place. */
  units: UnitMassing[];
}

/** What the schemes service reads from the renewal feature: its units and existing buildings. */
export interface SchemesInputs {
  renewalData(): Promise<RenewalData>;
}

export interface Schemes {
  store: Store<SchemesState>;
  list(): Scheme[];
  /** Shows one scheme (comparison off); resolves when it is drawn. */
  show(id: string): Promise<void>;
  /** Resolves when the comparison is drawn. The request is checked by readCompareRequest. */
  compare(request: CompareRequest): Promise<void>;
  setSwipePosition(fraction: number): void;
  /** The side-by-side views while that comparison is on (drawn), else null. */
  sideBySide(): SideBySide | null;
  /** The existing buildings a scheme hides, as featureIds per layer id (empty for `existing`). */
  replacedIds(id: string): Promise<Map<string, Set<string>>>;
  /** Every proposal against the existing city, unit by unit (kept in the store for the panel). */
  runMassing(): Promise<SchemeMassing[]>;
}

const NONE: ReadonlySet<string> = new Set();

export function createSchemes(app: App, inputs: BuildingInputs, schemesInputs: SchemesInputs): Schemes {
  const store = createStore<SchemesState>({
    shownId: EXISTING_SCHEME_ID,
    compare: { mode: 'off' },
    swipePosition: 0.5,
    massing: null,
  });
  const proposalLayerIds = () => app.project()?.townscape?.proposalLayers ?? [];
  const list = () => schemeCatalog(proposalLayerIds(), app.store.get().layers);

  const replacedIds = async (id: string) => {
    const byLayer = new Map<string, Set<string>>();
    if (id === EXISTING_SCHEME_ID) return byLayer;
    // The same rule and the same buildings as the townscape analyses: the visible existing city, the proposal's own.
    const [existing, proposal] = await Promise.all([inputs.existingBuildings(), inputs.buildingsOf(id)]);
    for (const building of replacedBuildings(existing, proposal)) {
      const ids = byLayer.get(building.layerId) ?? new Set<string>();
      byLayer.set(building.layerId, ids.add(building.featureId));
    }
    return byLayer;
  };

  let views: { key: string; opened: SideBySide } | null = null;
  /** Opens the side-by-side views the state asks for (kept while it asks for the same), closes them otherwise. */
  const drawViews = async () => {
    const { compare } = store.get();
    const key = compare.mode === 'side-by-side' ? `${compare.schemes.join()}|${existingKey()}` : '';
    if (views?.key === key) return;
    const closing = views?.opened.close();
    views = null;
    await closing;
    if (compare.mode !== 'side-by-side') return;
    views = { key, opened: openSideBySide(app, compare.schemes, list(), replacedIds) };
    await views.opened.whenIdle();
  };

  /** Draws the state: proposals shown on their side(s), existing layers hiding what each side's scheme replaces. */
  const draw = async () => {
    const { shownId, compare, swipePosition } = store.get();
    // Side by side, the main view is the first view: it shows that scheme whole.
    const mainId = compare.mode === 'side-by-side' ? compare.schemes[0]! : shownId;
    const [leftId, rightId] = compare.mode === 'swipe' ? compare.schemes : [mainId, mainId];
    const [existing, ...proposals] = list();
    const sideWork: Promise<void>[] = [];
    for (const proposal of proposals) {
      const [onLeft, onRight] = [proposal.id === leftId, proposal.id === rightId];
      app.actions.setLayerVisible(proposal.id, onLeft || onRight);
      const layer = app.layers.get(proposal.id);
      if (layer?.showSides)
        sideWork.push(layer.showSides({ left: onLeft ? NONE : null, right: onRight ? NONE : null }));
    }
    const [leftHidden, rightHidden] = await Promise.all([replacedIds(leftId), replacedIds(rightId)]);
    for (const layerId of existing!.layerIds) {
      const layer = app.layers.get(layerId);
      if (layer?.showSides)
        sideWork.push(
          layer.showSides({ left: leftHidden.get(layerId) ?? NONE, right: rightHidden.get(layerId) ?? NONE }),
        );
    }
    await Promise.all(sideWork);
    setSplitPosition(app.viewer, swipePosition);
    await drawViews();
    await app.whenIdle();
  };
  // One drawing at a time, in the order asked: a later request is drawn after (and over) an earlier one.
  let drawing: Promise<void> = Promise.resolve();
  const redraw = () => (drawing = drawing.then(draw, draw));

  // An existing building layer shown, hidden, loaded or added later gets the current scheme's hidden buildings too
  // (the replaced set is taken from the visible existing layers, as the analyses take it).
  const existingKey = () => {
    const ids = list()[0]!.layerIds;
    return app.store
      .get()
      .layers.filter((layer) => ids.includes(layer.id))
      .map((layer) => `${layer.id}:${layer.visible}`)
      .join();
  };
  let drawnExisting = '';
  app.store.subscribe((state, previous) => {
    if (state.layers === previous.layers) return;
    const key = existingKey();
    if (key === drawnExisting) return;
    drawnExisting = key;
    const { shownId, compare } = store.get();
    if (shownId !== EXISTING_SCHEME_ID || compare.mode !== 'off')
      redraw().catch((error: unknown) => reportError(app.store, 'schemes', errorMessage(error)));
  });

  const runMassing = async () => {
    // The renewal cards' buildings (every existing 3D Tiles layer), so the existing column matches cim.unitIndicators.
    const data = await schemesInputs.renewalData();
    const massing = await Promise.all(
      list()
        .slice(1)
        .map(async ({ id }) => ({
          schemeId: id,
          units: schemeMassing(data.units, data.buildings, await inputs.buildingsOf(id), data.attributes),
        })),
    );
    store.update((state) => ({ ...state, massing }));
    return massing;
  };
  const service: Schemes = {
    store,
    list,
    show(id) {
      store.update((state) => ({ ...state, shownId: id, compare: { mode: 'off' } }));
      return redraw();
    },
    compare(request) {
      store.update((state) => ({
        ...state,
        compare:
          request.mode === 'swipe'
            ? { mode: 'swipe', schemes: [request.schemes[0]!, request.schemes[1]!] }
            : request.mode === 'side-by-side'
              ? { mode: 'side-by-side', schemes: request.schemes }
              : { mode: 'off' },
        swipePosition: request.mode === 'swipe' ? (request.position ?? state.swipePosition) : state.swipePosition,
      }));
      return redraw();
    },
    setSwipePosition(fraction) {
      const swipePosition = Math.min(1, Math.max(0, fraction));
      store.update((state) => ({ ...state, swipePosition }));
      setSplitPosition(app.viewer, swipePosition);
    },
    sideBySide: () => views?.opened ?? null,
    replacedIds,
    runMassing: () => resetLate(runMassing()),
  };
  const resetLate = app.onReset(() => {
    if (store.get().massing) store.update((state) => ({ ...state, massing: null }));
    if (store.get().shownId !== EXISTING_SCHEME_ID || store.get().compare.mode !== 'off')
      void service.show(EXISTING_SCHEME_ID);
  });
  return service;
}
