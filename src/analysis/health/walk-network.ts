// The walkable street network as a graph: line vertices become nodes, vertices closer than a snap tolerance become one
// node (digitised lines rarely share exact coordinates), consecutive vertices become edges. Lines that cross without
// a shared vertex do not join (a bridge over a road). Ends that stop short of another line, and parts of the network
// cut off from the rest, are reported per line: they change every distance behind them.
import { buildBoxIndex, type BoxIndex } from '../../geometry/box-index.ts';
import { boxOf } from '../../geometry/ring.ts';
import { pointSegmentDistance } from '../../geometry/segments.ts';
import type { Vec2 } from '../../geometry/types.ts';
import type { HealthProblem } from './health-problem.ts';

export interface NetworkLine {
  id: string;
  /** Polylines in local metres. */
  lines: Vec2[][];
  oneWay: boolean;
}

export interface WalkNetwork {
  nodes: Vec2[];
  edgeFrom: Int32Array;
  edgeTo: Int32Array;
  edgeLength: Float64Array;
  /** 1: walkable only from `edgeFrom` to `edgeTo`. */
  edgeOneWay: Uint8Array;
  /** Arcs against the walking direction (compressed rows): a search from destinations outward follows these to
   * find every node's walking distance *to* the nearest destination, which one-way edges make differ from *from*. */
  reverseStart: Int32Array;
  reverseTarget: Int32Array;
  reverseLength: Float64Array;
  /** Over the edges' boxes. */
  edgeIndex: BoxIndex;
}

export interface NetworkOptions {
  /** Vertices closer than this are one node, metres. */
  snapMeters: number;
  /** Dangling ends within this of another line, unjoined, are reported as gaps, metres. */
  gapMeters: number;
}

export const DEFAULT_NETWORK_OPTIONS: NetworkOptions = { snapMeters: 1, gapMeters: 10 };

export function buildWalkNetwork(
  lines: readonly NetworkLine[],
  source: string,
  options: NetworkOptions = DEFAULT_NETWORK_OPTIONS,
): { network: WalkNetwork; problems: HealthProblem[] } {
  const nodes: Vec2[] = [];
  // Cells of the snap tolerance, keyed by a number (cells within ±2^20 of the origin: 1,000 km at 1 m).
  const grid = new Map<number, number[]>();
  const keyOf = (cx: number, cy: number) => (cx + 2 ** 20) * 2 ** 21 + (cy + 2 ** 20);
  const nodeAt = (p: Vec2): number => {
    const cx = Math.floor(p[0] / options.snapMeters);
    const cy = Math.floor(p[1] / options.snapMeters);
    let best = -1;
    let bestDistance = options.snapMeters;
    for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++)
        for (const n of grid.get(keyOf(cx + dx, cy + dy)) ?? []) {
          const d = Math.hypot(nodes[n]![0] - p[0], nodes[n]![1] - p[1]);
          if (d <= bestDistance) [best, bestDistance] = [n, d];
        }
    if (best >= 0) return best;
    nodes.push([p[0], p[1]]);
    const cell = grid.get(keyOf(cx, cy));
    if (cell) cell.push(nodes.length - 1);
    else grid.set(keyOf(cx, cy), [nodes.length - 1]);
    return nodes.length - 1;
  };

  const from: number[] = [];
  const to: number[] = [];
  const oneWay: number[] = [];
  const lineOf: number[] = [];
  lines.forEach((line, l) => {
    for (const polyline of line.lines) {
      let previous = nodeAt(polyline[0]!);
      for (let i = 1; i < polyline.length; i++) {
        const next = nodeAt(polyline[i]!);
        if (next === previous) continue;
        from.push(previous);
        to.push(next);
        oneWay.push(line.oneWay ? 1 : 0);
        lineOf.push(l);
        previous = next;
      }
    }
  });

  const edgeLength = Float64Array.from(from, (u, e) =>
    Math.hypot(nodes[to[e]!]![0] - nodes[u]![0], nodes[to[e]!]![1] - nodes[u]![1]),
  );
  const edgeIndex = buildBoxIndex(from.map((u, e) => boxOf([nodes[u]!, nodes[to[e]!]!])));
  const network: WalkNetwork = {
    nodes,
    edgeFrom: Int32Array.from(from),
    edgeTo: Int32Array.from(to),
    edgeLength,
    edgeOneWay: Uint8Array.from(oneWay),
    ...reverseArcs(nodes.length, from, to, oneWay, edgeLength),
    edgeIndex,
  };
  const problems = [
    ...gapProblems(network, lines, lineOf, source, options),
    ...detachedParts(network, lines, lineOf, source),
  ];
  return { network, problems };
}

function reverseArcs(nodeCount: number, from: number[], to: number[], oneWay: number[], length: Float64Array) {
  const reverseStart = new Int32Array(nodeCount + 1);
  const arcs: [number, number, number][] = [];
  from.forEach((u, e) => {
    // Walking u → v is an arc v → u against the walking direction; a two-way edge is walked both ways.
    arcs.push([to[e]!, u, length[e]!]);
    if (!oneWay[e]) arcs.push([u, to[e]!, length[e]!]);
  });
  for (const [tail] of arcs) reverseStart[tail + 1]!++;
  for (let n = 0; n < nodeCount; n++) reverseStart[n + 1]! += reverseStart[n]!;
  const fill = reverseStart.slice(0, nodeCount);
  const reverseTarget = new Int32Array(arcs.length);
  const reverseLength = new Float64Array(arcs.length);
  for (const [tail, head, meters] of arcs) {
    const slot = fill[tail]!++;
    reverseTarget[slot] = head;
    reverseLength[slot] = meters;
  }
  return { reverseStart, reverseTarget, reverseLength };
}

/** Ends of lines that stop near another line without joining it. */
function gapProblems(
  network: WalkNetwork,
  lines: readonly NetworkLine[],
  lineOf: number[],
  source: string,
  options: NetworkOptions,
): HealthProblem[] {
  const { nodes, edgeFrom, edgeTo } = network;
  const degree = new Int32Array(nodes.length);
  const edgeAtNode = new Int32Array(nodes.length);
  edgeFrom.forEach((u, e) => {
    degree[u]!++;
    degree[edgeTo[e]!]!++;
    edgeAtNode[u] = e;
    edgeAtNode[edgeTo[e]!] = e;
  });
  const problems: HealthProblem[] = [];
  nodes.forEach((p, n) => {
    if (degree[n] !== 1) return;
    let nearest = -1;
    let nearestMeters = options.gapMeters;
    for (const e of network.edgeIndex.query(boxOf([p], options.gapMeters))) {
      if (edgeFrom[e] === n || edgeTo[e] === n) continue;
      const d = pointSegmentDistance(p, nodes[edgeFrom[e]!]!, nodes[edgeTo[e]!]!);
      if (d < nearestMeters || (d === nearestMeters && nearest < 0)) [nearest, nearestMeters] = [e, d];
    }
    if (nearest < 0) return;
    const other = lines[lineOf[nearest]!]!.id;
    problems.push({
      source,
      featureId: lines[lineOf[edgeAtNode[n]!]!]!.id,
      message: `ends ${nearestMeters.toFixed(1)} m from walkway ${other} without joining it (vertices within ${options.snapMeters} m join); no walking across that gap`,
    });
  });
  return problems;
}

/** Every part of the network but the largest, reported once on its first line. */
function detachedParts(
  network: WalkNetwork,
  lines: readonly NetworkLine[],
  lineOf: number[],
  source: string,
): HealthProblem[] {
  const parent = Int32Array.from(network.nodes, (_, n) => n);
  const root = (n: number): number => {
    while (parent[n] !== n) n = parent[n] = parent[parent[n]!]!;
    return n;
  };
  network.edgeFrom.forEach((u, e) => {
    parent[root(u)] = root(network.edgeTo[e]!);
  });
  const parts = new Map<number, { edges: number; firstEdge: number }>();
  network.edgeFrom.forEach((u, e) => {
    const part = parts.get(root(u));
    if (part) part.edges++;
    else parts.set(root(u), { edges: 1, firstEdge: e });
  });
  const sorted = [...parts.values()].sort((a, b) => b.edges - a.edges || a.firstEdge - b.firstEdge);
  return sorted.slice(1).map((part) => ({
    source,
    featureId: lines[lineOf[part.firstEdge]!]!.id,
    message: `is in a part of the walk network (${part.edges} segments) not connected to the rest; homes there reach only what that part reaches`,
  }));
}
