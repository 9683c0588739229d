// Everything the health check measures, in one local plane: homes (residential buildings) at their footprint's
// centroid, green spaces with their computed area and size class, facilities, and the walk network with every home
// already snapped to it (done once, shared by every search).
import type { LonLat } from '../building-record.ts';
import { buildBoxIndex, type BoxIndex } from '../../geometry/box-index.ts';
import { type LocalPlane, planeAround } from '../../geometry/local-plane.ts';
import { polygonArea, ringCentroid } from '../../geometry/ring.ts';
import type { Ring, Vec2 } from '../../geometry/types.ts';
import { openRing } from '../townscape/footprint.ts';
import type { SafetyGrade } from '../units/safety-grade.ts';
import type { Facility, GreenSpace, WalkLine } from './health-features.ts';
import type { HealthProblem } from './health-problem.ts';
import { PARK_SERVICE_RULES } from './health-thresholds.ts';
import { type NetworkPoint, snapToNetwork } from './network-snap.ts';
import { buildWalkNetwork, type WalkNetwork } from './walk-network.ts';

export interface HomeInput {
  layerId: string;
  featureId: string;
  footprint: LonLat[];
  /** The weight of the home in every share (gross floor area), m². */
  floorAreaM2: number;
  unitId: string | null;
  safetyGrade: SafetyGrade;
  yearBuilt: number | null;
}

export interface Home extends Omit<HomeInput, 'footprint'> {
  /** Where the home is walked from: its footprint's centroid. */
  point: Vec2;
}

export interface LocalGreenSpace {
  id: string;
  /** Polygons in local metres, each outer ring first. */
  polygons: Ring[][];
  areaM2: number;
  /** Ids of the PARK_SERVICE_RULES the space is large enough for. */
  serves: string[];
}

export interface LocalFacility {
  id: string;
  category: string;
  point: Vec2;
}

export interface HealthScene {
  homes: Home[];
  greenSpaces: LocalGreenSpace[];
  facilities: LocalFacility[];
  /** Null when the project has no walk network: only straight-line distances then. */
  network: WalkNetwork | null;
  homesOnNetwork: (NetworkPoint | null)[];
  /** Over the homes' points. */
  homeIndex: BoxIndex;
  /** The local frame, to draw results back on the map. */
  plane: LocalPlane;
  problems: HealthProblem[];
}

export interface SceneInput {
  homes: readonly HomeInput[];
  greenSpaces: readonly GreenSpace[];
  facilities: readonly Facility[];
  walkLines: readonly WalkLine[] | null;
  /** The walk network's layer, for its problems. */
  networkSource: string;
}

export function prepareHealthScene(input: SceneInput): HealthScene {
  const plane = planeAround(input.homes.flatMap((home) => home.footprint.slice(0, 1)));
  const local = (ring: readonly LonLat[]) => openRing(ring.map(([lon, lat]) => plane.toLocal(lon, lat)));
  // A footprint's centroid in lon/lat, then projected: over a building the projection is affine to far below a
  // centimetre, and one point instead of every corner is most of the scene's cost at 100,000 homes.
  const homes = input.homes.map(({ footprint, ...home }) => ({
    ...home,
    point: plane.toLocal(...ringCentroid(openRing(footprint.map(([lon, lat]): Vec2 => [lon, lat])))),
  }));
  const greenSpaces = input.greenSpaces.map((space) => {
    const polygons = space.polygons.map((rings) => rings.map(local));
    const areaM2 = polygons.reduce((sum, rings) => sum + polygonArea(rings), 0);
    const serves = PARK_SERVICE_RULES.filter((rule) => areaM2 >= rule.minAreaM2).map((rule) => rule.id);
    return { id: space.id, polygons, areaM2, serves };
  });
  const facilities = input.facilities.map((f) => ({
    id: f.id,
    category: f.category,
    point: plane.toLocal(...f.position),
  }));
  const homeIndex = buildBoxIndex(homes.map(({ point: [x, y] }) => ({ minX: x, minY: y, maxX: x, maxY: y })));
  if (!input.walkLines)
    return { homes, greenSpaces, facilities, network: null, homesOnNetwork: [], homeIndex, plane, problems: [] };
  const built = buildWalkNetwork(
    input.walkLines.map((line) => ({
      id: line.id,
      oneWay: line.oneWay,
      lines: line.lines.map((l) => l.map((p) => plane.toLocal(...p))),
    })),
    input.networkSource,
  );
  const network = built.network.edgeFrom.length > 0 ? built.network : null;
  const homesOnNetwork = network ? homes.map((home) => snapToNetwork(network, home.point)) : [];
  return { homes, greenSpaces, facilities, network, homesOnNetwork, homeIndex, plane, problems: built.problems };
}
