// The pipelines feature: underground view, cross-sections and the clearance check over the visible pipelines layers,
// with its own store that the pipes panel renders from.
import type { BuildingRecord, LonLat } from '../../analysis/building-record.ts';
import { checkClearances, type ClearanceViolation } from '../../analysis/pipes/clearance-check.ts';
import { crossSection, type CrossSectionHit } from '../../analysis/pipes/cross-section.ts';
import { localPlane } from '../../geometry/local-plane.ts';
import type { PipeClass, PipeSegment } from '../../analysis/pipes/pipe-model.ts';
import { isPipelinesLayer, type PipelinesLayer } from '../../layers/pipelines-layer.ts';
import { errorMessage } from '../../shared/errors.ts';
import { createStore, type Store } from '../../shared/store.ts';
import { flyToView } from '../../viewer/camera.ts';
import { excavate, type Excavation } from '../../viewer/excavation.ts';
import { collectGroundClicks, type GroundClicks } from '../../viewer/ground-clicks.ts';
import { setUndergroundView } from '../../viewer/underground.ts';
import type { App } from '../app.ts';
import { reportError } from '../errors.ts';

export interface PipesState {
  underground: boolean;
  /** null until the check has been run. */
  violations: ClearanceViolation[] | null;
  checking: boolean;
  selectedViolation: number | null;
  section: { line: [LonLat, LonLat]; hits: CrossSectionHit[]; lengthM: number } | null;
  /** The open pit, if any. */
  excavation: { ring: LonLat[]; depthM: number } | null;
  /** Bumped when class visibility changes, so the panel redraws its toggles. */
  classesVersion: number;
  /** Map clicks being collected: a section line (two points) or a pit outline (any number), with the count so far. */
  drawing: { kind: 'section' | 'pit'; points: number } | null;
}

export interface PipesFeature {
  store: Store<PipesState>;
  layers(): PipelinesLayer[];
  setUnderground(on: boolean): void;
  crossSection(line: [LonLat, LonLat]): CrossSectionHit[];
  clearanceCheck(options?: { scope?: LonLat[] }): Promise<ClearanceViolation[]>;
  selectViolation(index: number): Promise<void>;
  setClassVisible(pipeClass: PipeClass, visible: boolean): void;
  /** The next two clicks on the map give a line; its cross-section goes to the store. */
  drawSectionLine(): void;
  /** Cuts the ground and buildings away inside the ring, with pit walls and a floor `depthM` down; null fills it in. */
  excavate(ring: LonLat[] | null, depthM?: number): void;
  /** Fills any open pit; then clicks on the map outline a new one, which `finishDrawing()` digs (from three points). */
  drawExcavation(depthM: number): void;
  /** Ends the pit outline with the corners clicked so far. */
  finishDrawing(): void;
  /** Drops the clicks being collected (as Escape does). */
  cancelDrawing(): void;
}

/** Buildings look faded in the underground view. */
const FADED_BUILDING_OPACITY = 0.35;
const VIOLATION_VIEW_HEIGHT_M = 60;
export const DEFAULT_PIT_DEPTH_M = 3;

export function createPipesFeature(app: App): PipesFeature {
  const store = createStore<PipesState>({
    underground: false,
    violations: null,
    checking: false,
    selectedViolation: null,
    section: null,
    excavation: null,
    classesVersion: 0,
    drawing: null,
  });
  let pit: Excavation | undefined;
  let clicks: GroundClicks | null = null;
  const collectClicks = (kind: 'section' | 'pit', count: number, onDone: (points: LonLat[]) => void) => {
    clicks?.cancel();
    const drawn = (drawing: PipesState['drawing']) => store.update((s) => ({ ...s, drawing }));
    const ended = () => {
      clicks = null;
      drawn(null);
    };
    clicks = collectGroundClicks(
      app.viewer,
      count,
      (points) => drawn({ kind, points: points.length }),
      (points) => {
        ended();
        onDone(points);
      },
      ended,
    );
    drawn({ kind, points: 0 });
  };
  const fadedOpacity = new Map<string, number>();

  const layers = (): PipelinesLayer[] =>
    app.store
      .get()
      .layers.map((state) => app.layers.get(state.id))
      .filter(isPipelinesLayer);
  const visibleSegments = (): PipeSegment[] =>
    layers()
      .filter((layer) => app.store.get().layers.find((l) => l.id === layer.id)?.visible)
      .flatMap((layer) => layer.network().segments.filter((s) => layer.isClassVisible(s.pipeClass)));
  const visibleBuildings = async (): Promise<BuildingRecord[]> => {
    const lists = await Promise.all(
      app.store
        .get()
        .layers.filter((l) => l.visible)
        .map(async (state) => {
          const layer = app.layers.get(state.id);
          try {
            return (await layer?.buildings?.()) ?? [];
          } catch (error) {
            reportError(app.store, state.id, `buildings for the clearance check: ${errorMessage(error)}`);
            return [];
          }
        }),
    );
    return lists.flat();
  };
  const showMarkers = () => {
    const { violations, selectedViolation } = store.get();
    for (const layer of layers()) layer.setMarkers(violations ?? [], selectedViolation ?? undefined);
  };

  const runClearanceCheck = async (options: { scope?: LonLat[] }) => {
    store.update((s) => ({ ...s, checking: true }));
    try {
      const violations = checkClearances(visibleSegments(), {
        buildings: await visibleBuildings(),
        ...(options.scope ? { scope: options.scope } : {}),
      });
      store.update((s) => ({ ...s, violations, selectedViolation: null }));
      showMarkers();
      return violations;
    } finally {
      store.update((s) => ({ ...s, checking: false }));
    }
  };

  const feature: PipesFeature = {
    store,
    layers,
    setUnderground(on) {
      setUndergroundView(app.viewer, on);
      for (const state of app.store.get().layers) {
        if (state.kind !== '3dtiles' || !state.supportsOpacity) continue;
        if (on && !fadedOpacity.has(state.id)) {
          fadedOpacity.set(state.id, state.opacity);
          app.actions.setLayerOpacity(state.id, Math.min(state.opacity, FADED_BUILDING_OPACITY));
        } else if (!on && fadedOpacity.has(state.id)) {
          app.actions.setLayerOpacity(state.id, fadedOpacity.get(state.id)!);
          fadedOpacity.delete(state.id);
        }
      }
      store.update((s) => ({ ...s, underground: on }));
    },
    crossSection(line) {
      const hits = crossSection(visibleSegments(), line);
      const lengthM = Math.hypot(...localPlane(...line[0]).toLocal(...line[1]));
      store.update((s) => ({ ...s, section: { line, hits, lengthM } }));
      return hits;
    },
    clearanceCheck: (options = {}) => resetLate(runClearanceCheck(options)),
    async selectViolation(index) {
      const violation = store.get().violations?.[index];
      if (!violation) return;
      store.update((s) => ({ ...s, selectedViolation: index }));
      showMarkers();
      const [lon, lat] = violation.position;
      // Look at the place obliquely from the south, close enough to see both pipes.
      await flyToView(
        app.viewer,
        {
          lon,
          lat: lat - VIOLATION_VIEW_HEIGHT_M / 111_000,
          heightMeters: VIOLATION_VIEW_HEIGHT_M,
          headingDeg: 0,
          pitchDeg: -45,
          rollDeg: 0,
        },
        1,
      );
    },
    drawSectionLine() {
      collectClicks('section', 2, (points) => feature.crossSection([points[0]!, points[1]!]));
    },
    excavate(ring, depthM = DEFAULT_PIT_DEPTH_M) {
      pit?.remove();
      pit = ring ? excavate(app.viewer, ring, depthM, layers()[0]?.groundHeightMeters ?? 0) : undefined;
      store.update((s) => ({ ...s, excavation: ring ? { ring, depthM } : null }));
    },
    drawExcavation(depthM) {
      feature.excavate(null);
      collectClicks('pit', Infinity, (points) => {
        if (points.length >= 3) feature.excavate(points, depthM);
      });
    },
    finishDrawing() {
      clicks?.finish();
    },
    cancelDrawing() {
      clicks?.cancel();
    },
    setClassVisible(pipeClass, visible) {
      for (const layer of layers()) layer.setClassVisible(pipeClass, visible);
      store.update((s) => ({ ...s, classesVersion: s.classesVersion + 1 }));
    },
  };
  const resetLate = app.onReset(() => {
    feature.cancelDrawing();
    const { underground, excavation, violations, section } = store.get();
    if (!underground && !excavation && !violations && !section) return;
    feature.setUnderground(false);
    feature.excavate(null);
    store.update((s) => ({ ...s, violations: null, selectedViolation: null, section: null }));
    showMarkers();
  });
  return feature;
}
