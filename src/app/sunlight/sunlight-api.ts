// window.cim additions for the sunlight check (README, "Scripting API"): the same runs the panel shows, as plain data.
import type { Sunlight, SunlightRun, SunlightRunOptions, SunlightTarget } from './sunlight-feature.ts';
import { argumentError } from '../api-errors.ts';

export interface SunlightApi {
  /** Sunlight hours of points, points along a line, or a building's window sills, against the project's rule. */
  sunlight(target: SunlightTarget, options?: SunlightRunOptions): Promise<SunlightRun>;
}

export function createSunlightApi(sunlight: Sunlight): SunlightApi {
  return {
    async sunlight(target, options) {
      if (!target || typeof target !== 'object' || !('points' in target || 'line' in target || 'buildingId' in target)) {
        throw argumentError('cim.sunlight', 'give {points: [[lon, lat, h], …]}, {line: [[lon, lat, h], …], spacingMeters} or {buildingId, layerId}');
      }
      return structuredClone(await sunlight.run(target, options));
    },
  };
}
