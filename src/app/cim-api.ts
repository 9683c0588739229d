// window.cim: the documented scripting API for embedding pages, kiosk scripts and the browser tests.
// Names and shapes here are a contract (README, "Scripting API"); add to it, never rename.
import packageJson from '../../package.json';
import { localize } from '../config/localize.ts';
import type { CameraView, Language } from '../config/project-types.ts';
import type { DeploymentConfig } from '../config/deployment-config.ts';
import { currentView, setView } from '../viewer/camera.ts';
import type { Viewer } from '../viewer/create-viewer.ts';
import { nextFrame } from '../viewer/next-frame.ts';
import { canvasPosition } from '../viewer/screen-position.ts';
import type { App } from './app.ts';
import type { IfcApi } from './ifc/ifc-api.ts';
import type { PipesApi } from './pipes/pipes-api.ts';
import type { TownscapeApi } from './townscape/townscape-api.ts';
import type { LayerStatus, SelectedFeature, UserError } from './state.ts';
import type { RenewalApi } from './units/renewal-api.ts';
import type { SunlightApi } from './sunlight/sunlight-api.ts';
import type { ShadowAnimationApi } from './sunlight/shadow-animation-api.ts';
import type { MeasureApi } from './measure/measure-api.ts';
import type { SectionApi } from './section/section-api.ts';
import type { SchemesApi } from './schemes/schemes-api.ts';
import { argumentError, UnknownItemError } from './api-errors.ts';
import type { CommentsApi } from './comments/comments-api.ts';
import type { KioskApi } from './kiosk/kiosk-api.ts';
import type { HealthApi } from './health/health-api.ts';
import type { ReportApi } from './report/report-api.ts';

export interface CimLayerInfo {
  id: string;
  kind: string;
  title: string;
  visible: boolean;
  opacity: number;
  status: LayerStatus;
  error?: string;
}

export interface CimViewpointInfo {
  id: string;
  title: string;
  view: CameraView;
  /** Present (true) on an eye-level viewpoint (人视点). */
  eyeLevel?: true;
}

/** window.cim: the core below plus each feature's methods (a feature adds its interface to the `extends` list and
 * spreads its methods into window.cim in main.ts). */
export interface CimApi
  extends CoreCimApi,
    PipesApi,
    TownscapeApi,
    IfcApi,
    RenewalApi,
    SunlightApi,
    ShadowAnimationApi,
    MeasureApi,
    SectionApi,
    SchemesApi,
    CommentsApi,
    KioskApi,
    HealthApi,
    ReportApi {}

export interface CoreCimApi {
  readonly version: string;
  /** Project loaded, every layer ready or failed, and a frame showing them drawn. */
  readonly ready: Promise<void>;
  readonly viewer: Viewer;
  layers(): CimLayerInfo[];
  setLayerVisible(id: string, visible: boolean): void;
  setLayerOpacity(id: string, opacity: number): void;
  addLayer(layerConfig: unknown): Promise<string>;
  /** Removes a layer added by addLayer or loadIfc (or a dropped file) and resolves once everything it held is
   * released; rejects with UnknownLayerError / ManifestLayerError. */
  removeLayer(id: string): Promise<void>;
  viewpoints(): CimViewpointInfo[];
  flyTo(id: string, options?: { durationSeconds?: number }): Promise<void>;
  flyHome(options?: { durationSeconds?: number }): Promise<void>;
  pickAt(x: number, y: number): Promise<Record<string, unknown> | null>;
  selectAt(x: number, y: number): Promise<SelectedFeature | null>;
  clearSelection(): void;
  errors(): UserError[];
  setLanguage(language: Language): void;
  language(): Language;
  cameraView(): CameraView;
  /** Puts the camera at a pose at once; heading, pitch and roll default to 0, -90 (straight down) and 0. */
  setCameraView(view: Pick<CameraView, 'lon' | 'lat' | 'heightMeters'> & Partial<CameraView>): Promise<void>;
  /** CSS pixels in the canvas where a [lon, lat, heightMeters] appears now, or null when it is off screen. */
  canvasPosition(position: [number, number, number?]): [number, number] | null;
  /** All layers have what the current view needs and it has been drawn; false if the timeout came first. */
  whenIdle(timeoutMs?: number): Promise<boolean>;
  /** The deployment configuration in force (cim.config.json, defaults where it is missing or wrong). */
  config(): DeploymentConfig;
}

declare global {
  interface Window {
    cim: CimApi;
  }
}

export function createCimApi(app: App): CoreCimApi {
  const { store, actions, viewer } = app;
  const language = () => store.get().language;
  // A pick reads the last drawn frame; draw one first so a camera move just made is taken into account.
  const drawn = () => nextFrame(viewer);

  return {
    version: packageJson.version,
    ready: app.ready,
    viewer,
    layers: () =>
      store.get().layers.map((layer) => ({
        id: layer.id,
        kind: layer.kind,
        title: localize(layer.title, language()),
        visible: layer.visible,
        opacity: layer.opacity,
        status: layer.status,
        ...(layer.error ? { error: layer.error } : {}),
      })),
    setLayerVisible: (id, visible) => actions.setLayerVisible(id, visible),
    setLayerOpacity: (id, opacity) => actions.setLayerOpacity(id, opacity),
    addLayer: (layerConfig) => actions.addLayer(layerConfig),
    removeLayer: (id) => actions.removeLayer(id),
    viewpoints: () =>
      store.get().viewpoints.map((viewpoint) => ({
        id: viewpoint.id,
        title: localize(viewpoint.title, language()),
        view: viewpoint.view,
        ...(viewpoint.eyeLevel ? { eyeLevel: true as const } : {}),
      })),
    async flyTo(id, options) {
      if (!store.get().viewpoints.some((viewpoint) => viewpoint.id === id))
        throw new UnknownItemError('cim.flyTo', 'viewpoint', id);
      await actions.flyToViewpoint(id, options?.durationSeconds);
    },
    flyHome: (options) => actions.flyHome(options?.durationSeconds),
    async pickAt(x, y) {
      await drawn();
      return actions.pickAt(x, y);
    },
    async selectAt(x, y) {
      await drawn();
      return actions.selectAt(x, y);
    },
    clearSelection: () => actions.clearSelection(),
    errors: () => store.get().errors.map((error) => ({ ...error })),
    setLanguage(value) {
      if (value !== 'zh-CN' && value !== 'en')
        throw argumentError('cim.setLanguage', `unsupported language '${value}': use 'zh-CN' or 'en'`);
      actions.setLanguage(value);
    },
    language,
    cameraView: () => currentView(viewer),
    async setCameraView(view) {
      setView(viewer, { headingDeg: 0, pitchDeg: -90, rollDeg: 0, ...view });
      await drawn();
    },
    canvasPosition: ([lon, lat, heightMeters = 0]) => canvasPosition(viewer, lon, lat, heightMeters),
    whenIdle: (timeoutMs) => app.whenIdle(timeoutMs),
    config: () => structuredClone(app.deployment),
  };
}
