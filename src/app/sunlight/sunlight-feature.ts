// The sunlight feature (日照分析): points, a line or a building's window sills analysed against the project's rule
// (manifest `sunlight`) in a worker, for the city as shown or with a proposal in place, and a scheme's before/after
// impact on its neighbours; results kept in a store for the panel and drawn in 3D, dropped with their drawing when a
// layer they were computed on is removed. window.cim and the panel both call `run` and `impact`.
import type { BuildingRecord } from '../../analysis/building-record.ts';
import { pointsAlongLine } from '../../analysis/sunlight/line-points.ts';
import type { ImpactRow, SchemeImpact } from '../../analysis/sunlight/scheme-impact.ts';
import type {
  PointSunlight,
  SunlightOptions,
  SunlightPosition,
  SunlightResult,
} from '../../analysis/sunlight/sunlight-analysis.ts';
import {
  cityRule,
  SUNLIGHT_RULES,
  type StandardDay,
  type SunlightRule,
} from '../../analysis/sunlight/sunlight-rules.ts';
import { type FacadeCell, windowSillPoints } from '../../analysis/sunlight/window-points.ts';
import type { LocalizedText } from '../../config/project-types.ts';
import type { Vec2 } from '../../geometry/types.ts';
import { createSunlightOverlay } from '../../layers/sunlight-overlay.ts';
import { createStore, type Store, whileBusy } from '../../shared/store.ts';
import type { App } from '../app.ts';
import type { BuildingInputs } from '../building-inputs.ts';
import { onLayerRemoved } from '../layer-removed.ts';
import { impactInput, plain } from './impact-input.ts';
import { sunlightWorker } from './sunlight-worker-client.ts';
import { ProjectStateError, UnknownItemError } from '../api-errors.ts';

export type SunlightTarget =
  | { points: SunlightPosition[] }
  | { line: SunlightPosition[]; spacingMeters?: number }
  | { buildingId: string; layerId: string };

export interface SunlightRunOptions {
  /** A standard day, or a calendar date (YYYY-MM-DD) counted with the rule's window. */
  date?: StandardDay | string;
  year?: number;
  stepMinutes?: number;
  minSegmentMinutes?: number;
  /** 'existing', or a proposal layer id shown in place of the buildings it replaces; default: the visible layers. */
  schemeId?: string;
}

/** Window-sill points also say where they are on the building, and which cell of the facade they stand for. */
export interface SunlightPointRow extends PointSunlight {
  floor?: number;
  facade?: number;
  cell?: FacadeCell;
}

export interface SunlightRun extends SunlightResult {
  rule: SunlightRule;
  points: SunlightPointRow[];
  /** The building analysed, for a building target. */
  building?: { layerId: string; featureId: string };
}

/** A scheme's impact on its neighbours, and its own housing checked. */
export interface SchemeImpactRun extends SchemeImpact {
  schemeId: string;
  title: LocalizedText;
  elapsedMs: number;
}

/** One row of cim.sunlightImpact: the contract's fields only. */
export type SunlightImpactRow = Pick<
  ImpactRow,
  'layerId' | 'featureId' | 'floor' | 'position' | 'hoursBefore' | 'hoursAfter' | 'requiredHours'
>;

export interface SunlightState {
  busy: boolean;
  run: SunlightRun | null;
  impact: SchemeImpactRun | null;
}

export interface Sunlight {
  store: Store<SunlightState>;
  run(target: SunlightTarget, options?: SunlightRunOptions): Promise<SunlightRun>;
  /** The scheme's before/after impact (a proposal layer id); rejects with an UnknownItemError for another id. */
  impact(schemeId: string, options?: { year?: number }): Promise<SchemeImpactRun>;
  /** The last impact computed for a scheme, kept for the review sheet and report (it takes minutes to run on a slow
   * machine); undefined when none was, or a layer was removed since. The idle reset clears the drawing, not this. */
  lastImpact(schemeId: string): SchemeImpactRun | undefined;
  clear(): void;
  /** The proposal layers a run can put in place of what they replace. */
  schemes(): { id: string; title: LocalizedText }[];
}

const STANDARD_DAYS: readonly string[] = ['大寒', '冬至'];

export function createSunlight(app: App, buildings: BuildingInputs): Sunlight {
  const store = createStore<SunlightState>({ busy: false, run: null, impact: null });
  const worker = sunlightWorker();
  const overlay = createSunlightOverlay(app.viewer);
  /** The layers whose buildings the shown result was computed on. */
  let usedLayers = new Set<string>();
  const shown = (used: readonly BuildingRecord[], state: Partial<SunlightState>) => {
    usedLayers = new Set(used.map((b) => b.layerId));
    store.update((current) => ({ ...current, run: null, impact: null, ...state }));
  };
  const clear = () => {
    overlay.clear();
    usedLayers = new Set();
    store.update((state) => ({ ...state, run: null, impact: null }));
  };
  const lastImpacts = new Map<string, SchemeImpactRun>();
  onLayerRemoved(app.store, (layerId) => {
    lastImpacts.clear();
    if (usedLayers.has(layerId)) clear();
  });
  const resetLate = app.onReset(() => {
    if (store.get().run !== null || store.get().impact !== null) clear();
  });
  const busy = <T>(work: () => Promise<T>) => resetLate(whileBusy(store, work));

  const sceneOf = (schemeId: string | undefined) => buildings.schemeBuildings(schemeId, 'cim.sunlight');

  const ruleFor = (building: BuildingRecord | undefined, date: string | undefined): SunlightRule => {
    const setting = app.project()?.sunlight;
    if (!setting)
      throw new ProjectStateError(
        'cim.sunlight',
        'the project has no sunlight setting (manifest "sunlight": {"climateZone", "urbanPopulation"})',
      );
    const use = building?.attributes[app.project()!.attributes.use];
    const rule =
      typeof use === 'string' && setting.elderlyUses.includes(use) ? SUNLIGHT_RULES.elderly : cityRule(setting);
    return date && STANDARD_DAYS.includes(date) ? { ...rule, day: date as StandardDay } : rule;
  };

  return {
    store,
    run: (target, options = {}) =>
      busy(async () => {
        const scene = await sceneOf(options.schemeId);
        let points: SunlightPosition[];
        let rows: Pick<SunlightPointRow, 'floor' | 'facade' | 'cell'>[] = [];
        let normals: (Vec2 | undefined)[] = [];
        let building: BuildingRecord | undefined;
        if ('buildingId' in target) {
          building =
            scene.find((b) => b.layerId === target.layerId && b.featureId === target.buildingId) ??
            (await buildings.buildingsOf(target.layerId)).find((b) => b.featureId === target.buildingId);
          if (!building)
            throw new UnknownItemError('cim.sunlight', 'building', target.buildingId, `in layer '${target.layerId}'`);
          const floors = building.attributes[app.project()!.attributes.floors];
          const sills = windowSillPoints(building, typeof floors === 'number' && floors > 0 ? { floors } : {});
          points = sills.map((s) => s.position);
          rows = sills.map(({ floor, facade, cell }) => ({ floor, facade, cell }));
          normals = sills.map((s) => s.normal);
        } else {
          points = 'line' in target ? pointsAlongLine(target.line, target.spacingMeters ?? 1) : target.points;
        }
        const date = options.date && !STANDARD_DAYS.includes(options.date) ? options.date : undefined;
        const rule = ruleFor(building, options.date);
        const analysis: SunlightOptions = {
          rule,
          year: options.year ?? new Date().getFullYear(),
          facadeNormals: normals,
          ...(date ? { date } : {}),
          ...(options.stepMinutes ? { stepMinutes: options.stepMinutes } : {}),
          ...(options.minSegmentMinutes !== undefined ? { minSegmentMinutes: options.minSegmentMinutes } : {}),
        };
        const result = await worker.analyse(plain(scene), points, analysis);
        const run: SunlightRun = {
          ...result,
          rule,
          points: result.points.map((point, i) => ({ ...point, ...rows[i] })),
          ...(building ? { building: { layerId: building.layerId, featureId: building.featureId } } : {}),
        };
        overlay.show(run);
        shown(building ? [...scene, building] : scene, { run });
        return run;
      }),
    async impact(schemeId, options = {}) {
      const project = app.project();
      if (typeof schemeId !== 'string' || !project?.townscape.proposalLayers.includes(schemeId)) {
        throw new UnknownItemError(
          'cim.sunlightImpact',
          'scheme',
          String(schemeId),
          `the project's proposal layers: ${project?.townscape.proposalLayers.join(', ') || 'none'}`,
        );
      }
      ruleFor(undefined, undefined); // the project must have a sunlight setting
      return busy(async () => {
        const started = performance.now();
        const [existing, proposal] = await Promise.all([
          buildings.existingBuildings(),
          buildings.buildingsOf(schemeId),
        ]);
        if (proposal.length === 0)
          throw new ProjectStateError(
            'cim.sunlightImpact',
            `scheme '${schemeId}' has no buildings to analyse (its layer failed or is empty)`,
          );
        const result = await worker.impact(
          impactInput(project, existing, proposal, options.year ?? new Date().getFullYear()),
        );
        const title = app.store.get().layers.find((layer) => layer.id === schemeId)?.title ?? schemeId;
        const impact: SchemeImpactRun = { ...result, schemeId, title, elapsedMs: performance.now() - started };
        overlay.showImpact(
          impact.rows,
          impact.newHousing.filter((row) => !row.pass),
        );
        shown([...existing, ...proposal], { impact });
        lastImpacts.set(schemeId, impact);
        return impact;
      });
    },
    lastImpact: (schemeId) => lastImpacts.get(schemeId),
    clear,
    schemes: () => buildings.proposals().map(({ layerId, title }) => ({ id: layerId, title })),
  };
}
