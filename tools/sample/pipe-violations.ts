// A handful of deliberate clearance violations (GB 50289-2016 表4.1.9 / 表4.1.14, DESIGN §4.3), each a relaid or
// service pipe that a clearance check should report. They are listed in pipeline-violations.json with the clear
// distance they were built with, so a checker's test knows what it must find.
import type { Building } from './buildings.ts';
import { add, distance, lerp, normalize, offsetPolyline, scale, sub, leftNormal, type Vec2 } from './geom.ts';
import type { Network, StreetLine } from './network.ts';
import { PIPE_SPECS, type PipeSection, type PipeSpec } from './pipe-specs.ts';
import { layRun, streetRuns, type GroundElevation, type PipeNetwork, type PipeSegment } from './pipelines.ts';
import type { Rng } from './prng.ts';

export interface SeededViolation {
  id: string;
  kind: 'horizontal' | 'vertical';
  /** The rule as written in DESIGN §4.3. */
  rule: string;
  requiredMeters: number;
  /** Clear distance between outer walls as built. */
  actualMeters: number;
  segmentIds: string[];
  buildingId?: string;
}

export const halfWidthMeters = (section: PipeSection): number =>
  (section.section === 'circle' ? section.diameterMm : section.widthMm) / 2000;
export const sectionHeightMeters = (section: PipeSection): number =>
  (section.section === 'circle' ? section.diameterMm : section.heightMm) / 1000;

const specOf = (streetClass: keyof typeof PIPE_SPECS, subtype: string): PipeSpec =>
  PIPE_SPECS[streetClass].find((s) => s.subtype === subtype)!;
const circle = (diameterMm: number): PipeSection => ({ section: 'circle', diameterMm });

export function addDeliberateViolations(
  rng: Rng,
  network: Network,
  pipes: PipeNetwork,
  buildings: Building[],
  ground: GroundElevation,
): SeededViolation[] {
  const lay = (spec: PipeSpec, axis: Vec2[], street: StreetLine, yearLaid: number, runId: string): PipeSegment =>
    layRun(rng, pipes, { spec, axis, street, yearLaid, runId, ground })[0]!;
  const firstRun = (street: StreetLine) => streetRuns(street)[0]!;
  const segmentOn = (street: StreetLine, subtype: string) =>
    pipes.segments.find((s) => s.streetName === street.name && s.subtype === subtype)!;
  const violations: SeededViolation[] = [];

  // V1: a low-pressure gas main relaid 0.3 m beside the water main of a branch road (给水–燃气 ≥ 0.5 m).
  const branch = network.branches.find(
    (s) => s.streetClass === '支路' && pipes.segments.some((p) => p.streetName === s.name && p.subtype === '给水'),
  )!;
  const water = segmentOn(branch, '给水');
  const gasSpec: PipeSpec = {
    ...specOf('支路', '天然气'),
    section: circle(100),
    offsetMeters: (w) => specOf('支路', '给水').offsetMeters(w) - 0.3,
    spacingMeters: 1e9,
  };
  const gas = lay(
    gasSpec,
    offsetPolyline(firstRun(branch), gasSpec.offsetMeters(branch.widthMeters)),
    branch,
    2019,
    'RQ-X001',
  );
  violations.push(horizontal('V1', '给水 d≤200 – 低压燃气 ≥ 0.5 m', 0.5, water, gas));

  // V2: a power cable pulled 1 m beside a heating main (热力–电力 ≥ 2.0 m).
  const heated = network.arterials.find((s) =>
    pipes.segments.some((p) => p.streetName === s.name && p.pipeClass === 'RL'),
  )!;
  const heat = segmentOn(heated, '热水');
  const cableSpec: PipeSpec = {
    ...specOf('主干路', '电力排管'),
    subtype: '电力',
    section: circle(150),
    offsetMeters: (w) => specOf('主干路', '热水').offsetMeters(w) + 1,
    spacingMeters: 1e9,
  };
  const cable = lay(
    cableSpec,
    offsetPolyline(firstRun(heated), cableSpec.offsetMeters(heated.widthMeters)),
    heated,
    2021,
    'DL-X001',
  );
  violations.push(horizontal('V2', '直埋热力 – 直埋电力 ≥ 2.0 m', 2, heat, cable));

  // V3: an old combined sewer in a lane hugging the houses (污水·雨水 – 建筑物 ≥ 2.5 m).
  const sewerSpec: PipeSpec = {
    ...specOf('巷道', '合流'),
    subtype: '污水',
    offsetMeters: (w) => -(w / 2 + 0.1),
    spacingMeters: 1e9,
  };
  const lane = network.branches.find(
    (s) =>
      s.streetClass === '巷道' &&
      nearestBuilding(offsetPolyline(firstRun(s), sewerSpec.offsetMeters(s.widthMeters)), buildings).clear < 1.2,
  )!;
  const sewer = lay(
    sewerSpec,
    offsetPolyline(firstRun(lane), sewerSpec.offsetMeters(lane.widthMeters)),
    lane,
    1978,
    'PS-X001',
  );
  const near = nearestBuilding(sewer.points, buildings);
  violations.push({
    id: 'V3',
    kind: 'horizontal',
    rule: '污水·雨水 – 建筑物 ≥ 2.5 m',
    requiredMeters: 2.5,
    actualMeters: round2(near.clear - halfWidthMeters(sewer.section)),
    segmentIds: [sewer.id],
    buildingId: near.building.id,
  });

  // V4, V5: service pipes across two arterials, laid too close over the pipes they cross.
  const [first, second] = network.arterials
    .filter(
      (s) => s.id.startsWith('A-NS') && pipes.segments.some((p) => p.streetName === s.name && p.subtype === '给水'),
    )
    .slice(1);
  violations.push(
    crossing(first!, '给水', (main, street) => {
      const mainTop = depthAtMiddle(main);
      const spec: PipeSpec = {
        ...specOf('主干路', '雨水'),
        subtype: '雨水',
        section: circle(300),
        depthMeters: [mainTop - 0.1, mainTop - 0.1],
        slope: 0.005,
        spacingMeters: 1e9,
      };
      return {
        spec,
        from: street.widthMeters / 2 - 5,
        to: -3.5,
        rule: '污水·雨水 – 给水（交叉）≥ 0.40 m',
        required: 0.4,
        year: 2016,
        runId: 'PS-X002',
      };
    }),
  );
  violations.push(
    crossing(second!, '通信管块', (main) => {
      const top = depthAtMiddle(main) + sectionHeightMeters(main.section) + 0.05;
      const spec: PipeSpec = {
        ...specOf('主干路', '天然气'),
        section: circle(63),
        depthMeters: [top, top],
        pressure: '低压',
        spacingMeters: 1e9,
      };
      return {
        spec,
        from: -(second!.widthMeters / 2 - 6),
        to: -(second!.widthMeters / 2 + 7),
        rule: '燃气 – 其他管线（交叉）≥ 0.15 m',
        required: 0.15,
        year: 2022,
        runId: 'RQ-X002',
      };
    }),
  );
  return violations;

  function crossing(
    street: StreetLine,
    mainSubtype: string,
    make: (
      main: PipeSegment,
      street: StreetLine,
    ) => { spec: PipeSpec; from: number; to: number; rule: string; required: number; year: number; runId: string },
  ): SeededViolation {
    const main = segmentOn(street, mainSubtype);
    const run = firstRun(street);
    const side = leftNormal(normalize(sub(run[run.length - 1]!, run[0]!)));
    // Cross at the middle of the main segment: back on the centreline, then across the street.
    const middle = add(
      lerp(main.points[0]!, main.points[main.points.length - 1]!, 0.5),
      scale(side, -main.offsetMeters),
    );
    const plan = make(main, street);
    const axis = [add(middle, scale(side, plan.from)), add(middle, scale(side, plan.to))];
    const service = lay(plan.spec, axis, street, plan.year, plan.runId);
    const upper = service.startDepthM < depthAtMiddle(main) ? service : main;
    const lower = upper === service ? main : service;
    const actual = topOf(lower) - bottomOf(upper);
    const id = `V${violations.length + 1}`;
    return {
      id,
      kind: 'vertical',
      rule: plan.rule,
      requiredMeters: plan.required,
      actualMeters: round2(actual),
      segmentIds: [main.id, service.id],
    };
  }
}

function horizontal(id: string, rule: string, requiredMeters: number, a: PipeSegment, b: PipeSegment): SeededViolation {
  const actual = Math.abs(a.offsetMeters - b.offsetMeters) - halfWidthMeters(a.section) - halfWidthMeters(b.section);
  return { id, kind: 'horizontal', rule, requiredMeters, actualMeters: round2(actual), segmentIds: [a.id, b.id] };
}

const isDrainage = (segment: PipeSegment): boolean => segment.pipeClass === 'PS';
const depthAtMiddle = (segment: PipeSegment): number => (segment.startDepthM + segment.endDepthM) / 2;
/** Depth of the outer top and bottom (drainage depths are to the invert, others to the top — CJJ 61). */
const topOf = (segment: PipeSegment): number =>
  depthAtMiddle(segment) - (isDrainage(segment) ? sectionHeightMeters(segment.section) : 0);
const bottomOf = (segment: PipeSegment): number =>
  depthAtMiddle(segment) + (isDrainage(segment) ? 0 : sectionHeightMeters(segment.section));

/** Smallest distance from a polyline's vertices and edges to any footprint edge. */
function nearestBuilding(points: Vec2[], buildings: Building[]): { building: Building; clear: number } {
  let best = { building: buildings[0]!, clear: Infinity };
  const reach = Math.max(...points.slice(1).map((p, i) => distance(p, points[i]!))) + 50;
  for (const building of buildings) {
    if (distance(building.ring[0]!, points[0]!) > reach) continue;
    const clear = polylineGap(points, building.ring);
    if (clear < best.clear) best = { building, clear };
  }
  return best;
}

function polylineGap(line: Vec2[], ring: Vec2[]): number {
  let gap = Infinity;
  const edges = ring.map((a, i): [Vec2, Vec2] => [a, ring[(i + 1) % ring.length]!]);
  for (let i = 1; i < line.length; i++) {
    for (const [a, b] of edges) {
      gap = Math.min(
        gap,
        pointSegment(line[i - 1]!, a, b),
        pointSegment(line[i]!, a, b),
        pointSegment(a, line[i - 1]!, line[i]!),
        pointSegment(b, line[i - 1]!, line[i]!),
      );
    }
  }
  return gap;
}

function pointSegment(p: Vec2, a: Vec2, b: Vec2): number {
  const ab = sub(b, a);
  const t = Math.max(0, Math.min(1, ((p[0] - a[0]) * ab[0] + (p[1] - a[1]) * ab[1]) / (ab[0] ** 2 + ab[1] ** 2)));
  return distance(p, add(a, scale(ab, t)));
}

const round2 = (value: number): number => Math.round(value * 100) / 100;
