// window.cim additions for the sunlight check (README, "Scripting API"): the same runs the panel shows, as plain data.
import type {
  Sunlight,
  SunlightImpactRow,
  SunlightRun,
  SunlightRunOptions,
  SunlightTarget,
} from './sunlight-feature.ts';
import { argumentError } from '../api-errors.ts';

export interface SunlightApi {
  /** Sunlight hours of points, points along a line, or a building's window sills, against the project's rule. */
  sunlight(target: SunlightTarget, options?: SunlightRunOptions): Promise<SunlightRun>;
  /** The window sills of existing dwellings a scheme (proposal layer id) pushes below the rule: met it before, miss
   * it after; worst first (largest drop in hours, then fewest hours after). */
  sunlightImpact(schemeId: string): Promise<SunlightImpactRow[]>;
}

export function createSunlightApi(sunlight: Sunlight): SunlightApi {
  return {
    async sunlight(target, options) {
      if (
        !target ||
        typeof target !== 'object' ||
        !('points' in target || 'line' in target || 'buildingId' in target)
      ) {
        throw argumentError(
          'cim.sunlight',
          'give {points: [[lon, lat, h], …]}, {line: [[lon, lat, h], …], spacingMeters} or {buildingId, layerId}',
        );
      }
      return structuredClone(await sunlight.run(target, options));
    },
    async sunlightImpact(schemeId) {
      const { rows } = await sunlight.impact(schemeId);
      return rows.map(({ layerId, featureId, floor, position, hoursBefore, hoursAfter, requiredHours }) => ({
        layerId,
        featureId,
        floor,
        position: [...position],
        hoursBefore,
        hoursAfter,
        requiredHours,
      }));
    },
  };
}
