// Existing vs proposal skyline: where the proposal raises the skyline most, in degrees and in metres at the distance
// of the building that causes it; and a skyline control line (an allowed elevation per azimuth) with its breakers.
import type { BuildingRecord } from '../building-record.ts';
import { visitBuildingElevations, type AzimuthSamples, type EyePoint, type SkylineProfile } from './skyline.ts';

const RAD = Math.PI / 180;
const DEG = 180 / Math.PI;

export interface SkylineRise {
  azimuthDeg: number;
  riseDeg: number;
  /** How far the proposal's skyline point stands above the existing sight line, at its distance. */
  riseMeters: number;
  distanceMeters: number;
  /** featureId of the proposal building that causes the rise, and its index in the buildings profiled. */
  cause: string | null;
  causeIndex: number;
}

/** The largest rise of `proposal` over `existing` (same azimuths), or null when the proposal nowhere raises it. */
export function largestRise(existing: SkylineProfile, proposal: SkylineProfile): SkylineRise | null {
  let best = -1;
  for (let i = 0; i < proposal.elevationDeg.length; i++) {
    const rise = proposal.elevationDeg[i]! - existing.elevationDeg[i]!;
    if (rise > 1e-9 && (best < 0 || rise > proposal.elevationDeg[best]! - existing.elevationDeg[best]!)) best = i;
  }
  if (best < 0) return null;
  const distanceMeters = proposal.distanceMeters[best]!;
  const riseMeters =
    distanceMeters * (Math.tan(proposal.elevationDeg[best]! * RAD) - Math.tan(existing.elevationDeg[best]! * RAD));
  return {
    azimuthDeg: proposal.azimuthDeg[best]!,
    riseDeg: proposal.elevationDeg[best]! - existing.elevationDeg[best]!,
    riseMeters,
    distanceMeters,
    cause: proposal.causes[best]!,
    causeIndex: proposal.causeIndex[best]!,
  };
}

/** Allowed elevation angles at ascending azimuths, linear in between; azimuths outside the line are free. */
export interface ControlLine {
  azimuthDeg: number[];
  elevationDeg: number[];
}

export interface ControlLineBreach {
  layerId: string;
  featureId: string;
  /** Worst excess over the line, degrees, and the azimuth where it is. */
  excessDeg: number;
  azimuthDeg: number;
  /** The same excess as metres at the building's distance. */
  excessMeters: number;
}

/** The allowed elevation at an azimuth; a line drawn across north may run past 360° (350 → 370) or below 0. */
export function allowedElevationDeg(line: ControlLine, azimuthDeg: number): number | null {
  const { azimuthDeg: az, elevationDeg: el } = line;
  for (const a of [azimuthDeg, azimuthDeg + 360, azimuthDeg - 360]) {
    for (let k = 1; k < az.length; k++) {
      if (a >= az[k - 1]! && a <= az[k]!) {
        const span = az[k]! - az[k - 1]!;
        const t = span > 0 ? (a - az[k - 1]!) / span : 0;
        return el[k - 1]! + t * (el[k]! - el[k - 1]!);
      }
    }
  }
  return null;
}

/** Every building that rises above the control line somewhere, worst first. */
export function controlLineBreaches(
  buildings: readonly BuildingRecord[],
  eye: EyePoint,
  samples: AzimuthSamples,
  line: ControlLine,
): ControlLineBreach[] {
  const worst = new Map<number, ControlLineBreach>();
  visitBuildingElevations(buildings, eye, samples, (b, i, elevationRad, distanceMeters) => {
    const azimuthDeg = (((samples.startDeg + i * samples.stepDeg) % 360) + 360) % 360;
    const allowed = allowedElevationDeg(line, azimuthDeg);
    if (allowed === null) return;
    const excessDeg = elevationRad * DEG - allowed;
    if (excessDeg <= 0 || excessDeg <= (worst.get(b)?.excessDeg ?? 0)) return;
    const building = buildings[b]!;
    const excessMeters = distanceMeters * (Math.tan(elevationRad) - Math.tan(allowed * RAD));
    worst.set(b, { layerId: building.layerId, featureId: building.featureId, excessDeg, azimuthDeg, excessMeters });
  });
  return [...worst.values()].sort((a, b) => b.excessDeg - a.excessDeg);
}
