// The 量算 feature: cim.measure's computations with the project's CRS and the globe's ground, and the interactive tool
// (clicks add points snapped to the scene, a double click or finish() ends a polyline or an outline; a height ends at
// its one click, an angle at its second), whose results stay drawn until clear().
import { measure, type MeasureKind, type MeasurePoint, type MeasureResult } from '../../analysis/measure/measure.ts';
import { readMeasureRequest } from '../../analysis/measure/measure-request.ts';
import type { Language } from '../../config/project-types.ts';
import { createMeasureOverlay, type MeasureDrawing } from '../../layers/measure-overlay.ts';
import { createStore, type Store } from '../../shared/store.ts';
import { collectScenePoints, groundHeightAt } from '../../viewer/scene-points.ts';
import type { App } from '../app.ts';
import { measurementLines, type Measurement } from './measure-text.ts';

export interface MeasureState {
  /** The tool taking clicks, or null. */
  tool: MeasureKind | null;
  pending: MeasurePoint[];
  measurements: Measurement[];
  /** Why the last finished outline gave no result (e.g. it crosses itself), in English as thrown. */
  problem: string | null;
}

export interface MeasureFeature {
  store: Store<MeasureState>;
  /** cim.measure: checks the request (TypeError `cim.measure: …`) and computes; draws nothing. */
  measure(request: unknown): MeasureResult;
  start(kind: MeasureKind): void;
  /** Ends the points being clicked into a measurement (if they are enough). */
  finish(): void;
  cancel(): void;
  clear(): void;
}

/** Clicks after which a tool finishes by itself. */
const AUTO_FINISH: Partial<Record<MeasureKind, number>> = { height: 1, angle: 2 };

export function createMeasureFeature(app: App): MeasureFeature {
  const store = createStore<MeasureState>({ tool: null, pending: [], measurements: [], problem: null });
  const overlay = createMeasureOverlay(app.viewer);
  const context = {
    get projectCrs() {
      return app.project()?.crs;
    },
    groundHeightMeters: (lon: number, lat: number) => groundHeightAt(app.viewer, lon, lat),
  };
  let stopClicks: (() => void) | null = null;
  let nextId = 1;

  const compute = (kind: MeasureKind, points: MeasurePoint[]): Measurement => {
    const { points: checked } = readMeasureRequest({ kind, points });
    const groundHeightMeters =
      kind === 'height' && checked.length === 1
        ? context.groundHeightMeters(checked[0]![0], checked[0]![1])
        : undefined;
    return {
      id: nextId++,
      kind,
      points: checked,
      result: measure(kind, checked, context),
      ...(groundHeightMeters === undefined ? {} : { groundHeightMeters }),
    };
  };

  const drawing = (m: Pick<Measurement, 'kind' | 'points' | 'groundHeightMeters'>, label: string): MeasureDrawing => ({
    points: m.points,
    closed: m.kind === 'area',
    label,
    labelAt: m.kind === 'area' ? 'centre' : m.points.length - 1,
    ...(m.groundHeightMeters === undefined ? {} : { plumbFromMeters: m.groundHeightMeters }),
  });
  const redraw = (language: Language) => {
    const { measurements, pending, tool } = store.get();
    overlay.show(
      measurements.map((m) => drawing(m, measurementLines(m, language).join('\n'))),
      tool && pending.length ? drawing({ kind: tool, points: pending }, '') : null,
    );
  };
  store.subscribe(() => redraw(app.store.get().language));
  app.store.subscribe((state, previous) => {
    if (state.language !== previous.language) redraw(state.language);
  });

  const stop = () => {
    stopClicks?.();
    stopClicks = null;
  };

  const feature: MeasureFeature = {
    store,
    measure(request) {
      const { kind, points } = readMeasureRequest(request);
      return measure(kind, points, context);
    },
    start(kind) {
      stop();
      store.update((s) => ({ ...s, tool: kind, pending: [], problem: null }));
      stopClicks = collectScenePoints(
        app.viewer,
        (point) => {
          store.update((s) => ({ ...s, pending: [...s.pending, point] }));
          if (store.get().pending.length === AUTO_FINISH[kind]) feature.finish();
        },
        () => feature.finish(),
      );
    },
    finish() {
      const { tool, pending } = store.get();
      stop();
      if (!tool) return;
      try {
        const measurement = compute(tool, pending);
        store.update((s) => ({
          ...s,
          tool: null,
          pending: [],
          problem: null,
          measurements: [...s.measurements, measurement],
        }));
      } catch (error) {
        store.update((s) => ({
          ...s,
          tool: null,
          pending: [],
          problem: error instanceof Error ? error.message : String(error),
        }));
      }
    },
    cancel() {
      stop();
      store.update((s) => ({ ...s, tool: null, pending: [], problem: null }));
    },
    clear() {
      stop();
      store.update((s) => ({ ...s, tool: null, pending: [], problem: null, measurements: [] }));
    },
  };
  // Only when there is something to clear: a redraw keeps frames coming while label glyphs settle.
  app.onReset(() => {
    const { tool, measurements } = store.get();
    if (tool !== null || measurements.length > 0) feature.clear();
  });
  return feature;
}
