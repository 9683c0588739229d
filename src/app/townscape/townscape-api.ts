// window.cim additions for the townscape checks (README, "Scripting API"): plain results, the same runs the panel shows.
import type { HeightViolation } from '../../analysis/townscape/height-check.ts';
import type { CorridorIntrusion } from '../../analysis/townscape/view-corridor.ts';
import type { Townscape, SkylineOptions } from './townscape-feature.ts';

export interface SkylineResult {
  azimuthDeg: number[];
  elevationDeg: number[];
  causes: (string | null)[];
}

export interface TownscapeApi {
  /** Height-limit violations of every visible building; `zones` (a GeoJSON FeatureCollection) replaces the project's. */
  heightCheck(options?: { zones?: unknown }): Promise<HeightViolation[]>;
  /** Skyline of the visible buildings from `eye` ([lon, lat, heightMeters]); defaults: the current camera and view. */
  skyline(options?: SkylineOptions): Promise<SkylineResult>;
  viewCorridorCheck(): Promise<CorridorIntrusion[]>;
}

export function createTownscapeApi(townscape: Townscape): TownscapeApi {
  return {
    async heightCheck(options = {}) {
      return (await townscape.runHeightCheck(options.zones)).violations.map((v) => ({ ...v }));
    },
    async skyline(options = {}) {
      const { azimuthDeg, elevationDeg, causes } = await townscape.visibleSkyline(options);
      return { azimuthDeg: [...azimuthDeg], elevationDeg: [...elevationDeg], causes: [...causes] };
    },
    async viewCorridorCheck() {
      return (await townscape.runCorridorCheck()).intrusions.map((i) => ({ ...i }));
    },
  };
}
