// The section feature (剖切): one section at a time, horizontal at a height or vertical along a line. Every building
// layer's models are cut open along it (tilesets and IFC models alike, including layers that become ready later) and
// the cut faces of the buildings the analyses see are drawn; null closes the models again. The line of a vertical
// section can be clicked in the scene (two points).
import type { BuildingRecord } from '../../analysis/building-record.ts';
import {
  type HorizontalCutFace,
  horizontalSection,
  type VerticalSection,
  verticalSection,
} from '../../analysis/section/section-cut.ts';
import { type SectionPlanes, type SectionRequest, sectionPlanes } from '../../analysis/section/section-planes.ts';
import { lonLatCentre } from '../../geometry/local-plane.ts';
import { createSectionOverlay } from '../../layers/section-overlay.ts';
import { createStore, type Store } from '../../shared/store.ts';
import { collectScenePoints } from '../../viewer/scene-points.ts';
import type { App } from '../app.ts';
import type { BuildingInputs } from '../building-inputs.ts';
import { readSectionRequest } from './section-request.ts';

export interface SectionRun {
  request: SectionRequest;
  /** The faces drawn: buildings cut by a horizontal section, or the stretches of a vertical one. */
  horizontal: HorizontalCutFace[];
  vertical: VerticalSection | null;
}

export interface SectionState {
  section: SectionRun | null;
  /** Clicks taken for a vertical section's line: 0 when not picking, else the points so far + 1. */
  picking: number;
  /** Why the clicked line gave no section, in English as thrown. */
  problem: string | null;
}

export interface SectionFeature {
  store: Store<SectionState>;
  /** cim.section: checks the request (TypeError `cim.section: …`), cuts and draws; null clears. A call overtaken by
   * a later one before the buildings were read resolves null and changes nothing. */
  set(request: unknown): Promise<SectionRun | null>;
  /** Takes the next two clicks in the scene as a vertical section's line. */
  pickLine(): void;
  cancelPick(): void;
}

export function createSectionFeature(app: App, buildings: BuildingInputs): SectionFeature {
  const store = createStore<SectionState>({ section: null, picking: 0, problem: null });
  const overlay = createSectionOverlay(app.viewer);
  let planes: SectionPlanes | null = null;
  /** The layers cut with the current planes. */
  let cut = new Set<string>();

  const cutLayers = () => {
    for (const layer of app.store.get().layers) {
      if (layer.status !== 'ready' || cut.has(layer.id)) continue;
      app.layers.get(layer.id)?.setSection?.(planes);
      cut.add(layer.id);
    }
  };
  app.store.subscribe((state, previous) => {
    if (planes && state.layers !== previous.layers) cutLayers();
  });

  const closeAll = () => {
    for (const id of cut) app.layers.get(id)?.setSection?.(null);
    cut = new Set();
    planes = null;
    overlay.clear();
  };

  const faces = (request: SectionRequest, scene: BuildingRecord[]): SectionRun =>
    request.kind === 'horizontal'
      ? { request, horizontal: horizontalSection(scene, request.heightMeters), vertical: null }
      : { request, horizontal: [], vertical: verticalSection(scene, request.from, request.to) };

  let latest = 0;
  let stopClicks: (() => void) | null = null;
  const stopPicking = () => {
    stopClicks?.();
    stopClicks = null;
    store.update((s) => ({ ...s, picking: 0 }));
  };

  const feature: SectionFeature = {
    store,
    async set(value) {
      const request = readSectionRequest(value);
      const ticket = ++latest;
      const scene = request ? await buildings.visibleBuildings() : [];
      if (ticket !== latest) return null;
      closeAll();
      if (!request) {
        store.update((s) => ({ ...s, section: null, problem: null }));
        return null;
      }
      const run = faces(request, scene);
      planes = sectionPlanes(request, lonLatCentre(scene.flatMap((b) => b.footprint)));
      cutLayers();
      overlay.show({ horizontal: run.horizontal, vertical: run.vertical?.faces ?? [] });
      store.update((s) => ({ ...s, section: run, problem: null }));
      return run;
    },
    pickLine() {
      stopPicking();
      const points: [number, number][] = [];
      store.update((s) => ({ ...s, picking: 1, problem: null }));
      stopClicks = collectScenePoints(
        app.viewer,
        ([lon, lat]) => {
          points.push([lon, lat]);
          store.update((s) => ({ ...s, picking: points.length + 1 }));
          if (points.length < 2) return;
          stopPicking();
          feature.set({ kind: 'vertical', from: points[0], to: points[1] }).catch((error: unknown) => {
            store.update((s) => ({ ...s, problem: error instanceof Error ? error.message : String(error) }));
          });
        },
        () => undefined,
      );
    },
    cancelPick: stopPicking,
  };
  app.onReset(() => {
    if (store.get().picking > 0) stopPicking();
    if (store.get().section !== null) void feature.set(null);
  });
  return feature;
}
