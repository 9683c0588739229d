// Before/after a scheme (方案日照影响): the window sills of every existing dwelling within the scheme's shadow reach,
// counted with the city as it stands and with the scheme in place of what it replaces, and the sills that meet the
// rule before and miss it after — the neighbours the scheme pushes below the standard (GB 50180-2018 §4.0.9: adding a
// building must not lower its neighbours' sunlight below the standard). The scheme's own housing is checked too.
//
// Rules:
// - Scenes: before = kept + demolished (the existing buildings on the scheme's site), after = kept + proposal, as
//   three meshes (a ray is clear of a scene when it is clear of each part). A sill is counted after first, stopping as
//   soon as it meets the rule (then it cannot be a row); only the others are counted in full, before and after.
// - Only sills inside the proposal's shadow reach (shadow-reach.ts) are counted: outside it no ray meets the
//   proposal, so a sill's lit minutes after include those before and its hours cannot drop. `useReach: false`
//   counts every dwelling (the reference the tests and the bench compare with).
// - Each dwelling is counted on its own rule's standard day (the elderly rule is on 冬至日).
// - Worst first: the largest drop in hours, then the fewest hours after, then layer, feature, floor and facade.
import { LocalFrame } from '../../geometry/ellipsoid.ts';
import { lonLatCentre } from '../../geometry/local-plane.ts';
import type { BuildingRecord } from '../building-record.ts';
import { litSegments } from './lit-segments.ts';
import { occluderMesh } from './occluder-mesh.ts';
import { shadowReach } from './shadow-reach.ts';
import { solarTermDate } from './standard-day.ts';
import { sunRayCaster, type SunRayCaster } from './sun-rays.ts';
import { sunSteps, type SunStep } from './sun-steps.ts';
import { DEFAULT_MIN_SEGMENT_MINUTES, DEFAULT_STEP_MINUTES, type SunlightPosition } from './sunlight-analysis.ts';
import { meetsHours, SUNLIGHT_WINDOWS, type StandardDay, type SunlightRule } from './sunlight-rules.ts';
import { windowSillPoints, type WindowPoint } from './window-points.ts';

export interface ImpactDwelling {
  /** Index of the building in `kept` (existing dwellings) or in `proposal` (the scheme's housing). */
  building: number;
  /** Floors from the data; else the height over 3 m. */
  floors?: number;
  rule: SunlightRule;
}

export interface SchemeImpactInput {
  /** Existing buildings that stay. */
  kept: BuildingRecord[];
  /** Existing buildings on the scheme's site, replaced by it. */
  demolished: BuildingRecord[];
  proposal: BuildingRecord[];
  dwellings: ImpactDwelling[];
  newHousing: ImpactDwelling[];
  year: number;
  stepMinutes?: number;
  minSegmentMinutes?: number;
  /** false: every dwelling, not only those in the shadow reach (a reference). Default true. */
  useReach?: boolean;
}

interface SillRow {
  layerId: string;
  featureId: string;
  floor: number;
  facade: number;
  position: SunlightPosition;
  requiredHours: number;
  ruleId: string;
}

export interface ImpactRow extends SillRow {
  hoursBefore: number;
  hoursAfter: number;
}

export interface NewHousingRow extends SillRow {
  hours: number;
  pass: boolean;
}

export interface SchemeImpact {
  /** Sills that met the rule before and miss it after, worst first. */
  rows: ImpactRow[];
  /** Every sill of the scheme's housing, failing first (fewest hours first). */
  newHousing: NewHousingRow[];
  /** The standard days counted, with their dates. */
  days: { day: StandardDay; date: string; window: [number, number] }[];
  dwellings: number;
  dwellingsInReach: number;
  sillsCounted: number;
}

export function analyseSchemeImpact(input: SchemeImpactInput): SchemeImpact {
  const {
    kept,
    demolished,
    proposal,
    stepMinutes = DEFAULT_STEP_MINUTES,
    minSegmentMinutes = DEFAULT_MIN_SEGMENT_MINUTES,
  } = input;
  const [lon, lat] = lonLatCentre(proposal.flatMap((b) => b.footprint));
  const frame = new LocalFrame(lon, lat, 0);
  const keptRays = sunRayCaster(occluderMesh(kept, frame));
  const demolishedRays = sunRayCaster(occluderMesh(demolished, frame));
  const proposalRays = sunRayCaster(occluderMesh(proposal, frame));
  const days = [...new Set([...input.dwellings, ...input.newHousing].map((d) => d.rule.day))].map((day) => {
    const date = solarTermDate(day, input.year).civilDate;
    const window = SUNLIGHT_WINDOWS[day];
    return {
      day,
      date,
      window: [window[0], window[1]] as [number, number],
      steps: sunSteps({ lon, lat, civilDate: date, windowHours: window, stepMinutes }),
    };
  });
  const stepsOf = (day: StandardDay) => days.find((d) => d.day === day)!.steps;
  const count = (lit: Uint8Array, steps: readonly SunStep[]) =>
    litSegments(lit, 0, steps.length, stepMinutes, minSegmentMinutes).hours;

  const rows: ImpactRow[] = [];
  let dwellingsInReach = 0;
  let sillsCounted = 0;
  for (const { day, steps } of days) {
    const mine = input.dwellings.filter((d) => d.rule.day === day);
    const sills = mine.map((d) => localSills(kept[d.building]!, d, frame));
    let reach: ((x: number, y: number) => boolean) | undefined;
    if (input.useReach !== false) {
      const lowest = sills.reduce((low, list) => list.reduce((l, s) => Math.min(l, s.local[2]!), low), Infinity);
      const { contains } = shadowReach(
        proposal,
        frame,
        steps.map((s) => s.direction),
        lowest,
      );
      reach = contains;
    }
    const before = new Uint8Array(steps.length);
    const after = new Uint8Array(steps.length);
    mine.forEach((dwelling, d) => {
      const counted = reach ? sills[d]!.filter((s) => reach(s.local[0]!, s.local[1]!)) : sills[d]!;
      if (counted.length > 0) dwellingsInReach++;
      const requiredMinutes = Math.round(dwelling.rule.minHours * 60);
      for (const sill of counted) {
        sillsCounted++;
        // Most sills still meet the rule after: their count stops there, and only the others are counted before.
        if (castLit(sill, steps, [proposalRays, keptRays], after, { stepMinutes, minSegmentMinutes, requiredMinutes }))
          continue;
        castLit(sill, steps, [demolishedRays, keptRays], before);
        const [hoursBefore, hoursAfter] = [count(before, steps), count(after, steps)];
        if (meetsHours(hoursBefore, dwelling.rule.minHours))
          rows.push({ ...sillRow(kept[dwelling.building]!, sill, dwelling.rule), hoursBefore, hoursAfter });
      }
    });
  }

  const newHousing: NewHousingRow[] = [];
  for (const dwelling of input.newHousing) {
    const steps = stepsOf(dwelling.rule.day);
    const lit = new Uint8Array(steps.length);
    for (const sill of localSills(proposal[dwelling.building]!, dwelling, frame)) {
      castLit(sill, steps, [proposalRays, keptRays], lit);
      const hours = count(lit, steps);
      newHousing.push({
        ...sillRow(proposal[dwelling.building]!, sill, dwelling.rule),
        hours,
        pass: meetsHours(hours, dwelling.rule.minHours),
      });
    }
  }

  return {
    rows: rows.sort(worstFirst),
    newHousing: newHousing.sort((a, b) => Number(a.pass) - Number(b.pass) || a.hours - b.hours || byPlace(a, b)),
    days: days.map(({ day, date, window }) => ({ day, date, window })),
    dwellings: input.dwellings.length,
    dwellingsInReach,
    sillsCounted,
  };
}

/** The order of the impact list: largest drop first (whole minutes, so float noise never reorders), then fewest hours
 * after, then by place so the order is stable. */
export function worstFirst(a: ImpactRow, b: ImpactRow): number {
  const drop = (row: ImpactRow) => Math.round(row.hoursBefore * 60) - Math.round(row.hoursAfter * 60);
  return drop(b) - drop(a) || Math.round(a.hoursAfter * 60) - Math.round(b.hoursAfter * 60) || byPlace(a, b);
}

const byPlace = (a: SillRow, b: SillRow) =>
  a.layerId.localeCompare(b.layerId) ||
  a.featureId.localeCompare(b.featureId) ||
  a.floor - b.floor ||
  a.facade - b.facade;

interface LocalSill extends WindowPoint {
  local: Float64Array;
}

function localSills(building: BuildingRecord, dwelling: ImpactDwelling, frame: LocalFrame): LocalSill[] {
  return windowSillPoints(building, dwelling.floors ? { floors: dwelling.floors } : {}).map((sill) => {
    const local = new Float64Array(3);
    frame.toLocal(...sill.position, local);
    return { ...sill, local };
  });
}

interface StopWhenMet {
  stepMinutes: number;
  minSegmentMinutes: number;
  requiredMinutes: number;
}

/** Writes 1 for each step in which the sill sees the Sun past every caster's obstacles. With `stop`, returns true as
 * soon as the counted minutes (segments shorter than the minimum left out) meet the rule, the rest of `lit` unwritten. */
function castLit(
  sill: LocalSill,
  steps: readonly SunStep[],
  casters: readonly SunRayCaster[],
  lit: Uint8Array,
  stop?: StopWhenMet,
): boolean {
  const [x, y, z] = sill.local as unknown as [number, number, number];
  const [nx, ny] = sill.normal;
  let closed = 0; // steps in finished segments that count
  let running = 0;
  for (let k = 0; k < steps.length; k++) {
    const direction = steps[k]!.direction;
    const seen =
      direction[2] > 0 &&
      nx * direction[0] + ny * direction[1] > 0 &&
      casters.every((caster) => caster.sees(x, y, z, direction));
    lit[k] = seen ? 1 : 0;
    if (!stop) continue;
    if (seen) running++;
    else {
      if (running * stop.stepMinutes >= stop.minSegmentMinutes) closed += running;
      running = 0;
    }
    const counted = closed + (running * stop.stepMinutes >= stop.minSegmentMinutes ? running : 0);
    if (counted * stop.stepMinutes >= stop.requiredMinutes) return true;
  }
  return false;
}

const sillRow = (building: BuildingRecord, sill: WindowPoint, rule: SunlightRule): SillRow => ({
  layerId: building.layerId,
  featureId: building.featureId,
  floor: sill.floor,
  facade: sill.facade,
  position: sill.position,
  requiredHours: rule.minHours,
  ruleId: rule.id,
});
