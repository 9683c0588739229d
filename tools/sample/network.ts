// The street network: a jittered grid of arterials (one east–west line is the canalised river 练江河), each
// super-block cut by branch roads or, in the old core, by a denser, slightly slanted lane net. Blocks are the convex
// quads between street lines; every street line is straight between super-block edges.
import { distance, intersectLines, lerp, rotate, type Quad, type Vec2 } from './geom.ts';
import { EAST_WEST_LINES, NORTH_SOUTH_ARTERIALS, RIVER_NAME, StreetNamer } from './names.ts';
import type { Rng } from './prng.ts';

export type StreetClass = '主干路' | '次干路' | '支路' | '巷道' | '河道';

export interface StreetLine {
  id: string;
  name: string;
  streetClass: StreetClass;
  widthMeters: number;
  /** Building line distance from the street edge. */
  setbackMeters: number;
  points: Vec2[];
  /** Where other streets cross or meet this one, in order along it (pipes stop short of them). */
  crossings: Crossing[];
}

export interface Crossing {
  distanceMeters: number;
  widthMeters: number;
}

export interface SuperBlock {
  /** Column (west → east) and row (south → north) in the arterial grid. */
  i: number;
  j: number;
  quad: Quad;
  /** Old core: dense lanes. */
  isCore: boolean;
  /** Lines bounding the cells: u-lines west → east, v-lines south → north (the first/last are the edges). */
  uLines: StreetLine[];
  vLines: StreetLine[];
  /** corners[k][l] = crossing of u-line k and v-line l. */
  corners: Vec2[][];
}

export interface Network {
  /** Arterial crossings: nodes[i][j], column i west → east, row j south → north. */
  nodes: Vec2[][];
  arterials: StreetLine[];
  river: StreetLine;
  superBlocks: SuperBlock[];
  /** All lines inside super-blocks (branch roads and lanes). */
  branches: StreetLine[];
}

const ARTERIAL_X = [-1250, -640, -20, 610, 1230];
const LINE_Y = [-900, -330, 230, 800];
const RIVER_ROW = 1;
/** The old town grew along the railway, a few degrees off north: the street grid turns with it. */
const GRID_ROTATION_RAD = (6 * Math.PI) / 180;
/** Super-blocks whose streets are the dense old-town lanes. */
const CORE_SUPER_BLOCKS = new Set(['1,1', '2,1']);

const ARTERIAL = { widthMeters: 36, setbackMeters: 8 };
const RIVER = { widthMeters: 42, setbackMeters: 12 };

export function buildNetwork(rng: Rng): Network {
  const namer = StreetNamer.shuffled(rng.next);
  const nodes = ARTERIAL_X.map((x, i) =>
    LINE_Y.map((y, j): Vec2 => {
      const edge = i === 0 || i === ARTERIAL_X.length - 1;
      const jittered: Vec2 = [x + (edge ? 0 : rng.range(-22, 22)), y + rng.range(-20, 20) * (j === RIVER_ROW ? 2 : 1)];
      return rotate(jittered, GRID_ROTATION_RAD);
    }),
  );
  const arterials: StreetLine[] = [];
  const columns = nodes.map((column, i) =>
    line(
      `A-NS-${i}`,
      NORTH_SOUTH_ARTERIALS[i]!,
      '主干路',
      ARTERIAL.widthMeters + rng.int(-4, 2),
      ARTERIAL.setbackMeters,
      column,
    ),
  );
  arterials.push(...columns);
  let river: StreetLine | undefined;
  const rows = LINE_Y.map((_, j) => {
    const points = nodes.map((column) => column[j]!);
    const name = EAST_WEST_LINES[j];
    if (name === null || name === undefined) {
      river = line('RIVER', RIVER_NAME, '河道', RIVER.widthMeters, RIVER.setbackMeters, points);
      return river;
    }
    const arterial = line(
      `A-EW-${j}`,
      name,
      '主干路',
      ARTERIAL.widthMeters + rng.int(-4, 2),
      ARTERIAL.setbackMeters,
      points,
    );
    arterials.push(arterial);
    return arterial;
  });

  columns.forEach((column) => (column.crossings = crossingsAtVertices(column.points, rows)));
  rows.forEach((row) => (row.crossings = crossingsAtVertices(row.points, columns)));

  const superBlocks: SuperBlock[] = [];
  const branches: StreetLine[] = [];
  for (let i = 0; i < ARTERIAL_X.length - 1; i++) {
    for (let j = 0; j < LINE_Y.length - 1; j++) {
      const quad: Quad = [nodes[i]![j]!, nodes[i + 1]![j]!, nodes[i + 1]![j + 1]!, nodes[i]![j + 1]!];
      const edges = { west: columns[i]!, east: columns[i + 1]!, south: rows[j]!, north: rows[j + 1]! };
      const block = subdivide(rng, namer, i, j, quad, edges);
      superBlocks.push(block);
      branches.push(...block.uLines.slice(1, -1), ...block.vLines.slice(1, -1));
    }
  }
  return { nodes, arterials, river: river!, superBlocks, branches };
}

/** The outline (counter-clockwise, along street centrelines) of super-blocks i0…i1-1 × j0…j1-1. */
export function superBlockOutline(network: Network, i0: number, i1: number, j0: number, j1: number): Vec2[] {
  const node = (i: number, j: number) => network.nodes[i]![j]!;
  const ring: Vec2[] = [];
  for (let i = i0; i < i1; i++) ring.push(node(i, j0));
  for (let j = j0; j < j1; j++) ring.push(node(i1, j));
  for (let i = i1; i > i0; i--) ring.push(node(i, j1));
  for (let j = j1; j > j0; j--) ring.push(node(i0, j));
  return ring;
}

function line(
  id: string,
  name: string,
  streetClass: StreetClass,
  widthMeters: number,
  setbackMeters: number,
  points: Vec2[],
): StreetLine {
  return { id, name, streetClass, widthMeters, setbackMeters, points, crossings: [] };
}

interface Edges {
  west: StreetLine;
  east: StreetLine;
  south: StreetLine;
  north: StreetLine;
}

function subdivide(rng: Rng, namer: StreetNamer, i: number, j: number, quad: Quad, edges: Edges): SuperBlock {
  const isCore = CORE_SUPER_BLOCKS.has(`${i},${j}`);
  const spacing = isCore ? rng.range(68, 78) : rng.range(135, 170);
  const widthU =
    (Math.hypot(quad[1][0] - quad[0][0], quad[1][1] - quad[0][1]) +
      Math.hypot(quad[2][0] - quad[3][0], quad[2][1] - quad[3][1])) /
    2;
  const widthV =
    (Math.hypot(quad[3][0] - quad[0][0], quad[3][1] - quad[0][1]) +
      Math.hypot(quad[2][0] - quad[1][0], quad[2][1] - quad[1][1])) /
    2;
  const countU = Math.max(2, Math.round(widthU / spacing));
  const countV = Math.max(2, Math.round(widthV / spacing));
  const makeLines = (count: number, axis: 'u' | 'v', first: StreetLine, last: StreetLine): StreetLine[] => {
    const lines = [first];
    const middle = Math.floor(count / 2);
    for (let k = 1; k < count; k++) {
      // Slightly different parameters at both ends make the old lanes run a little askew.
      const skew = isCore ? 0.12 : 0.05;
      const t0 = (k + rng.range(-skew, skew)) / count;
      const t1 = (k + rng.range(-skew, skew)) / count;
      const a = axis === 'u' ? lerp(quad[0], quad[1], t0) : lerp(quad[0], quad[3], t0);
      const b = axis === 'u' ? lerp(quad[3], quad[2], t1) : lerp(quad[1], quad[2], t1);
      const kind = branchKind(rng, isCore, k === middle);
      const name = namer.take(kind.suffix);
      lines.push(line(`S-${i}${j}-${axis}${k}`, name, kind.streetClass, kind.widthMeters, kind.setbackMeters, [a, b]));
    }
    lines.push(last);
    return lines;
  };
  const uLines = makeLines(countU, 'u', edges.west, edges.east);
  const vLines = makeLines(countV, 'v', edges.south, edges.north);
  const corners = uLines.map((u, k) =>
    vLines.map((v, l): Vec2 => {
      if ((k === 0 || k === countU) && (l === 0 || l === countV)) return quad[cornerIndex(k === 0, l === 0)];
      const [ua, ub] = segmentInside(u, quad, 'u', k === 0);
      const [va, vb] = segmentInside(v, quad, 'v', l === 0);
      return intersectLines(ua, ub, va, vb)!;
    }),
  );
  const crossingsAlong = (own: StreetLine, others: StreetLine[], points: Vec2[]) =>
    (own.crossings = others.map((other, n) => ({
      distanceMeters: distance(own.points[0]!, points[n]!),
      widthMeters: other.widthMeters,
    })));
  uLines.slice(1, -1).forEach((u, n) => crossingsAlong(u, vLines, corners[n + 1]!));
  vLines.slice(1, -1).forEach((v, n) =>
    crossingsAlong(
      v,
      uLines,
      corners.map((column) => column[n + 1]!),
    ),
  );
  return { i, j, quad, isCore, uLines, vLines, corners };
}

/** Arterial polylines bend only where they meet the crossing arterials, so the crossings are the vertices. */
function crossingsAtVertices(points: Vec2[], crossing: StreetLine[]): Crossing[] {
  let travelled = 0;
  return points.map((point, n) => {
    if (n > 0) travelled += distance(points[n - 1]!, point);
    return { distanceMeters: travelled, widthMeters: crossing[n]!.widthMeters };
  });
}

function cornerIndex(west: boolean, south: boolean): 0 | 1 | 2 | 3 {
  if (south) return west ? 0 : 1;
  return west ? 3 : 2;
}

/** The straight piece of a line along this super-block (edges are long polylines; use the super-block's side). */
function segmentInside(lineOrEdge: StreetLine, quad: Quad, axis: 'u' | 'v', isFirst: boolean): [Vec2, Vec2] {
  if (lineOrEdge.points.length === 2) return [lineOrEdge.points[0]!, lineOrEdge.points[1]!];
  if (axis === 'u') return isFirst ? [quad[0], quad[3]] : [quad[1], quad[2]];
  return isFirst ? [quad[0], quad[1]] : [quad[3], quad[2]];
}

function branchKind(rng: Rng, isCore: boolean, isMiddle: boolean) {
  if (isCore && !isMiddle) {
    return {
      streetClass: '巷道' as const,
      widthMeters: rng.pick([5, 5.5, 6, 6.5, 7]),
      setbackMeters: 0.8,
      suffix: rng.pick(['巷', '巷', '街']),
    };
  }
  if (isCore) return { streetClass: '支路' as const, widthMeters: 12, setbackMeters: 2, suffix: '街' };
  const wide = rng.chance(0.3);
  return {
    streetClass: wide ? ('次干路' as const) : ('支路' as const),
    widthMeters: wide ? 20 : rng.pick([12, 14, 16]),
    setbackMeters: wide ? 5 : 3,
    suffix: rng.pick(['路', '路', '街']),
  };
}
