// A point off the network (a building's entrance, a facility, a point on a park's edge) joins it at the nearest
// point of the nearest edge, walked in a straight line.
import { pointSegmentDistance } from '../../geometry/segments.ts';
import type { Vec2 } from '../../geometry/types.ts';
import type { WalkNetwork } from './walk-network.ts';

export interface NetworkPoint {
  edge: number;
  /** Where along the edge, 0 at `edgeFrom` … 1 at `edgeTo`. */
  t: number;
  /** The straight walk from the point to the edge, metres. */
  offsetMeters: number;
}

/** Null for an empty network. */
export function snapToNetwork(network: WalkNetwork, p: Vec2): NetworkPoint | null {
  const { nodes, edgeFrom, edgeTo } = network;
  const found = network.edgeIndex.nearest(p[0], p[1], (e) =>
    pointSegmentDistance(p, nodes[edgeFrom[e]!]!, nodes[edgeTo[e]!]!),
  );
  if (!found) return null;
  const a = nodes[edgeFrom[found.item]!]!;
  const b = nodes[edgeTo[found.item]!]!;
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const t = Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy)));
  return { edge: found.item, t, offsetMeters: found.distance };
}
