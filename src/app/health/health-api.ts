// window.cim additions of the health check (README, "Scripting API"): park coverage, life circles and the indicators,
// for the city as shown, as it stands (`schemeId: 'existing'`) or with a proposal in place.
import { HEALTH_DIMENSIONS, HEALTH_INDICATORS } from '../../analysis/health/health-indicators.ts';
import {
  FACILITY_CATEGORIES,
  facilityCategoryOf,
  LIFE_CIRCLE_MINUTES,
  type LifeCircleMinutes,
} from '../../analysis/health/health-thresholds.ts';
import type { DistanceMode } from '../../analysis/health/site-distances.ts';
import type { App } from '../app.ts';
import { argumentError, ProjectStateError } from '../api-errors.ts';
import type { Health } from './health-feature.ts';
import type { HealthOverlayShow, HealthView } from './health-view.ts';

export interface CimParkCoverage {
  buildings: {
    layerId: string;
    featureId: string;
    nearestGreenMeters: number | null;
    nearestParkMeters: number | null;
    covered: boolean;
  }[];
  /** Covered share of homes by floor area (0 without homes). */
  ratio: number;
}

export interface CimLifeCircle {
  buildings: { layerId: string; featureId: string; reached: string[]; missing: string[] }[];
  completeShare: number;
}

export interface CimHealthIndicator {
  id: string;
  /** The health check's own dimension name (安全韧性, 健康舒适, 生态宜居, 风貌特色, 住房). */
  dimension: string;
  label: string;
  value: number;
  target?: number;
  unitId?: string;
  met?: boolean;
}

export interface CimHealthOverlay {
  show: HealthOverlayShow | null;
  /** Service areas drawn (park-service). */
  areas: number;
  /** The category and the homes marked for missing it within walkingMeters (life-circle-gaps). */
  category?: string;
  gapHomes: number;
  walkingMeters?: number;
}

export interface HealthApi {
  parkCoverage(options?: { mode?: DistanceMode; schemeId?: string }): Promise<CimParkCoverage>;
  lifeCircle(options: { minutes: LifeCircleMinutes; schemeId?: string }): Promise<CimLifeCircle>;
  healthCheck(options?: { schemeId?: string }): Promise<CimHealthIndicator[]>;
  /** Draws on the ground for the 体检 tab's run (run first on `schemeId`, default the tab's or 'existing'). */
  healthOverlay(options: {
    show: HealthOverlayShow | null;
    category?: string;
    schemeId?: string;
  }): Promise<CimHealthOverlay>;
}

const OVERLAYS: readonly (HealthOverlayShow | null)[] = ['park-service', 'life-circle-gaps', null];

const MODES: readonly DistanceMode[] = ['network', 'straight'];

export function createHealthApi(app: App, health: Health, view: HealthView): HealthApi {
  /** The scene of the scheme the options name; a schemeId that is not a text is the caller's mistake. */
  const sceneOf = (method: string, options: { schemeId?: unknown } | undefined) => {
    const schemeId = options?.schemeId;
    const valid = schemeId === undefined || typeof schemeId === 'string';
    return valid
      ? health.scene(schemeId, method)
      : Promise.reject(
          argumentError(
            method,
            `schemeId must be a text (a proposal layer id or 'existing'), found ${typeof schemeId}`,
          ),
        );
  };
  return {
    async parkCoverage(options = {}) {
      const mode = options.mode ?? 'network';
      if (!MODES.includes(mode))
        throw argumentError('cim.parkCoverage', `mode must be 'network' or 'straight', found '${mode}'`);
      const run = await sceneOf('cim.parkCoverage', options);
      if (mode === 'network' && !run.scene.network)
        throw new ProjectStateError(
          'cim.parkCoverage',
          "the project has no walk network (a geojson layer with role 'walk-network'); use mode 'straight'",
        );
      const result = health.parkCoverage(run, mode);
      return {
        buildings: run.scene.homes.map((home, h) => ({
          layerId: home.layerId,
          featureId: home.featureId,
          ...result.homes[h]!,
        })),
        ratio: result.ratio.district ?? 0,
      };
    },
    async lifeCircle(options) {
      const minutes = options?.minutes;
      if (!LIFE_CIRCLE_MINUTES.includes(minutes))
        throw argumentError('cim.lifeCircle', `minutes must be 5, 10 or 15, found ${String(minutes)}`);
      const run = await sceneOf('cim.lifeCircle', options);
      const [circle] = health.lifeCircles(run, [minutes]);
      return {
        buildings: run.scene.homes.map((home, h) => ({
          layerId: home.layerId,
          featureId: home.featureId,
          reached: [...circle!.homes[h]!.reached],
          missing: [...circle!.homes[h]!.missing],
        })),
        completeShare: circle!.completeShare.district ?? 0,
      };
    },
    async healthCheck(options = {}) {
      const run = await sceneOf('cim.healthCheck', options);
      const language = app.store.get().language;
      return (await health.indicators(run)).map(({ id, dimension, ...row }) => ({
        id,
        dimension: HEALTH_DIMENSIONS[dimension]['zh-CN'],
        label: HEALTH_INDICATORS[id].label[language],
        ...row,
      }));
    },
    async healthOverlay(options) {
      const show = options?.show;
      if (!OVERLAYS.includes(show))
        throw argumentError(
          'cim.healthOverlay',
          `show must be 'park-service', 'life-circle-gaps' or null, found ${String(show)}`,
        );
      const category = options.category ?? view.store.get().overlay.category;
      if (show === 'life-circle-gaps' && !facilityCategoryOf(category))
        throw argumentError(
          'cim.healthOverlay',
          `category must be one of ${FACILITY_CATEGORIES.map((c) => c.id).join(', ')}, found ${String(category)}`,
        );
      const current = view.store.get().run?.schemeId;
      const schemeId = options.schemeId ?? current ?? 'existing';
      if (typeof schemeId !== 'string')
        throw argumentError('cim.healthOverlay', `schemeId must be a text (a proposal layer id or 'existing')`);
      if (schemeId !== current) await view.run(schemeId);
      view.setOverlay({ show, category: facilityCategoryOf(category)?.id ?? category });
      const shown = view.store.get().overlayShown;
      return {
        show,
        areas: shown?.areas ?? 0,
        gapHomes: shown?.gapHomes ?? 0,
        ...(shown?.show === 'life-circle-gaps'
          ? { category: shown.category, walkingMeters: shown.walkingMeters! }
          : {}),
      };
    },
  };
}
