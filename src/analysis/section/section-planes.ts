// A section (剖切) as clipping planes in an east-north-up frame, for the viewer to cut its models with. A plane keeps
// the side its normal points to; a point is cut away only when it is behind every plane:
// - horizontal at an ellipsoid height: one plane facing down, through that height at the origin (the cut follows the
//   tangent plane there: d²/2R below the ellipsoid-height surface d metres away, 0.8 m at 3.2 km);
// - vertical from A to B: the slab left of A→B between A and B — one plane facing right, one facing back at A, one
//   facing forward at B — so the buildings beside the line are cut open and everything else stays whole.
import { localPlane } from '../../geometry/local-plane.ts';
import type { LonLat } from '../building-record.ts';

export type SectionRequest =
  | { kind: 'horizontal'; heightMeters: number }
  | { kind: 'vertical'; from: LonLat; to: LonLat };

export interface SectionPlanes {
  /** The ENU frame's origin: lon, lat degrees, ellipsoid height metres. */
  origin: [number, number, number];
  /** In the ENU frame: normal [east, north, up] towards what stays, and the offset d of n·p + d = 0. */
  planes: { normal: [number, number, number]; distanceMeters: number }[];
}

/** The planes of a section; a horizontal one is set at `centre` (the view's or the project's). */
export function sectionPlanes(request: SectionRequest, centre: LonLat): SectionPlanes {
  if (request.kind === 'horizontal')
    return { origin: [...centre, request.heightMeters], planes: [{ normal: [0, 0, -1], distanceMeters: 0 }] };
  const [east, north] = localPlane(...request.from).toLocal(...request.to);
  const length = Math.hypot(east, north);
  const [x, y] = [east / length, north / length];
  return {
    origin: [...request.from, 0],
    planes: [
      { normal: [y, -x, 0], distanceMeters: 0 },
      { normal: [-x, -y, 0], distanceMeters: 0 },
      { normal: [x, y, 0], distanceMeters: -length },
    ],
  };
}
