// Existing buildings: every block is filled by its typology's layout, and each footprint gets an era, structure,
// storeys, use, an address on the street it faces and a dangerous-building grade.
import { ringCentroid } from '../../src/geometry/ring.ts';
import type { Block } from './blocks.ts';
import { sampleKind, type Structure, type Use } from './building-kinds.ts';
import { distance, subQuad, type Vec2 } from './geom.ts';
import { layoutBlock, type Typology } from './layouts.ts';
import { characterOf, TYPOLOGY_WEIGHTS } from './plan.ts';
import type { Rng } from './prng.ts';
import { sampleSafetyGrade, type SafetyGrade } from './safety-grade.ts';

export type Heritage = 'none' | '历史建筑' | '文物保护单位';

export interface Building {
  id: string;
  name: string;
  /** Footprint in local metres, counter-clockwise, without the closing point. */
  ring: Vec2[];
  heightMeters: number;
  floors: number;
  yearBuilt: number;
  structure: Structure;
  use: Use;
  safetyGrade: SafetyGrade;
  renewalUnitId: string;
  heritage: Heritage;
  blockId: string;
}

/** A block's typology weights when it lies in a renewal unit with a declared fabric. */
export type FabricOf = (block: Block) => Partial<Record<Typology, number>> | undefined;

const CORE_RADIUS_METERS = 900;

export function buildBuildings(rng: Rng, blocks: Block[], coreCentre: Vec2, fabricOf: FabricOf): Building[] {
  const buildings: Building[] = [];
  const houseNumbers = new Map<string, number>();
  const address = (street: string): string => {
    const number = (houseNumbers.get(street) ?? 0) + rng.int(1, 2);
    houseNumbers.set(street, number);
    return `${street}${number}号楼`;
  };
  for (const block of blocks) {
    const weights = fabricOf(block) ?? TYPOLOGY_WEIGHTS[characterOf(block.superBlock)];
    const typology = rng.weighted(weights as Record<Typology, number>);
    const q = block.buildable;
    const shape = {
      widthMeters: (distance(q[0], q[1]) + distance(q[3], q[2])) / 2,
      depthMeters: (distance(q[0], q[3]) + distance(q[1], q[2])) / 2,
      arterialSides: block.sides.map((side) => side.streetClass === '主干路'),
    };
    for (const placement of layoutBlock(rng, typology, shape)) {
      const ring = subQuad(q, placement.u0, placement.u1, placement.v0, placement.v1);
      const coreFactor = Math.max(0, 1 - distance(ringCentroid(ring), coreCentre) / CORE_RADIUS_METERS);
      const kind = sampleKind(rng, typology, placement.role, coreFactor);
      const heightMeters = Math.round((kind.floors * kind.floorHeightMeters + kind.roofMeters) * 10) / 10;
      buildings.push({
        id: `BLD-${String(buildings.length + 1).padStart(5, '0')}`,
        name: address(block.sides[placement.front].name),
        ring,
        heightMeters,
        floors: kind.floors,
        yearBuilt: kind.yearBuilt,
        structure: kind.structure,
        use: kind.use,
        safetyGrade: sampleSafetyGrade(rng, kind.yearBuilt, kind.structure),
        renewalUnitId: '',
        heritage: 'none',
        blockId: block.id,
      });
    }
  }
  return buildings;
}
