// 视廊: a sight volume from an eye to a target, `halfWidthMeters` either side of the sight line. Nothing inside may
// rise above the sight plane (level across the width, straight from eye height to target height, following the
// earth's curvature along the line). The building that holds the target is the target itself, and the one the eye
// stands in is the viewpoint; neither counts as an intrusion.
import type { BuildingRecord } from '../building-record.ts';
import { projectFootprint } from './footprint.ts';
import { buildBoxIndex } from '../../geometry/box-index.ts';
import { clipToConvex } from '../../geometry/clip.ts';
import { MEAN_EARTH_RADIUS_METERS } from '../../geometry/ellipsoid.ts';
import { localPlane } from '../../geometry/local-plane.ts';
import { boxOf, ringContains, signedArea } from '../../geometry/ring.ts';
import type { Vec2 } from '../../geometry/types.ts';
import type { TownscapeProblem } from './townscape-problem.ts';
import { featureIdOf, type ZoneFeature } from './zone-features.ts';
import type { EyePoint } from './skyline.ts';

export interface ViewCorridor {
  id: string;
  name: string;
  eye: EyePoint;
  target: EyePoint;
  halfWidthMeters: number;
}

export interface CorridorIntrusion {
  corridorId: string;
  layerId: string;
  featureId: string;
  /** How far the building rises above the sight plane, metres. */
  intrusionMeters: number;
}

/** Eye and target closer than this have no direction to look along. */
const MIN_LENGTH_METERS = 1;
const SLIVER_AREA_M2 = 0.5;

const isPoint = (value: unknown): value is EyePoint =>
  Array.isArray(value) &&
  value.length >= 3 &&
  value.slice(0, 3).every((n) => typeof n === 'number' && Number.isFinite(n));

/** Eye and target from properties `eye`/`target` ([lon, lat, heightMeters]) or else a 3D LineString's ends. */
export function readViewCorridors(
  features: readonly ZoneFeature[],
  source: string,
): { corridors: ViewCorridor[]; problems: TownscapeProblem[] } {
  const corridors: ViewCorridor[] = [];
  const problems: TownscapeProblem[] = [];
  for (const feature of features) {
    const id = featureIdOf(feature);
    const report = (message: string) => problems.push({ source, featureId: id, message });
    const line = feature.geometry.type === 'LineString' ? (feature.geometry.coordinates as number[][]) : [];
    const eye = isPoint(feature.properties.eye) ? feature.properties.eye : line[0];
    const target = isPoint(feature.properties.target) ? feature.properties.target : line[line.length - 1];
    const halfWidthMeters = feature.properties.halfWidthMeters;
    if (!isPoint(eye) || !isPoint(target)) {
      report(
        'a view corridor needs an eye and a target as [lon, lat, heightMeters] ("eye"/"target" properties or a 3D LineString); corridor not checked',
      );
      continue;
    }
    if (typeof halfWidthMeters !== 'number' || !(halfWidthMeters > 0)) {
      report(
        `"halfWidthMeters" must be a positive number of metres, found ${JSON.stringify(halfWidthMeters)}; corridor not checked`,
      );
      continue;
    }
    const [ex, ey] = localPlane(eye[0], eye[1]).toLocal(target[0], target[1]);
    if (Math.hypot(ex, ey) < MIN_LENGTH_METERS) {
      report('eye and target are at the same place, so the corridor has no direction; corridor not checked');
      continue;
    }
    const name = typeof feature.properties.name === 'string' ? feature.properties.name : id;
    corridors.push({
      id,
      name,
      eye: [eye[0], eye[1], eye[2]],
      target: [target[0], target[1], target[2]],
      halfWidthMeters,
    });
  }
  return { corridors, problems };
}

interface LocalCorridor {
  corridor: ViewCorridor;
  eye: Vec2;
  /** Unit vector eye → target, and its left normal. */
  along: Vec2;
  across: Vec2;
  lengthMeters: number;
  rectangle: Vec2[];
}

export function checkViewCorridors(
  buildings: readonly BuildingRecord[],
  corridors: readonly ViewCorridor[],
): { intrusions: CorridorIntrusion[]; problems: TownscapeProblem[] } {
  const intrusions: CorridorIntrusion[] = [];
  const problems: TownscapeProblem[] = [];
  if (corridors.length === 0) return { intrusions, problems };
  const frame = localPlane(corridors[0]!.eye[0], corridors[0]!.eye[1]);
  const local = corridors.map((corridor): LocalCorridor => {
    const eye = frame.toLocal(corridor.eye[0], corridor.eye[1]);
    const target = frame.toLocal(corridor.target[0], corridor.target[1]);
    const lengthMeters = Math.hypot(target[0] - eye[0], target[1] - eye[1]);
    const along: Vec2 = [(target[0] - eye[0]) / lengthMeters, (target[1] - eye[1]) / lengthMeters];
    const w = corridor.halfWidthMeters;
    return {
      corridor,
      eye,
      along,
      across: [-along[1], along[0]],
      lengthMeters,
      rectangle: [
        [0, -w],
        [lengthMeters, -w],
        [lengthMeters, w],
        [0, w],
      ],
    };
  });
  const index = buildBoxIndex(
    local.map(({ rectangle, eye, along, across }) =>
      boxOf(
        rectangle.map(
          ([u, v]) => [eye[0] + u * along[0] + v * across[0], eye[1] + u * along[1] + v * across[1]] as Vec2,
        ),
      ),
    ),
  );

  for (const building of buildings) {
    const footprint = projectFootprint(building, frame);
    if (footprint.length < 3) continue;
    for (const i of index.query(boxOf(footprint))) {
      const c = local[i]!;
      const uv = footprint.map(([x, y]): Vec2 => {
        const dx = x - c.eye[0],
          dy = y - c.eye[1];
        return [dx * c.along[0] + dy * c.along[1], dx * c.across[0] + dy * c.across[1]];
      });
      const inside = clipToConvex(uv, c.rectangle);
      if (inside.length < 3 || Math.abs(signedArea(inside)) < SLIVER_AREA_M2) continue;
      if (ringContains(uv, 0, 0) || ringContains(uv, c.lengthMeters, 0)) continue;
      if (building.heightMeters === null) {
        problems.push({
          source: building.layerId,
          featureId: building.featureId,
          message: `no height for a building in view corridor ${c.corridor.id}; not checked`,
        });
        continue;
      }
      const topMeters = building.baseHeightMeters + building.heightMeters;
      const intrusionMeters = Math.max(...inside.map(([u]) => topMeters - sightHeightMeters(c, u)));
      if (intrusionMeters > 0) {
        intrusions.push({
          corridorId: c.corridor.id,
          layerId: building.layerId,
          featureId: building.featureId,
          intrusionMeters,
        });
      }
    }
  }
  intrusions.sort(
    (a, b) =>
      b.intrusionMeters - a.intrusionMeters ||
      a.layerId.localeCompare(b.layerId) ||
      a.featureId.localeCompare(b.featureId),
  );
  return { intrusions, problems };
}

/** Height of the sight line `u` metres from the eye: straight in space, so it sags u(L−u)/2R against the curved ground. */
function sightHeightMeters(c: LocalCorridor, u: number): number {
  const t = Math.min(1, Math.max(0, u / c.lengthMeters));
  const straight = c.corridor.eye[2] + t * (c.corridor.target[2] - c.corridor.eye[2]);
  return straight - (u * (c.lengthMeters - u)) / (2 * MEAN_EARTH_RADIUS_METERS);
}
