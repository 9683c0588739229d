// Sections (剖切) through the buildings the analyses see, as the faces the viewer draws where its clipping planes cut
// the models open: a horizontal cut at an ellipsoid height gives each building standing through it its footprint at
// that height; a vertical cut along a line gives each building the line crosses a face from its base to its top over
// every stretch of the line inside its footprint. Buildings are prisms (footprint × height), the same model the
// height, skyline and sunlight checks use. Faces in a deterministic order: along the line, then by layer and feature.
import { localPlane } from '../../geometry/local-plane.ts';
import { boxesOverlap, boxOf, ringContains } from '../../geometry/ring.ts';
import { segmentIntersection } from '../../geometry/segments.ts';
import type { Vec2 } from '../../geometry/types.ts';
import type { BuildingRecord, LonLat } from '../building-record.ts';

export interface HorizontalCutFace {
  layerId: string;
  featureId: string;
  ring: LonLat[];
  heightMeters: number;
}

export interface VerticalCutFace {
  layerId: string;
  featureId: string;
  from: LonLat;
  to: LonLat;
  /** Where the face starts and ends along the cut line, metres from its start. */
  fromMeters: number;
  toMeters: number;
  bottomMeters: number;
  topMeters: number;
}

export interface VerticalSection {
  lengthMeters: number;
  faces: VerticalCutFace[];
}

const byFeature = (a: { layerId: string; featureId: string }, b: { layerId: string; featureId: string }) =>
  a.layerId.localeCompare(b.layerId) || a.featureId.localeCompare(b.featureId);

const standing = (b: BuildingRecord): b is BuildingRecord & { heightMeters: number } =>
  b.footprint.length >= 3 && b.heightMeters !== null && b.heightMeters > 0;

/** The buildings standing through `heightMeters` (ellipsoid height): their footprints at that height. */
export function horizontalSection(buildings: readonly BuildingRecord[], heightMeters: number): HorizontalCutFace[] {
  return buildings
    .filter(
      (b) => standing(b) && b.baseHeightMeters < heightMeters && heightMeters < b.baseHeightMeters + b.heightMeters,
    )
    .map((b) => ({ layerId: b.layerId, featureId: b.featureId, ring: b.footprint, heightMeters }))
    .sort(byFeature);
}

/** The faces a vertical cut from `from` to `to` opens through the buildings it crosses. */
export function verticalSection(buildings: readonly BuildingRecord[], from: LonLat, to: LonLat): VerticalSection {
  const plane = localPlane(...from);
  const start: Vec2 = [0, 0];
  const end = plane.toLocal(...to);
  const lengthMeters = Math.hypot(...end);
  const at = (t: number): Vec2 => [end[0] * t, end[1] * t];
  const faces: VerticalCutFace[] = [];
  if (lengthMeters === 0) return { lengthMeters, faces };
  const lineBox = boxOf([start, end]);
  for (const building of buildings) {
    if (!standing(building)) continue;
    const ring = building.footprint.map(([lon, lat]) => plane.toLocal(lon, lat));
    if (!boxesOverlap(boxOf(ring), lineBox)) continue;
    // Where the line enters and leaves the footprint: its crossings with the edges, and its ends.
    const stops = [0, 1];
    ring.forEach((a, i) => {
      const crossing = segmentIntersection(start, end, a, ring[(i + 1) % ring.length]!);
      if (crossing) stops.push(crossing.t);
    });
    stops.sort((a, b) => a - b);
    for (let k = 0; k + 1 < stops.length; k++) {
      const [t0, t1] = [stops[k]!, stops[k + 1]!];
      // A stretch inside the footprint has its middle inside; a touch at a corner has no length.
      if ((t1 - t0) * lengthMeters < 0.01 || !ringContains(ring, ...at((t0 + t1) / 2))) continue;
      const last = faces.at(-1);
      if (
        last &&
        last.featureId === building.featureId &&
        last.layerId === building.layerId &&
        last.toMeters === t0 * lengthMeters
      ) {
        // Crossings at a vertex split one stretch in two: join them.
        last.to = plane.toLonLat(...at(t1));
        last.toMeters = t1 * lengthMeters;
        continue;
      }
      faces.push({
        layerId: building.layerId,
        featureId: building.featureId,
        from: plane.toLonLat(...at(t0)),
        to: plane.toLonLat(...at(t1)),
        fromMeters: t0 * lengthMeters,
        toMeters: t1 * lengthMeters,
        bottomMeters: building.baseHeightMeters,
        topMeters: building.baseHeightMeters + building.heightMeters,
      });
    }
  }
  faces.sort((a, b) => a.fromMeters - b.fromMeters || byFeature(a, b));
  return { lengthMeters, faces };
}
