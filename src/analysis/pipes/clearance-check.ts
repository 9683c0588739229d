// Clearance check (净距检查, GB 50289): clear distances between outer walls for parallel pipes (horizontal), at
// crossings (vertical) and from pipes to building footprints. A grid index keeps it near-linear: each pipe only meets
// the pipes and buildings within the largest required distance of it.
import type { BuildingRecord, LonLat } from '../building-record.ts';
import {
  CLEARANCE_RULES,
  MAX_REQUIRED_M,
  strictestRule,
  type ClearanceKind,
  type ClearanceRule,
} from './clearance-rules.ts';
import type { LocalPlane } from '../../geometry/local-plane.ts';
import { ringContains } from '../../geometry/ring.ts';
import {
  angleBetweenDeg,
  pointSegmentDistance,
  polylineRingDistance,
  segmentIntersection,
} from '../../geometry/segments.ts';
import type { Vec2 } from '../../geometry/types.ts';
import { burialDepthAt, outerDepths, type PipeSegment } from './pipe-model.ts';
import {
  prepareBuildings,
  preparePipes,
  totalLength,
  type PreparedBuilding,
  type PreparedPipe,
} from './prepared-pipes.ts';

export interface ClearanceViolation {
  /** Pipe id. */
  a: string;
  /** The other pipe's id, or the building's feature id for kind 'building'. */
  b: string;
  kind: ClearanceKind;
  requiredM: number;
  /** Clear distance between outer walls, metres (rounded to the millimetre). */
  actualM: number;
  clause: string;
  ruleId: string;
  verified: boolean;
  label: ClearanceRule['label'];
  /** Where it is, for highlighting and flying there. */
  position: LonLat;
  /** Depth of the place below ground (the crossing, or the pipe's axis), for the 3D highlight. */
  depthM: number;
}

export interface ClearanceOptions {
  buildings?: readonly BuildingRecord[];
  /** Only pipes with a point inside this ring (lon/lat) are checked. */
  scope?: readonly LonLat[];
  rules?: readonly ClearanceRule[];
}

/** Two pipes count as parallel (horizontal rule) when their closest pieces differ in direction by at most this. */
const PARALLEL_MAX_DEG = 30;
/** Ends closer than this are joined (consecutive segments of one run, pipes meeting at a well). */
const JOINED_M = 0.01;

export function checkClearances(
  segments: readonly PipeSegment[],
  options: ClearanceOptions = {},
): ClearanceViolation[] {
  const rules = options.rules ?? CLEARANCE_RULES;
  const prepared = preparePipes(segments);
  const { frame, pipes, index } = prepared;
  const scopeRing = options.scope?.map(([lon, lat]) => frame.toLocal(lon, lat));
  const inScope = (pipe: PreparedPipe) => !scopeRing || pipe.path.some((p) => ringContains(scopeRing, p[0], p[1]));
  const reachM = MAX_REQUIRED_M + 2 * prepared.maxHalfWidthM;
  const found: PlacedViolation[] = [];

  pipes.forEach((pipe, i) => {
    if (!inScope(pipe)) return;
    const { box } = pipe;
    for (const j of index.query({
      minX: box.minX - reachM,
      minY: box.minY - reachM,
      maxX: box.maxX + reachM,
      maxY: box.maxY + reachM,
    })) {
      const other = pipes[j]!;
      if (j <= i && inScope(other)) continue;
      const result = pipePairViolation(pipe, other, rules);
      if (result) found.push(result);
    }
  });
  if (options.buildings?.length) {
    const { buildings, index: buildingIndex } = prepareBuildings(options.buildings, frame);
    for (const pipe of pipes) {
      const rule = inScope(pipe) ? strictestRule('building', pipe.segment, undefined, rules) : undefined;
      if (!rule) continue;
      const margin = rule.requiredM + pipe.halfWidthM;
      const { box } = pipe;
      for (const k of buildingIndex.query({
        minX: box.minX - margin,
        minY: box.minY - margin,
        maxX: box.maxX + margin,
        maxY: box.maxY + margin,
      })) {
        const result = pipeBuildingViolation(pipe, buildings[k]!, rule);
        if (result) found.push(result);
      }
    }
  }
  return placeAndSort(found, frame);
}

/** A violation located in the local plane (`at`), before it is turned back into lon/lat. */
export type PlacedViolation = Omit<ClearanceViolation, 'position'> & { at: Vec2 };

/** Lon/lat positions, worst shortfall first. */
export function placeAndSort(found: readonly PlacedViolation[], frame: LocalPlane): ClearanceViolation[] {
  return found
    .map(({ at, ...rest }) => ({ ...rest, position: frame.toLonLat(...at) }))
    .sort((x, y) => x.actualM - x.requiredM - (y.actualM - y.requiredM));
}

/** A pipe against a building footprint under a building rule. */
export function pipeBuildingViolation(
  pipe: PreparedPipe,
  { building, ring }: PreparedBuilding,
  rule: ClearanceRule,
): PlacedViolation | undefined {
  const clear = Math.max(0, polylineRingDistance(pipe.path, ring) - pipe.halfWidthM);
  if (!isShort(clear, rule)) return undefined;
  const near = nearestOnPipe(pipe, ring);
  return {
    ...violation(pipe.segment.id, building.featureId, rule, clear, axisDepth(pipe, near.alongM)),
    at: near.point,
  };
}

/** Two pipes: vertical at a crossing, horizontal when they run parallel, nothing when no rule covers the pair. */
export function pipePairViolation(
  p: PreparedPipe,
  q: PreparedPipe,
  rules: readonly ClearanceRule[],
): PlacedViolation | undefined {
  const vertical = strictestRule('vertical', p.segment, q.segment, rules);
  const horizontal = strictestRule('horizontal', p.segment, q.segment, rules);
  if (!vertical && !horizontal) return undefined;
  if (p.segment.pipeClass === q.segment.pipeClass && endsJoined(p, q)) return undefined;

  let worstCrossing: PlacedViolation | undefined;
  let closest = { distanceM: Infinity, at: [0, 0] as Vec2, angleDeg: 0 };
  for (let e = 1; e < p.path.length; e++) {
    for (let f = 1; f < q.path.length; f++) {
      const [a, b, c, d] = [p.path[e - 1]!, p.path[e]!, q.path[f - 1]!, q.path[f]!];
      const hit = segmentIntersection(a, b, c, d);
      if (hit) {
        const alongP = p.lengths[e - 1]! + hit.t * (p.lengths[e]! - p.lengths[e - 1]!);
        const alongQ = q.lengths[f - 1]! + hit.u * (q.lengths[f]! - q.lengths[f - 1]!);
        if (atEnd(p, alongP) || atEnd(q, alongQ)) continue;
        if (!vertical) return undefined;
        const result = crossingClearance(p, alongP, q, alongQ, vertical, [
          a[0] + hit.t * (b[0] - a[0]),
          a[1] + hit.t * (b[1] - a[1]),
        ]);
        if (result && (!worstCrossing || result.actualM < worstCrossing.actualM)) worstCrossing = result;
        continue;
      }
      const near = closestPair(a, b, c, d);
      if (near.distanceM < closest.distanceM) closest = { ...near, angleDeg: angleBetweenDeg(a, b, c, d) };
    }
  }
  if (worstCrossing || !horizontal || closest.angleDeg > PARALLEL_MAX_DEG) return worstCrossing;
  const clear = Math.max(0, closest.distanceM - p.halfWidthM - q.halfWidthM);
  if (!isShort(clear, horizontal)) return undefined;
  return {
    ...violation(p.segment.id, q.segment.id, horizontal, clear, axisDepth(p, totalLength(p) / 2)),
    at: closest.at,
  };
}

function crossingClearance(
  p: PreparedPipe,
  alongP: number,
  q: PreparedPipe,
  alongQ: number,
  rule: ClearanceRule,
  at: Vec2,
): PlacedViolation | undefined {
  const dp = outerDepths(p.segment, burialDepthAt(p.segment, alongP / (totalLength(p) || 1)));
  const dq = outerDepths(q.segment, burialDepthAt(q.segment, alongQ / (totalLength(q) || 1)));
  const [upper, lower] = dp.topM + dp.bottomM <= dq.topM + dq.bottomM ? [dp, dq] : [dq, dp];
  const clear = Math.max(0, lower.topM - upper.bottomM);
  if (!isShort(clear, rule)) return undefined;
  return { ...violation(p.segment.id, q.segment.id, rule, clear, (upper.bottomM + lower.topM) / 2), at };
}

/** Compared at millimetre precision, so a pipe laid exactly at the limit passes despite floating-point noise. */
const isShort = (clearM: number, rule: ClearanceRule): boolean => roundMm(clearM) < rule.requiredM;
const roundMm = (metres: number): number => Math.round(metres * 1000) / 1000;

function violation(
  a: string,
  b: string,
  rule: ClearanceRule,
  clearM: number,
  depthM: number,
): Omit<ClearanceViolation, 'position'> {
  return {
    a,
    b,
    kind: rule.kind,
    requiredM: rule.requiredM,
    actualM: roundMm(clearM),
    clause: rule.clause,
    ruleId: rule.id,
    verified: rule.verified,
    label: rule.label,
    depthM: roundMm(depthM),
  };
}

const atEnd = (pipe: PreparedPipe, alongM: number): boolean =>
  alongM < JOINED_M || alongM > totalLength(pipe) - JOINED_M;

function endsJoined(p: PreparedPipe, q: PreparedPipe): boolean {
  const ends = (pipe: PreparedPipe) => [pipe.path[0]!, pipe.path[pipe.path.length - 1]!];
  return ends(p).some((u) => ends(q).some((v) => Math.hypot(u[0] - v[0], u[1] - v[1]) < JOINED_M));
}

/** Closest distance between two non-crossing segments and the midpoint of the closest points. */
function closestPair(a: Vec2, b: Vec2, c: Vec2, d: Vec2): { distanceM: number; at: Vec2 } {
  const options: [Vec2, Vec2, Vec2][] = [
    [a, c, d],
    [b, c, d],
    [c, a, b],
    [d, a, b],
  ];
  let best = { distanceM: Infinity, at: a };
  for (const [point, s0, s1] of options) {
    const distanceM = pointSegmentDistance(point, s0, s1);
    if (distanceM < best.distanceM) best = { distanceM, at: point };
  }
  return best;
}

function nearestOnPipe(pipe: PreparedPipe, ring: readonly Vec2[]): { point: Vec2; alongM: number } {
  let best = { distanceM: Infinity, point: pipe.path[0]!, alongM: 0 };
  for (let i = 1; i < pipe.path.length; i++) {
    const [a, b] = [pipe.path[i - 1]!, pipe.path[i]!];
    const span = pipe.lengths[i]! - pipe.lengths[i - 1]!;
    for (const corner of ring) {
      const t =
        span === 0
          ? 0
          : Math.max(
              0,
              Math.min(1, ((corner[0] - a[0]) * (b[0] - a[0]) + (corner[1] - a[1]) * (b[1] - a[1])) / span ** 2),
            );
      const point: Vec2 = [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
      const distanceM = Math.hypot(point[0] - corner[0], point[1] - corner[1]);
      if (distanceM < best.distanceM) best = { distanceM, point, alongM: pipe.lengths[i - 1]! + t * span };
    }
  }
  return best;
}

function axisDepth(pipe: PreparedPipe, alongM: number): number {
  const { topM, bottomM } = outerDepths(pipe.segment, burialDepthAt(pipe.segment, alongM / (totalLength(pipe) || 1)));
  return (topM + bottomM) / 2;
}
