// A proposal (方案) shown in the city: its buildings replace the existing ones on its site. The site is the convex
// hull of the proposal's footprints; an existing building whose footprint centre lies on it is taken as demolished.
// One rule for the analyses (withProposal) and for the display (the scheme picker hides replacedBuildings).
import type { BuildingRecord } from '../building-record.ts';
import { projectFootprint } from './footprint.ts';
import { hullOfPoints } from '../../geometry/convex-hull.ts';
import { localPlane } from '../../geometry/local-plane.ts';
import { ringContains } from '../../geometry/ring.ts';

/** The existing buildings the proposal replaces (those whose footprint centre lies on its site), in their order. */
export function replacedBuildings(
  existing: readonly BuildingRecord[],
  proposal: readonly BuildingRecord[],
): BuildingRecord[] {
  const first = proposal[0]?.footprint[0];
  if (!first) return [];
  const frame = localPlane(first[0], first[1]);
  const site = hullOfPoints(proposal.flatMap((building) => projectFootprint(building, frame)));
  return existing.filter((building) => {
    const ring = projectFootprint(building, frame);
    if (ring.length === 0) return false;
    const cx = ring.reduce((sum, p) => sum + p[0], 0) / ring.length;
    const cy = ring.reduce((sum, p) => sum + p[1], 0) / ring.length;
    return ringContains(site, cx, cy);
  });
}

/** The city with the proposal in place: the existing buildings it does not replace, then the proposal's. */
export function withProposal(
  existing: readonly BuildingRecord[],
  proposal: readonly BuildingRecord[],
): BuildingRecord[] {
  const replaced = new Set(replacedBuildings(existing, proposal));
  return [...existing.filter((building) => !replaced.has(building)), ...proposal];
}
