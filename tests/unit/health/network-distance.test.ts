import { describe, expect, it } from 'vitest';
import { networkDistances } from '../../../src/analysis/health/network-distance.ts';
import { type NetworkPoint, snapToNetwork } from '../../../src/analysis/health/network-snap.ts';
import { buildWalkNetwork, type NetworkLine, type WalkNetwork } from '../../../src/analysis/health/walk-network.ts';
import type { Vec2 } from '../../../src/geometry/types.ts';

/** The obvious way: every snapped point becomes a node that splits its edge, then one plain O(V²) Dijkstra per home
 * forward along the walking direction, the nearest destination taken at the end. */
function bruteForce(network: WalkNetwork, destinations: NetworkPoint[], homes: NetworkPoint[]): number[] {
  const arcs: [number, number, number][] = [];
  let nodeCount = network.nodes.length;
  const splitNode = new Map<NetworkPoint, number>();
  network.edgeFrom.forEach((u, e) => {
    const points = [...homes, ...destinations].filter((p) => p.edge === e).sort((a, b) => a.t - b.t);
    const chain = [{ node: u, t: 0 }];
    for (const p of points) {
      splitNode.set(p, nodeCount);
      chain.push({ node: nodeCount++, t: p.t });
    }
    chain.push({ node: network.edgeTo[e]!, t: 1 });
    for (let i = 1; i < chain.length; i++) {
      const meters = (chain[i]!.t - chain[i - 1]!.t) * network.edgeLength[e]!;
      arcs.push([chain[i - 1]!.node, chain[i]!.node, meters]);
      if (!network.edgeOneWay[e]) arcs.push([chain[i]!.node, chain[i - 1]!.node, meters]);
    }
  });
  const targets = destinations.map((d) => [splitNode.get(d)!, d.offsetMeters] as const);
  return homes.map((home) => {
    const distance = new Array<number>(nodeCount).fill(Infinity);
    const done = new Array<boolean>(nodeCount).fill(false);
    distance[splitNode.get(home)!] = 0;
    for (;;) {
      let n = -1;
      for (let i = 0; i < nodeCount; i++)
        if (!done[i] && distance[i]! < Infinity && (n < 0 || distance[i]! < distance[n]!)) n = i;
      if (n < 0) break;
      done[n] = true;
      for (const [a, b, meters] of arcs) if (a === n) distance[b] = Math.min(distance[b]!, distance[n]! + meters);
    }
    return Math.min(...targets.map(([node, offset]) => distance[node]! + offset)) + home.offsetMeters;
  });
}

function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const line = (id: string, points: Vec2[], oneWay = false): NetworkLine => ({ id, lines: [points], oneWay });

function compare(lines: NetworkLine[], destinationPoints: Vec2[], homePoints: Vec2[]) {
  const { network } = buildWalkNetwork(lines, 'walk.geojson');
  const snap = (p: Vec2) => snapToNetwork(network, p)!;
  const destinations = destinationPoints.map(snap);
  const homes = homePoints.map(snap);
  const fast = [...networkDistances(network, destinations, homes)];
  const slow = bruteForce(network, destinations, homes);
  fast.forEach((d, i) => {
    if (slow[i] === Infinity) expect(d).toBe(Infinity);
    else expect(d).toBeCloseTo(slow[i]!, 6);
  });
  return fast;
}

describe('network distances (multi-source search) against a per-home brute force', () => {
  it('walks around a block, off the network at both ends', () => {
    // A 100 m square block; the destination stands 5 m off the middle of the south side, the home 10 m off the
    // middle of the north side: 5 + 50 + 100 + 50 + 10 = 215 m either way round.
    const block = line('block', [
      [0, 0],
      [100, 0],
      [100, 100],
      [0, 100],
      [0, 0],
    ]);
    expect(compare([block], [[50, -5]], [[50, 110]])).toEqual([215]);
  });

  it('respects one-way edges, which make to and from differ', () => {
    // A one-way loop walked anticlockwise: from the home at (100, 50) on the east side to (0, 50) on the west side
    // is 50 + 100 + 50 = 200 m; the way back would be the same length but the reverse order is forbidden.
    const loop = line(
      'loop',
      [
        [0, 0],
        [100, 0],
        [100, 100],
        [0, 100],
        [0, 0],
      ],
      true,
    );
    const there = compare([loop], [[0, 50]], [[100, 50]]);
    expect(there[0]).toBeCloseTo(200);
    // On the same edge, behind the destination: all the way round (300 m ahead + 50 back … ) not 20 m back.
    const behind = compare([loop], [[40, 0]], [[60, 0]]);
    expect(behind[0]).toBeCloseTo(380);
    const ahead = compare([loop], [[60, 0]], [[40, 0]]);
    expect(ahead[0]).toBeCloseTo(20);
  });

  it('finds nothing across a disconnected part', () => {
    const west = line('west', [
      [0, 0],
      [100, 0],
    ]);
    const east = line('east', [
      [300, 0],
      [400, 0],
    ]);
    expect(
      compare(
        [west, east],
        [[350, 0]],
        [
          [50, 0],
          [310, 5],
        ],
      ),
    ).toEqual([Infinity, 45]);
  });

  it('agrees on random graphs with one-way edges and several destinations', () => {
    for (let seed = 1; seed <= 12; seed++) {
      const next = random(seed);
      const points: Vec2[] = Array.from({ length: 14 }, () => [Math.round(next() * 400), Math.round(next() * 400)]);
      const lines = Array.from({ length: 22 }, (_, i) => {
        const a = points[Math.floor(next() * points.length)]!;
        const b = points[Math.floor(next() * points.length)]!;
        return line(`L${i}`, [a, b], next() < 0.3);
      }).filter((l) => l.lines[0]![0] !== l.lines[0]![1]);
      const around = (): Vec2 => [next() * 420 - 10, next() * 420 - 10];
      compare(lines, Array.from({ length: 1 + (seed % 4) }, around), Array.from({ length: 15 }, around));
    }
  });
});
