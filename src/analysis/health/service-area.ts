// The ground each green space serves, for the map (the coverage numbers come from each home's own distance, not from
// these outlines). A space is drawn at its largest radius (a park's 500 m holds its 300 m).
// - Straight line: the space's outline grown by the radius, as the convex hull of circles around its corners —
//   exact for a convex space, the hull of a concave one.
// - Along the walk network: every node reached within the radius, with a circle of what is left of the radius
//   (at most SERVICE_AREA_OFF_NETWORK_METERS: a home walks only a short way to its street), the points where the
//   radius runs out along an edge, and the space itself; the outline is their convex hull. The hull fills in what
//   the network leaves out between reached streets (a block behind a river with one bridge is drawn served), so it
//   overstates a network area with deep notches; it follows a street grid's diamond closely.
import { hullOfPoints } from '../../geometry/convex-hull.ts';
import type { Ring, Vec2 } from '../../geometry/types.ts';
import type { HealthScene } from './health-scene.ts';
import { PARK_SERVICE_RULES } from './health-thresholds.ts';
import { nodeDistances } from './network-distance.ts';
import { snapToNetwork } from './network-snap.ts';
import { accessPoints, type DistanceMode } from './site-distances.ts';

/** How far off the street network a home's point may stand and still be drawn served. */
export const SERVICE_AREA_OFF_NETWORK_METERS = 40;
/** Corners of the circles the hulls are built from (error under 2 % of the radius). */
const CIRCLE_STEPS = 24;

export interface ServiceArea {
  greenSpaceId: string;
  /** The PARK_SERVICE_RULES id the area is drawn for. */
  ruleId: string;
  radiusMeters: number;
  /** Local metres, counter-clockwise, not closed. */
  ring: Ring;
}

const circle = ([x, y]: Vec2, radius: number): Vec2[] =>
  radius <= 0
    ? [[x, y]]
    : Array.from({ length: CIRCLE_STEPS }, (_, i): Vec2 => {
        const angle = (2 * Math.PI * i) / CIRCLE_STEPS;
        return [x + radius * Math.cos(angle), y + radius * Math.sin(angle)];
      });

export function serviceAreas(scene: HealthScene, mode: DistanceMode): ServiceArea[] {
  return scene.greenSpaces.flatMap((space) => {
    const rule = PARK_SERVICE_RULES.filter((r) => space.serves.includes(r.id)).at(-1);
    if (!rule) return [];
    const outlines = space.polygons.map((rings) => rings[0]!);
    const radius = rule.radiusMeters;
    const network = mode === 'network' ? scene.network : null;
    const points = network
      ? [
          ...outlines.flatMap((ring) => ring.flatMap((p) => circle(p, SERVICE_AREA_OFF_NETWORK_METERS))),
          ...reachedPoints(scene, outlines, radius),
        ]
      : outlines.flatMap((ring) => ring.flatMap((p) => circle(p, radius)));
    return [{ greenSpaceId: space.id, ruleId: rule.id, radiusMeters: radius, ring: hullOfPoints(points) }];
  });
}

/** Nodes within `radius` of the outlines along the network, with what is left for the walk off it, and the points
 * where the radius runs out along an edge. */
function reachedPoints(scene: HealthScene, outlines: readonly Ring[], radius: number): Vec2[] {
  const network = scene.network!;
  const access = outlines.flatMap(accessPoints).map((p) => snapToNetwork(network, p)!);
  const meters = nodeDistances(network, access);
  const { nodes, edgeFrom, edgeTo, edgeLength } = network;
  const points = nodes.flatMap((p, n) =>
    meters[n]! <= radius ? circle(p, Math.min(radius - meters[n]!, SERVICE_AREA_OFF_NETWORK_METERS)) : [],
  );
  edgeFrom.forEach((u, e) => {
    const v = edgeTo[e]!;
    // Walking on from the reached end of an edge whose other end is out of reach (either direction: a picture).
    for (const [near, far] of [
      [u, v],
      [v, u],
    ] as const) {
      const left = radius - meters[near]!;
      if (left < 0 || meters[far]! <= radius) continue;
      const t = Math.min(1, left / edgeLength[e]!);
      const a = nodes[near]!;
      const b = nodes[far]!;
      points.push([a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t]);
    }
  });
  return points;
}
