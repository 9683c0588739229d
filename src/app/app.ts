// Wires the pieces together: project manifest → viewer → layers → state. The UI and window.cim drive the app only
// through the actions returned here.
import { createBuildingPaints, type BuildingPaints } from './building-paints.ts';
import { onLayerRemoved } from './layer-removed.ts';
import type { Language, Project } from '../config/project-types.ts';
import { localize } from '../config/localize.ts';
import { createViewer, type Viewer } from '../viewer/create-viewer.ts';
import type { RenderProfile } from '../viewer/render-settings.ts';
import { flyToView, setView } from '../viewer/camera.ts';
import { whenSettledAndDrawn } from '../viewer/idle.ts';
import { onCanvasClick, pickObjectAt } from '../viewer/picking.ts';
import { createStore, type Store } from '../shared/store.ts';
import { reportError } from './errors.ts';
import { assert } from '../shared/errors.ts';
import { createLayerManager, type LayerManager } from './layer-manager.ts';
import { loadProject } from './project-loader.ts';
import { initialState, type AppState, type SelectedFeature } from './state.ts';
import { rememberLanguage, type UrlOptions } from './url-options.ts';
import { addLayerFromJson } from './add-layer.ts';
import { createDisplayRecovery, type DisplayRecovery } from './context-recovery.ts';
import { selectionFrom } from './selection.ts';
import { DEFAULT_ATTRIBUTES } from '../config/validate-attributes.ts';
import { DEFAULT_DEPLOYMENT_CONFIG, type DeploymentConfig } from '../config/deployment-config.ts';
import { fetchRefusal, setFetchPolicy } from '../data/fetch-policy.ts';
import { guardCesiumRequests } from '../viewer/cesium-request-guard.ts';
import { tileResponseProblem } from '../data/tiles/tile-framing.ts';
import { createTilesetCycleCheck } from '../data/tiles/tileset-cycles.ts';
import { loadDeployment, type LoadedDeployment } from './deployment-loader.ts';
import { pagePolicy, reportCspGaps, watchCspViolations } from './csp-report.ts';
import { createResetListeners, type ResetLateWork } from './reset-listeners.ts';

export interface Actions {
  setLayerVisible(id: string, visible: boolean): void;
  setLayerOpacity(id: string, opacity: number): void;
  flyToViewpoint(id: string, durationSeconds?: number): Promise<void>;
  flyHome(durationSeconds?: number): Promise<void>;
  setLanguage(language: Language): void;
  /** The attributes (as named in the data) of the feature at CSS pixel (x, y) of the canvas; selection unchanged. */
  pickAt(x: number, y: number): Record<string, unknown> | null;
  /** Picks and selects: the attribute panel shows the feature and it is highlighted. */
  selectAt(x: number, y: number): SelectedFeature | null;
  clearSelection(): void;
  dismissError(index: number): void;
  addLayer(layerJson: unknown): Promise<string>;
  /** Removes a layer added at run time; resolves when all it held is released. */
  removeLayer(id: string): Promise<void>;
}

export interface App {
  store: Store<AppState>;
  viewer: Viewer;
  layers: LayerManager;
  /** The building layers' per-feature paints, stacked by the features that paint (drape tint, thematic, health). */
  paints: BuildingPaints;
  actions: Actions;
  /** cim.config.json as validated (defaults where it is missing or wrong, and until it has been read). */
  deployment: DeploymentConfig;
  project(): Project | null;
  /** Resolves when the project is loaded, every layer is ready or failed, and a frame showing them has been drawn. */
  ready: Promise<void>;
  /** Resolves when all layers have what the current view needs and it has been drawn. */
  whenIdle(timeoutMs?: number): Promise<boolean>;
  /** Reloads the page when the display fails; the kiosk makes it quiet and watches for a stalled loop. */
  recovery: DisplayRecovery;
  /** How the viewer renders (?render=cheap for software WebGL); further viewers (side by side) render alike. */
  renderProfile: RenderProfile;
  /** Registers what a feature drops to go back to the start (results, overlays, drafts; never stored work). The
   * feature wraps its slow work with what this returns, so a result that arrives after a reset is dropped too. */
  onReset(listener: () => void): ResetLateWork;
  /** Back to the start for the next visitor (the kiosk's idle reset): the selection and every feature's reset. */
  reset(): void;
}

const READY_TIMEOUT_MS = 120_000;

export function createApp(viewerContainer: HTMLElement, options: UrlOptions): App {
  const store = createStore<AppState>({ ...initialState, language: options.language });
  // Until cim.config.json is read, the defaults (the page's own origin only) hold for the app's and Cesium's requests.
  let deployment: DeploymentConfig = DEFAULT_DEPLOYMENT_CONFIG;
  const tilesetCycle = createTilesetCycleCheck();
  guardCesiumRequests(
    fetchRefusal,
    (url, response) => tileResponseProblem(url, response, deployment.limits) ?? tilesetCycle(url, response),
  );
  watchCspViolations(store, document);
  const adoptDeployment = (loaded: LoadedDeployment) => {
    deployment = loaded.config;
    for (const problem of loaded.problems) reportError(store, loaded.url, `${problem.path}: ${problem.message}`);
    setFetchPolicy({
      pageUrl: location.href,
      dataOrigins: deployment.dataOrigins,
      maxFileBytes: deployment.limits.maxFileBytes,
    });
    reportCspGaps(store, loaded, pagePolicy(document), location.origin);
  };
  const viewer = createViewer(viewerContainer, options.renderProfile);
  let project: Project | null = null;
  const layers = createLayerManager(store, {
    viewer,
    get deployment() {
      return deployment;
    },
    get attributes() {
      return project?.attributes ?? DEFAULT_ATTRIBUTES;
    },
    reportProblem: (source, message) => reportError(store, source, message),
  });
  const paints = createBuildingPaints(layers.get);
  onLayerRemoved(store, paints.drop);
  const recovery = createDisplayRecovery(viewer, store);
  const whenIdle = (timeoutMs = READY_TIMEOUT_MS) => whenSettledAndDrawn(viewer, layers.isSettled, timeoutMs);

  const pick = (x: number, y: number) => {
    const picked = pickObjectAt(viewer, x, y);
    const found = layers.pick(picked);
    const layerTitle = () => store.get().layers.find((layer) => layer.id === found?.layer.id)?.title ?? '';
    const mapping = project?.attributes ?? DEFAULT_ATTRIBUTES;
    return { picked, found, selection: found ? selectionFrom(found, layerTitle(), mapping) : null };
  };

  const actions: Actions = {
    setLayerVisible: (id, visible) => layers.setVisible(id, visible),
    setLayerOpacity: (id, opacity) => layers.setOpacity(id, Math.min(1, Math.max(0, opacity))),
    async flyToViewpoint(id, durationSeconds) {
      const viewpoint = project?.viewpoints.find((v) => v.id === id);
      assert(viewpoint, `no viewpoint '${id}' in this project`);
      await flyToView(viewer, viewpoint.view, durationSeconds);
    },
    async flyHome(durationSeconds) {
      if (project) await flyToView(viewer, project.home, durationSeconds);
    },
    setLanguage(language) {
      rememberLanguage(globalThis.localStorage, language);
      store.update((state) => ({ ...state, language }));
      document.documentElement.lang = language;
      document.title = localize(store.get().projectTitle, language) || document.title;
    },
    pickAt: (x, y) => pick(x, y).found?.attributes ?? null,
    selectAt(x, y) {
      const { picked, selection } = pick(x, y);
      layers.highlight(selection ? picked : null);
      store.update((state) => ({ ...state, selection }));
      return selection;
    },
    clearSelection() {
      layers.highlight(null);
      store.update((state) => ({ ...state, selection: null }));
    },
    dismissError: (index) =>
      store.update((state) => ({ ...state, errors: state.errors.filter((_, i) => i !== index) })),
    addLayer: (layerJson) => addLayerFromJson(layerJson, { project, store, layers }),
    removeLayer: (id) => layers.remove(id),
  };

  onCanvasClick(viewer, (x, y) => actions.selectAt(x, y));
  const resetListeners = createResetListeners();
  resetListeners.add(actions.clearSelection);

  const ready = (async () => {
    // Before the project: it says where the project and its data may come from.
    adoptDeployment(await loadDeployment(location.href));
    const loaded = await loadProject(options.projectUrl);
    for (const problem of loaded.problems)
      reportError(store, options.projectUrl, `${problem.path}: ${problem.message}`);
    project = loaded.project;
    if (!project) {
      store.update((state) => ({ ...state, projectStatus: 'error' }));
      await whenIdle();
      return;
    }
    const loadedProject = project;
    store.update((state) => ({
      ...state,
      projectTitle: loadedProject.title,
      viewpoints: loadedProject.viewpoints,
    }));
    actions.setLanguage(store.get().language);
    setView(viewer, recovery.carriedView ?? loadedProject.home);
    for (const invalid of loadedProject.invalidLayers) layers.addInvalid(invalid);
    await Promise.all(loadedProject.layers.map((config) => layers.add(config)));
    store.update((state) => ({ ...state, projectStatus: 'ready' }));
    await whenIdle();
  })();

  return {
    store,
    viewer,
    layers,
    paints,
    actions,
    get deployment() {
      return deployment;
    },
    project: () => project,
    ready,
    whenIdle,
    recovery,
    renderProfile: options.renderProfile,
    onReset: (listener) => resetListeners.add(listener),
    reset: () => resetListeners.reset(),
  };
}
