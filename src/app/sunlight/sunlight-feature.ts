// The sunlight feature (日照分析): points, a line or a building's window sills analysed against the project's rule
// (manifest `sunlight`) in a worker, for the city as shown or with a proposal in place; results kept in a store for
// the panel and drawn in 3D. window.cim and the panel both call `run`.
import type { BuildingRecord } from '../../analysis/building-record.ts';
import { pointsAlongLine } from '../../analysis/sunlight/line-points.ts';
import type { PointSunlight, SunlightOptions, SunlightPosition, SunlightResult } from '../../analysis/sunlight/sunlight-analysis.ts';
import { cityRule, SUNLIGHT_RULES, type StandardDay, type SunlightRule } from '../../analysis/sunlight/sunlight-rules.ts';
import { windowSillPoints } from '../../analysis/sunlight/window-points.ts';
import { withProposal } from '../../analysis/townscape/proposal-scene.ts';
import type { LocalizedText } from '../../config/project-types.ts';
import type { Vec2 } from '../../geometry/types.ts';
import { createSunlightOverlay } from '../../layers/sunlight-overlay.ts';
import { createStore, type Store } from '../../shared/store.ts';
import type { App } from '../app.ts';
import { createTownscapeInputs } from '../townscape/townscape-inputs.ts';
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

/** Window-sill points also say where they are on the building. */
export interface SunlightPointRow extends PointSunlight {
  floor?: number;
  facade?: number;
}

export interface SunlightRun extends SunlightResult {
  rule: SunlightRule;
  points: SunlightPointRow[];
  /** The building analysed, for a building target. */
  building?: { layerId: string; featureId: string };
}

export interface SunlightState {
  busy: boolean;
  run: SunlightRun | null;
}

export interface Sunlight {
  store: Store<SunlightState>;
  run(target: SunlightTarget, options?: SunlightRunOptions): Promise<SunlightRun>;
  clear(): void;
  /** The proposal layers a run can put in place of what they replace. */
  schemes(): { id: string; title: LocalizedText }[];
}

const STANDARD_DAYS: readonly string[] = ['大寒', '冬至'];

export function createSunlight(app: App): Sunlight {
  const store = createStore<SunlightState>({ busy: false, run: null });
  const inputs = createTownscapeInputs(app);
  const worker = sunlightWorker();
  const overlay = createSunlightOverlay(app.viewer);

  const scene = async (schemeId: string | undefined): Promise<BuildingRecord[]> => {
    if (schemeId === undefined) return inputs.visibleBuildings();
    const existing = await inputs.existingBuildings();
    if (schemeId === 'existing') return existing;
    if (!app.project()?.townscape.proposalLayers.includes(schemeId)) throw new UnknownItemError('cim.sunlight', 'scheme', schemeId, "use 'existing' or a proposal layer id");
    return withProposal(existing, await inputs.buildingsOf(schemeId));
  };

  const ruleFor = (building: BuildingRecord | undefined, date: string | undefined): SunlightRule => {
    const setting = app.project()?.sunlight;
    if (!setting) throw new ProjectStateError('cim.sunlight', 'the project has no sunlight setting (manifest "sunlight": {"climateZone", "urbanPopulation"})');
    const use = building?.attributes[app.project()!.attributes.use];
    const rule = typeof use === 'string' && setting.elderlyUses.includes(use) ? SUNLIGHT_RULES.elderly : cityRule(setting);
    return date && STANDARD_DAYS.includes(date) ? { ...rule, day: date as StandardDay } : rule;
  };

  return {
    store,
    async run(target, options = {}) {
      store.update((state) => ({ ...state, busy: true }));
      try {
        const buildings = await scene(options.schemeId);
        let points: SunlightPosition[];
        let rows: { floor?: number; facade?: number }[] = [];
        let normals: (Vec2 | undefined)[] = [];
        let building: BuildingRecord | undefined;
        if ('buildingId' in target) {
          building = buildings.find((b) => b.layerId === target.layerId && b.featureId === target.buildingId)
            ?? (await inputs.buildingsOf(target.layerId)).find((b) => b.featureId === target.buildingId);
          if (!building) throw new UnknownItemError('cim.sunlight', 'building', target.buildingId, `in layer '${target.layerId}'`);
          const floors = building.attributes[app.project()!.attributes.floors];
          const sills = windowSillPoints(building, typeof floors === 'number' && floors > 0 ? { floors } : {});
          points = sills.map((s) => s.position);
          rows = sills.map(({ floor, facade }) => ({ floor, facade }));
          normals = sills.map((s) => s.normal);
        } else {
          points = 'line' in target ? pointsAlongLine(target.line, target.spacingMeters ?? 1) : target.points;
        }
        const date = options.date && !STANDARD_DAYS.includes(options.date) ? options.date : undefined;
        const rule = ruleFor(building, options.date);
        const analysis: SunlightOptions = {
          rule, year: options.year ?? new Date().getFullYear(), facadeNormals: normals,
          ...(date ? { date } : {}),
          ...(options.stepMinutes ? { stepMinutes: options.stepMinutes } : {}),
          ...(options.minSegmentMinutes !== undefined ? { minSegmentMinutes: options.minSegmentMinutes } : {}),
        };
        // The worker needs shapes and heights only: attributes stay behind.
        const plain = buildings.map(({ attributes: _, ...shape }) => ({ ...shape, attributes: {} }));
        const result = await worker.analyse(plain, points, analysis);
        const run: SunlightRun = {
          ...result, rule, points: result.points.map((point, i) => ({ ...point, ...rows[i] })),
          ...(building ? { building: { layerId: building.layerId, featureId: building.featureId } } : {}),
        };
        overlay.show(run.points);
        store.update((state) => ({ ...state, run }));
        return run;
      } finally {
        store.update((state) => ({ ...state, busy: false }));
      }
    },
    clear() {
      overlay.clear();
      store.update((state) => ({ ...state, run: null }));
    },
    schemes: () => inputs.proposals().map(({ layerId, title }) => ({ id: layerId, title })),
  };
}
