// Underground pipelines: for each street and each pipe it carries, runs between the crossings (stopping short of
// the crossing street so parallel networks never cut through each other), cut into segments between wells.
// Drainage runs point downhill and their invert deepens along the flow.
import { offsetPolyline, polylineLength, slicePolyline, type Vec2 } from './geom.ts';
import type { Network, StreetLine } from './network.ts';
import {
  INDUSTRIAL_SPEC,
  materialOf,
  PIPE_SPECS,
  TUNNEL_SPEC,
  UNKNOWN_SPEC,
  type PipeClass,
  type PipeSection,
  type PipeSpec,
} from './pipe-specs.ts';
import type { Rng } from './prng.ts';

export interface PipeSegment {
  id: string;
  pipeClass: PipeClass;
  subtype: string;
  section: PipeSection;
  startDepthM: number;
  endDepthM: number;
  material: string;
  pressure?: string;
  /** null when nobody knows (不明 pipes). */
  yearLaid: number | null;
  streetName: string;
  startWellId: string;
  endWellId: string;
  points: Vec2[];
  /** Axis offset from the street centreline (positive left), kept for checks and tests. */
  offsetMeters: number;
}

export interface Well {
  id: string;
  pipeClass: PipeClass;
  kind: string;
  point: Vec2;
  groundElevationM: number;
  depthM: number;
}

export interface PipeNetwork {
  segments: PipeSegment[];
  wells: Well[];
}

const WELL_KIND: Record<PipeClass, string> = {
  JS: '阀门井',
  PS: '检查井',
  RQ: '阀门井',
  RL: '检查井',
  DL: '电缆工井',
  TX: '人孔',
  GY: '阀门井',
  ZH: '检修口',
  BM: '不明井',
};
const CROSSING_CLEARANCE_METERS = 1;
const TUNNEL_STREET_ID = 'A-EW-0';
const INDUSTRIAL_SUPER_BLOCK = 'S-00';

export type GroundElevation = (point: Vec2) => number;

export function buildPipelines(rng: Rng, network: Network, ground: GroundElevation): PipeNetwork {
  const result: PipeNetwork = { segments: [], wells: [] };
  const counters = new Map<PipeClass, number>();
  const nextRunId = (pipeClass: PipeClass): string => {
    const n = (counters.get(pipeClass) ?? 0) + 1;
    counters.set(pipeClass, n);
    return `${pipeClass}-${String(n).padStart(4, '0')}`;
  };
  for (const street of [...network.arterials, ...network.branches]) {
    if (street.streetClass === '河道') continue;
    const specs = [...PIPE_SPECS[street.streetClass]];
    if (street.id === TUNNEL_STREET_ID) specs.push(TUNNEL_SPEC);
    if (street.id.startsWith(INDUSTRIAL_SUPER_BLOCK)) specs.push(INDUSTRIAL_SPEC);
    if (street.streetClass === '巷道') specs.push(UNKNOWN_SPEC);
    for (const spec of specs) {
      if (!rng.chance(spec.share)) continue;
      const yearLaid = spec.pipeClass === 'BM' ? null : rng.int(...spec.years);
      for (const centre of streetRuns(street)) {
        const axis = offsetPolyline(centre, spec.offsetMeters(street.widthMeters));
        layRun(rng, result, { spec, axis, street, yearLaid, runId: nextRunId(spec.pipeClass), ground });
      }
    }
  }
  return result;
}

/** Pieces of the street centreline between crossings, stopping short of each crossing street. */
export function streetRuns(street: StreetLine): Vec2[][] {
  const runs: Vec2[][] = [];
  const total = polylineLength(street.points);
  for (let n = 1; n < street.crossings.length; n++) {
    const a = street.crossings[n - 1]!;
    const b = street.crossings[n]!;
    const from = Math.max(0, a.distanceMeters) + a.widthMeters / 2 + CROSSING_CLEARANCE_METERS;
    const to = Math.min(total, b.distanceMeters) - b.widthMeters / 2 - CROSSING_CLEARANCE_METERS;
    if (to - from > 10) runs.push(slicePolyline(street.points, from, to));
  }
  return runs;
}

export interface RunInput {
  spec: PipeSpec;
  axis: Vec2[];
  street: StreetLine;
  yearLaid: number | null;
  runId: string;
  ground: GroundElevation;
}

/** Cuts one run into segments between wells and appends both to the network. */
export function layRun(rng: Rng, network: PipeNetwork, input: RunInput): PipeSegment[] {
  const { spec, street, yearLaid, runId, ground } = input;
  const isDrainage = spec.slope !== undefined;
  // Drainage flows downhill: draw it from the higher end.
  const axis =
    isDrainage && ground(input.axis[0]!) < ground(input.axis[input.axis.length - 1]!)
      ? [...input.axis].reverse()
      : input.axis;
  const length = polylineLength(axis);
  const count = Math.max(1, Math.ceil(length / spec.spacingMeters));
  const startDepth = rng.range(...spec.depthMeters);
  const upstreamInvert = ground(axis[0]!) - startDepth;
  // Gravity pipes fall at least at their design slope, and a little faster than the ground so they deepen downstream.
  const groundSlope = (ground(axis[0]!) - ground(axis[axis.length - 1]!)) / length;
  const invertSlope = Math.max(spec.slope ?? 0, groundSlope + (spec.slope ?? 0) / 2);
  const depthAt = (along: number, point: Vec2): number => {
    if (!isDrainage) return startDepth;
    return Math.max(spec.depthMeters[0], ground(point) - (upstreamInvert - invertSlope * along));
  };
  const sectionHeightM = (spec.section.section === 'circle' ? spec.section.diameterMm : spec.section.heightMm) / 1000;
  const wellIds: string[] = [];
  for (let n = 0; n <= count; n++) {
    const along = (length * n) / count;
    const point = slicePolyline(axis, along, along + 1e-6)[0] ?? axis[axis.length - 1]!;
    const depth = depthAt(along, point);
    const id = `${runId}-W${String(n).padStart(2, '0')}`;
    wellIds.push(id);
    network.wells.push({
      id,
      pipeClass: spec.pipeClass,
      kind: WELL_KIND[spec.pipeClass],
      point,
      groundElevationM: ground(point),
      depthM: round2(isDrainage ? depth + 0.3 : depth + sectionHeightM + 0.3),
    });
  }
  const segments: PipeSegment[] = [];
  for (let n = 0; n < count; n++) {
    const from = (length * n) / count;
    const to = (length * (n + 1)) / count;
    const points = slicePolyline(axis, from, to);
    segments.push({
      id: `${runId}-${String(n + 1).padStart(2, '0')}`,
      pipeClass: spec.pipeClass,
      subtype: spec.subtype,
      section: spec.section,
      startDepthM: round2(depthAt(from, points[0]!)),
      endDepthM: round2(depthAt(to, points[points.length - 1]!)),
      material: yearLaid === null ? materialOf(spec, 0) : materialOf(spec, yearLaid),
      ...(spec.pressure ? { pressure: spec.pressure } : {}),
      yearLaid,
      streetName: street.name,
      startWellId: wellIds[n]!,
      endWellId: wellIds[n + 1]!,
      points,
      offsetMeters: spec.offsetMeters(street.widthMeters),
    });
  }
  network.segments.push(...segments);
  return segments;
}

const round2 = (value: number): number => Math.round(value * 100) / 100;
