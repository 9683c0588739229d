// The area of a lon/lat polygon of district size, m²: its rings on the kernel's local plane through its own centre.
import { planeAround } from '../geometry/local-plane.ts';
import { polygonArea } from '../geometry/ring.ts';
import type { LonLat } from './building-record.ts';

/** Outer ring minus its holes, whatever their winding; open or closed rings. */
export function polygonAreaM2(rings: readonly (readonly LonLat[])[]): number {
  const outer = rings[0];
  if (!outer || outer.length < 3) return 0;
  const plane = planeAround(outer);
  return polygonArea(rings.map((ring) => ring.map(([lon, lat]) => plane.toLocal(lon, lat))));
}
