// Eye-level viewpoints (人视点): the manifest's viewpoints marked "eyeLevel": true, from which skylines are judged (an
// aerial camera puts the whole city below the horizon and its "skyline" is a flat line).
import type { EyePoint } from '../../analysis/townscape/skyline.ts';
import type { Viewpoint } from '../../config/project-types.ts';
import { metersPerDegree } from '../../geometry/ellipsoid.ts';

/** How far an eye may be from an eye-level viewpoint and still count as standing there: a camera flown to the
 * viewpoint sits on it; turning the head does not move it. */
export const EYE_LEVEL_TOLERANCE_METERS = 2;

export const eyeLevelViewpoints = (viewpoints: readonly Viewpoint[]): Viewpoint[] =>
  viewpoints.filter((viewpoint) => viewpoint.eyeLevel === true);

/** The eye-level viewpoint the eye stands at, if any. */
export function eyeLevelViewpointAt(eye: EyePoint, viewpoints: readonly Viewpoint[]): Viewpoint | undefined {
  const perDegree = metersPerDegree(eye[1]);
  return eyeLevelViewpoints(viewpoints).find(({ view }) => {
    const east = (view.lon - eye[0]) * perDegree.east;
    const north = (view.lat - eye[1]) * perDegree.north;
    const up = view.heightMeters - eye[2];
    return Math.hypot(east, north, up) <= EYE_LEVEL_TOLERANCE_METERS;
  });
}
