// A building's footprint in local metres, cleaned of the closing point and repeated corners the data may carry.
import type { BuildingRecord } from '../building-record.ts';
import type { LocalPlane } from '../../geometry/local-plane.ts';
import type { Ring } from '../../geometry/types.ts';

export function projectFootprint(building: BuildingRecord, frame: LocalPlane): Ring {
  // One pass without intermediate arrays: this runs for every building of every check.
  const ring: Ring = [];
  for (const [lon, lat] of building.footprint) {
    const point = frame.toLocal(lon, lat);
    const last = ring[ring.length - 1];
    if (!last || last[0] !== point[0] || last[1] !== point[1]) ring.push(point);
  }
  const first = ring[0];
  if (ring.length > 1 && first![0] === ring[ring.length - 1]![0] && first![1] === ring[ring.length - 1]![1]) ring.pop();
  return ring;
}

/** Drops a repeated closing point and consecutive duplicates. */
export function openRing(ring: Ring): Ring {
  const open = ring.filter((p, i) => i === 0 || p[0] !== ring[i - 1]![0] || p[1] !== ring[i - 1]![1]);
  const last = open[open.length - 1];
  if (open.length > 1 && last![0] === open[0]![0] && last![1] === open[0]![1]) open.pop();
  return open;
}
