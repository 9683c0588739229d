// What the 体检 panel shows: one run of the health check for the city as it stands and, with a scheme chosen, for that
// scheme too (before/after), the park coverage of both distance modes and the life circles; the homes a mode leaves
// uncovered are painted on the building layers until cleared, and on the ground the service areas or one facility
// category's gaps (cleared with them).
import type { HealthIndicator } from '../../analysis/health/health-indicators.ts';
import type { ParkCoverage } from '../../analysis/health/park-coverage.ts';
import type { DistanceMode } from '../../analysis/health/site-distances.ts';
import type { Shares } from '../../analysis/health/weighted-share.ts';
import { DEFAULT_ATTRIBUTES } from '../../config/validate-attributes.ts';
import type { Vec2 } from '../../geometry/types.ts';
import { createHealthOverlay } from '../../layers/health-overlay.ts';
import { gapLabel } from './gap-label.ts';
import { createStore, type Store } from '../../shared/store.ts';
import type { App } from '../app.ts';
import type { Health, HealthSceneRun } from './health-feature.ts';

/** The colour of an uncovered home in 3D (the legend's swatch). */
export const UNCOVERED_COLOR = '#e53935';

export interface HealthHomeRef {
  layerId: string;
  featureId: string;
}

export interface HealthViewRun {
  /** 'existing' or a proposal layer id. */
  schemeId: string;
  existing: HealthIndicator[];
  /** The same indicators with the scheme in place; null for 'existing'. */
  scheme: HealthIndicator[] | null;
  /** Of the chosen scheme (the city as it stands for 'existing'); network is null without a walk network. */
  parkRatio: Record<DistanceMode, number | null>;
  uncovered: Record<DistanceMode, HealthHomeRef[] | null>;
  circles: { minutes: number; walkingMeters: number; completeShare: number | null }[];
}

export type HealthOverlayShow = 'park-service' | 'life-circle-gaps';

/** What is drawn on the ground: the service areas (of the chosen distance mode) or one category's gaps. */
export interface HealthOverlayChoice {
  show: HealthOverlayShow | null;
  /** A facility category id, for the gaps. */
  category: string;
}

/** What the overlay drew, for the legend and the API. */
export interface HealthOverlayShown {
  show: HealthOverlayShow;
  mode: DistanceMode;
  areas: number;
  category: string;
  gapHomes: number;
  walkingMeters: number | null;
}

export interface HealthViewState {
  busy: boolean;
  run: HealthViewRun | null;
  /** Which distance mode's uncovered homes are painted and service areas drawn. */
  mode: DistanceMode;
  highlighted: boolean;
  overlay: HealthOverlayChoice;
  overlayShown: HealthOverlayShown | null;
}

export interface HealthView {
  store: Store<HealthViewState>;
  run(schemeId: string): Promise<void>;
  setMode(mode: DistanceMode): void;
  /** Draws on the ground for the current run (nothing before a run). */
  setOverlay(choice: HealthOverlayChoice): void;
  /** Clears the painted homes and the ground overlay. */
  clearHighlight(): void;
}

const uncoveredHomes = (run: HealthSceneRun, coverage: ParkCoverage): HealthHomeRef[] =>
  run.scene.homes
    .filter((_, h) => !coverage.homes[h]!.covered)
    .map(({ layerId, featureId }) => ({ layerId, featureId }));

export function createHealthView(app: App, health: Health): HealthView {
  const store = createStore<HealthViewState>({
    busy: false,
    run: null,
    mode: 'network',
    highlighted: false,
    overlay: { show: null, category: 'kindergarten' },
    overlayShown: null,
  });
  let paintedLayers = new Set<string>();
  const overlay = createHealthOverlay(app.viewer);
  /** The scene of the shown run (the scheme's, or the city as it stands). */
  let chosenRun: HealthSceneRun | null = null;

  const redrawOverlay = () => {
    overlay.clear();
    const { overlay: choice, mode } = store.get();
    const shown = chosenRun && choice.show ? drawOverlay(chosenRun, choice.show, choice.category, mode) : null;
    store.update((state) => ({ ...state, overlayShown: shown }));
  };
  const drawOverlay = (
    run: HealthSceneRun,
    show: HealthOverlayShow,
    category: string,
    mode: DistanceMode,
  ): HealthOverlayShown => {
    const toLonLat = (p: Vec2) => run.scene.plane.toLonLat(...p);
    const areas = show === 'park-service' ? health.serviceAreas(run, mode) : [];
    const gaps = show === 'life-circle-gaps' ? health.lifeCircleGaps(run, category) : undefined;
    const language = app.store.get().language;
    overlay.show({
      areas: areas.map((area) => ({ ring: area.ring.map(toLonLat), wide: area.ruleId === 'park' })),
      gapHomes: gaps?.homes.map((h) => toLonLat(run.scene.homes[h]!.point)) ?? [],
      gapLabels:
        gaps?.clusters.map((cluster) => ({
          position: toLonLat(cluster.point),
          text: gapLabel(language, category, gaps.walkingMeters),
        })) ?? [],
    });
    return {
      show,
      mode,
      areas: areas.length,
      category,
      gapHomes: gaps?.homes.length ?? 0,
      walkingMeters: gaps?.walkingMeters ?? null,
    };
  };
  // The gap labels speak the UI's language.
  app.store.subscribe((state, previous) => {
    if (state.language !== previous.language && store.get().overlayShown?.show === 'life-circle-gaps') redrawOverlay();
  });

  const unpaint = () => {
    for (const id of paintedLayers) app.paints.set(id, 'health', null);
    paintedLayers = new Set();
  };
  const repaint = () => {
    unpaint();
    const { run, mode, highlighted } = store.get();
    const homes = highlighted ? run?.uncovered[mode] : null;
    if (homes) {
      const idName = (app.project()?.attributes ?? DEFAULT_ATTRIBUTES).id;
      const ids = new Set(homes.map((home) => home.featureId));
      paintedLayers = new Set(homes.map((home) => home.layerId));
      for (const id of paintedLayers)
        app.paints.set(id, 'health', (get) =>
          ids.has(String(get(idName))) ? { color: UNCOVERED_COLOR, show: true } : undefined,
        );
    }
    app.viewer.scene.requestRender();
  };
  const district = (shares: Shares) => shares.district;

  const runHealth = async (schemeId: string) => {
    const method = 'health panel';
    store.update((state) => ({ ...state, busy: true }));
    try {
      const existingRun = await health.scene('existing', method);
      const chosen = schemeId === 'existing' ? existingRun : await health.scene(schemeId, method);
      const network = chosen.scene.network ? health.parkCoverage(chosen, 'network') : null;
      const straight = health.parkCoverage(chosen, 'straight');
      const run: HealthViewRun = {
        schemeId,
        existing: await health.indicators(existingRun),
        scheme: chosen === existingRun ? null : await health.indicators(chosen),
        parkRatio: { network: network && district(network.ratio), straight: district(straight.ratio) },
        uncovered: {
          network: network && uncoveredHomes(chosen, network),
          straight: uncoveredHomes(chosen, straight),
        },
        circles: health.lifeCircles(chosen, [5, 10, 15]).map((circle) => ({
          minutes: circle.minutes,
          walkingMeters: circle.walkingMeters,
          completeShare: district(circle.completeShare),
        })),
      };
      const mode = network ? store.get().mode : 'straight';
      chosenRun = chosen;
      store.update((state) => ({ ...state, busy: false, run, mode, highlighted: true }));
      repaint();
      redrawOverlay();
    } catch (error) {
      store.update((state) => ({ ...state, busy: false }));
      throw error;
    }
  };

  const view: HealthView = {
    store,
    run: (schemeId) => resetLate(runHealth(schemeId)),
    setMode(mode) {
      store.update((state) => ({ ...state, mode }));
      repaint();
      redrawOverlay();
    },
    setOverlay(choice) {
      store.update((state) => ({ ...state, overlay: choice }));
      redrawOverlay();
    },
    clearHighlight() {
      store.update((state) => ({ ...state, highlighted: false, overlay: { ...state.overlay, show: null } }));
      repaint();
      redrawOverlay();
    },
  };
  // The next visitor starts without the last one's report.
  const resetLate = app.onReset(() => {
    const { run, highlighted } = store.get();
    if (!run && !highlighted) return;
    chosenRun = null;
    store.update((state) => ({ ...state, run: null }));
    view.clearHighlight();
  });
  return view;
}
