// window.cim additions of the pipelines feature (README, "Scripting API"): underground view, cross-section, the
// GB 50289 clearance check and excavation. Arguments are checked here, at the boundary, with messages naming the method.
import type { LonLat } from '../../analysis/building-record.ts';
import type { ClearanceViolation } from '../../analysis/pipes/clearance-check.ts';
import type { CrossSectionHit } from '../../analysis/pipes/cross-section.ts';
import type { PipesFeature } from './pipes-feature.ts';
import { argumentError } from '../api-errors.ts';

export interface PipesApi {
  /** Translucent ground, camera allowed below it, buildings faded; false restores the normal view. */
  setUnderground(on: boolean): void;
  /** Every pipe of the visible pipelines layers that the line crosses, ordered by offset from its first point. */
  crossSection(line: [[number, number], [number, number]]): CrossSectionHit[];
  /** GB 50289 clear distances between outer walls; `scope` limits it to pipes inside a lon/lat ring. */
  clearanceCheck(options?: { scope?: [number, number][] }): Promise<ClearanceViolation[]>;
  /** Digs a pit inside a lon/lat ring (ground and buildings cut away, walls and floor `depthM` down, default 3 m);
   * null fills it in. */
  excavate(ring: [number, number][] | null, depthM?: number): void;
}

export function createPipesApi(feature: PipesFeature): PipesApi {
  return {
    setUnderground(on) {
      if (typeof on !== 'boolean')
        throw argumentError('cim.setUnderground', `on must be true or false, got ${JSON.stringify(on)}`);
      feature.setUnderground(on);
    },
    crossSection(line) {
      if (!Array.isArray(line) || line.length !== 2 || !line.every(isLonLat)) {
        throw argumentError('cim.crossSection', 'line must be [[lon, lat], [lon, lat]] in degrees');
      }
      return feature.crossSection([line[0], line[1]]);
    },
    clearanceCheck(options = {}) {
      const scope = options.scope;
      if (scope !== undefined && (!Array.isArray(scope) || scope.length < 3 || !scope.every(isLonLat))) {
        throw argumentError('cim.clearanceCheck', 'scope must be a ring of at least 3 [lon, lat] points');
      }
      return feature.clearanceCheck(scope ? { scope } : {});
    },
    excavate(ring, depthM) {
      if (ring !== null && (!Array.isArray(ring) || ring.length < 3 || !ring.every(isLonLat))) {
        throw argumentError('cim.excavate', 'ring must be at least 3 [lon, lat] points, or null to fill the pit');
      }
      if (depthM !== undefined && !(typeof depthM === 'number' && depthM > 0 && depthM <= 50)) {
        throw argumentError(
          'cim.excavate',
          `depthM must be a number of metres from 0 to 50, got ${JSON.stringify(depthM)}`,
        );
      }
      feature.excavate(ring, depthM);
    },
  };
}

function isLonLat(value: unknown): value is LonLat {
  return (
    Array.isArray(value) &&
    value.length >= 2 &&
    typeof value[0] === 'number' &&
    typeof value[1] === 'number' &&
    Math.abs(value[0]) <= 180 &&
    Math.abs(value[1]) <= 90
  );
}
