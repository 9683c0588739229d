// A camera pose that frames a renewal unit: looking north at it from the south, 45° down, far enough back that the
// whole unit fits a typical field of view.
import type { CameraView } from '../../config/project-types.ts';
import type { LonLat } from '../building-record.ts';
import { lonLatCentre, localPlane } from '../../geometry/local-plane.ts';

const PITCH_DEG = -45;
/** Distance to the unit's centre per metre of the unit's larger side (a ~60° field of view, with a margin). */
const DISTANCE_PER_SIZE = 1.4;
const MIN_DISTANCE_METERS = 250;

export function unitView(outer: readonly LonLat[]): CameraView {
  const centre = lonLatCentre(outer);
  const plane = localPlane(...centre);
  const points = outer.map(([lon, lat]) => plane.toLocal(lon, lat));
  const size = Math.max(...points.map(([x]) => Math.abs(x)), ...points.map(([, y]) => Math.abs(y))) * 2;
  const distance = Math.max(MIN_DISTANCE_METERS, size * DISTANCE_PER_SIZE);
  const pitch = (-PITCH_DEG * Math.PI) / 180;
  const back = distance * Math.cos(pitch); // south of the centre
  return {
    lon: centre[0],
    lat: plane.toLonLat(0, -back)[1],
    heightMeters: distance * Math.sin(pitch),
    headingDeg: 0,
    pitchDeg: PITCH_DEG,
    rollDeg: 0,
  };
}
