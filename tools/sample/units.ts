// Renewal units as polygons along street centrelines around their cells; a building belongs to the unit that
// contains its footprint centroid (DESIGN §3 renewalUnitId).
import { ringCentroid, ringContains } from '../../src/geometry/ring.ts';
import type { Block } from './blocks.ts';
import type { Building } from './buildings.ts';
import type { Quad } from './geom.ts';
import type { Typology } from './layouts.ts';
import type { Network, SuperBlock } from './network.ts';
import { cellIndices, cellRangeQuad, type CellRange } from './plan.ts';
import { UNIT_SPECS, type UnitSpec } from './unit-specs.ts';

export interface RenewalUnit {
  spec: UnitSpec;
  polygon: Quad;
}

export function findSuperBlock(network: Network, range: Pick<CellRange, 'i' | 'j'>): SuperBlock {
  const found = network.superBlocks.find((s) => s.i === range.i && s.j === range.j);
  if (!found) throw new Error(`No super-block ${range.i},${range.j}`);
  return found;
}

export function buildUnits(network: Network): RenewalUnit[] {
  return UNIT_SPECS.map((spec) => ({ spec, polygon: cellRangeQuad(findSuperBlock(network, spec.cells), spec.cells) }));
}

export function isBlockInRange(block: Block, range: CellRange): boolean {
  const { i, j } = block.superBlock;
  if (i !== range.i || j !== range.j) return false;
  const { k, l } = cellIndices(block.superBlock, range);
  return block.k >= k[0] && block.k < k[1] && block.l >= l[0] && block.l < l[1];
}

export function unitFabric(units: RenewalUnit[], block: Block): Partial<Record<Typology, number>> | undefined {
  return units.find((unit) => isBlockInRange(block, unit.spec.cells))?.spec.fabric;
}

export function assignUnits(buildings: Building[], units: RenewalUnit[]): void {
  for (const building of buildings) {
    const centre = ringCentroid(building.ring);
    building.renewalUnitId = units.find((unit) => ringContains(unit.polygon, ...centre))?.spec.id ?? '';
  }
}
