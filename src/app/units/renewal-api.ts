// window.cim additions of the renewal feature (README, "Scripting API"). Results are plain data; they wait for the
// units and buildings to be read.
import type { RenewalUnit } from '../../analysis/units/renewal-unit.ts';
import { THEMATIC_MODES, type BuildingFilter, type ThematicMode } from '../../analysis/units/thematic.ts';
import type { UnitIndicators } from '../../analysis/units/unit-indicators.ts';
import type { Renewal } from './renewal-feature.ts';
import { argumentError, UnknownItemError } from '../api-errors.ts';

/** A unit as cim.renewalUnits() gives it: the analysis's record without its MultiPolygon parts. */
export type CimRenewalUnit = Pick<RenewalUnit, 'id' | 'name' | 'category' | 'mode' | 'phase' | 'controls' | 'polygon'>;

export interface RenewalApi {
  renewalUnits(): Promise<CimRenewalUnit[]>;
  unitIndicators(unitId: string): Promise<UnitIndicators>;
  /** Colours every building of the city layers by a thematic mode, 'none' restores the layer style. */
  setThematic(mode: ThematicMode): Promise<void>;
  /** The thematic mode shown now ('none' when the layer style shows). */
  thematic(): ThematicMode;
  /** Shows only the buildings that pass; resolves to how many are left visible. `{}` shows all again. */
  filterBuildings(filter: BuildingFilter): Promise<number>;
}

export function createRenewalApi(renewal: Renewal): RenewalApi {
  return {
    async renewalUnits() {
      const data = await renewal.loaded;
      return data.units.map(({ id, name, category, mode, phase, controls, polygon }) =>
        structuredClone({ id, name, category, mode, phase, controls, polygon }),
      );
    },
    async unitIndicators(unitId) {
      const indicators = (await renewal.loaded).indicators.get(unitId);
      if (!indicators) throw new UnknownItemError('cim.unitIndicators', 'renewal unit', unitId);
      return structuredClone(indicators);
    },
    thematic: () => renewal.store.get().thematic,
    async setThematic(mode) {
      if (!THEMATIC_MODES.includes(mode))
        throw argumentError('cim.setThematic', `unknown thematic mode '${mode}': use ${THEMATIC_MODES.join(', ')}`);
      await renewal.loaded;
      renewal.setThematic(mode);
    },
    async filterBuildings(filter) {
      await renewal.loaded;
      return renewal.filterBuildings(filter ?? {});
    },
  };
}
