// Walking distance from each home to the nearest of a set of destinations along the network. Homes and
// destinations sit on edges (network-snap.ts), not on nodes: a destination seeds the two ends of its edge with the
// walk to them, one search against the walking direction spreads that to every node, and a home takes the better of
// its edge's two ends — or walks straight along its edge when a destination is on the same one.
import { multiSourceDijkstra } from './dijkstra.ts';
import type { NetworkPoint } from './network-snap.ts';
import type { WalkNetwork } from './walk-network.ts';

/** Per home (null: not on the network), metres; Infinity where no destination can be walked to. */
export function networkDistances(
  network: WalkNetwork,
  destinations: readonly NetworkPoint[],
  homes: readonly (NetworkPoint | null)[],
): Float64Array {
  const { edgeFrom, edgeTo, edgeLength, edgeOneWay } = network;
  const onEdge = new Map<number, NetworkPoint[]>();
  for (const d of destinations) {
    const sharing = onEdge.get(d.edge);
    if (sharing) sharing.push(d);
    else onEdge.set(d.edge, [d]);
  }
  const toNearest = nodeDistances(network, destinations);
  return Float64Array.from(homes, (home) => {
    if (!home) return Infinity;
    const length = edgeLength[home.edge]!;
    const oneWay = edgeOneWay[home.edge] === 1;
    let best = (1 - home.t) * length + toNearest[edgeTo[home.edge]!]!;
    if (!oneWay) best = Math.min(best, home.t * length + toNearest[edgeFrom[home.edge]!]!);
    for (const d of onEdge.get(home.edge) ?? []) {
      const along = d.t - home.t;
      if (!oneWay || along >= 0) best = Math.min(best, Math.abs(along) * length + d.offsetMeters);
    }
    return best + home.offsetMeters;
  });
}

/** Per node, the walk from it to the nearest destination, metres (Infinity: none can be walked to). */
export function nodeDistances(network: WalkNetwork, destinations: readonly NetworkPoint[]): Float64Array {
  const { edgeFrom, edgeTo, edgeLength, edgeOneWay } = network;
  const seed = new Float64Array(network.nodes.length).fill(Infinity);
  for (const d of destinations) {
    const length = edgeLength[d.edge]!;
    // From the edge's start one walks forward to the destination; from its end only if the edge is two-way.
    const u = edgeFrom[d.edge]!;
    seed[u] = Math.min(seed[u]!, d.offsetMeters + d.t * length);
    if (!edgeOneWay[d.edge]) {
      const v = edgeTo[d.edge]!;
      seed[v] = Math.min(seed[v]!, d.offsetMeters + (1 - d.t) * length);
    }
  }
  return multiSourceDijkstra(
    { start: network.reverseStart, target: network.reverseTarget, length: network.reverseLength },
    seed,
  );
}
