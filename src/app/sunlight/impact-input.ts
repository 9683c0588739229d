// What a scheme's before/after impact is computed on: the city as it stands (visible non-proposal layers) split into
// what stays and what the scheme replaces (proposal-scene.ts), the scheme's buildings, and which of them are
// dwellings held to which rule (manifest `sunlight`: residential and elderly uses, via the `use` attribute mapping).
import type { BuildingRecord } from '../../analysis/building-record.ts';
import type { ImpactDwelling, SchemeImpactInput } from '../../analysis/sunlight/scheme-impact.ts';
import { dwellingRules } from '../../analysis/sunlight/sunlight-rules.ts';
import { withProposal } from '../../analysis/townscape/proposal-scene.ts';
import type { Project } from '../../config/project-types.ts';

/** IFC's own names for a building's use and floors (Pset_BuildingCommon), where the mapped attributes are absent. */
const IFC_USE = 'Pset_BuildingCommon.OccupancyType';
const IFC_FLOORS = 'Pset_BuildingCommon.NumberOfStoreys';

/** The scheme's new housing is built in an old-district renewal (旧区改建, GB 50180-2018 §4.0.9-3): every proposal in
 * this app is a renewal scheme. */
const PROPOSALS_ARE_OLD_AREA_REBUILDS = true;

export function impactInput(
  project: Project,
  existing: readonly BuildingRecord[],
  proposal: readonly BuildingRecord[],
  year: number,
): SchemeImpactInput {
  const setting = project.sunlight!;
  const scene = new Set(withProposal(existing, proposal));
  const kept = existing.filter((b) => scene.has(b));
  const demolished = existing.filter((b) => !scene.has(b));
  const dwellings = (buildings: readonly BuildingRecord[], oldAreaRebuild: boolean): ImpactDwelling[] =>
    buildings.flatMap((b, building) => {
      const use = b.attributes[project.attributes.use] ?? b.attributes[IFC_USE];
      if (typeof use !== 'string') return [];
      const elderly = setting.elderlyUses.includes(use);
      if (!elderly && !setting.residentialUses.includes(use)) return [];
      const floors = b.attributes[project.attributes.floors] ?? b.attributes[IFC_FLOORS];
      return dwellingRules(setting, { elderly, oldAreaRebuild }).map((rule) => ({
        building,
        rule,
        ...(typeof floors === 'number' && floors > 0 ? { floors } : {}),
      }));
    });
  return {
    kept: plain(kept),
    demolished: plain(demolished),
    proposal: plain(proposal),
    year,
    dwellings: dwellings(kept, false),
    newHousing: dwellings(proposal, PROPOSALS_ARE_OLD_AREA_REBUILDS),
  };
}

/** The worker needs shapes and heights only: attributes stay behind. */
export const plain = (buildings: readonly BuildingRecord[]): BuildingRecord[] =>
  buildings.map(({ attributes: _, ...shape }) => ({ ...shape, attributes: {} }));
