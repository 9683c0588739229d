// Each home's distance to the nearest of a set of destinations (green spaces of a size class, facilities of a
// category), straight or along the walk network. A polygon is reached at its edge, and a home inside it is at 0;
// along the network a polygon is entered from points every few metres along its outer rings.
import { buildBoxIndex } from '../../geometry/box-index.ts';
import { boxOf, polygonContains } from '../../geometry/ring.ts';
import { pointSegmentDistance } from '../../geometry/segments.ts';
import type { Ring, Vec2 } from '../../geometry/types.ts';
import type { HealthScene } from './health-scene.ts';
import { snapToNetwork } from './network-snap.ts';
import { networkDistances } from './network-distance.ts';

export type DistanceMode = 'network' | 'straight';

/** A point destination is a polygon of one ring with one point. */
export type Destination = Ring[];

/** Spacing of the points a polygon is entered from along the network, metres (a park's gates are unknown). */
export const ACCESS_SPACING_METERS = 25;

/** Per home, metres; Infinity where no destination is reachable. */
export function siteDistances(
  scene: HealthScene,
  destinations: readonly Destination[],
  mode: DistanceMode,
): Float64Array {
  const index = buildBoxIndex(destinations.map((rings) => boxOf(rings[0]!)));
  const straight = (p: Vec2, d: number) => polygonDistance(destinations[d]!, p);
  if (mode === 'straight' || !scene.network) {
    return Float64Array.from(
      scene.homes,
      (home) => index.nearest(home.point[0], home.point[1], (d) => straight(home.point, d))?.distance ?? Infinity,
    );
  }
  const network = scene.network;
  const access = destinations.flatMap((rings) => accessPoints(rings[0]!)).map((p) => snapToNetwork(network, p)!);
  const walked = networkDistances(network, access, scene.homesOnNetwork);
  // Homes inside a polygon, found per polygon (a few thousand) rather than per home (a hundred thousand).
  for (const rings of destinations) {
    if (rings[0]!.length < 3) continue;
    for (const h of scene.homeIndex.query(boxOf(rings[0]!))) {
      const [x, y] = scene.homes[h]!.point;
      if (polygonContains(rings, x, y)) walked[h] = 0;
    }
  }
  return walked;
}

function polygonDistance(rings: Ring[], p: Vec2): number {
  if (rings[0]!.length > 2 && polygonContains(rings, p[0], p[1])) return 0;
  let best = Infinity;
  for (const ring of rings)
    for (let i = 0; i < ring.length; i++)
      best = Math.min(best, pointSegmentDistance(p, ring[i]!, ring[(i + 1) % ring.length]!));
  return best;
}

/** The ring's corners and points between them no more than ACCESS_SPACING_METERS apart. */
export function accessPoints(ring: Ring): Vec2[] {
  if (ring.length === 1) return ring;
  return ring.flatMap((a, i) => {
    const b = ring[(i + 1) % ring.length]!;
    const steps = Math.max(1, Math.ceil(Math.hypot(b[0] - a[0], b[1] - a[1]) / ACCESS_SPACING_METERS));
    return Array.from(
      { length: steps },
      (_, s): Vec2 => [a[0] + ((b[0] - a[0]) * s) / steps, a[1] + ((b[1] - a[1]) * s) / steps],
    );
  });
}
