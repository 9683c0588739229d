// What stands in each placement: era, structure, storeys and use, drawn per typology and role. The old core is
// older and lower (1960s–1980s 砖木/砖混 courtyard houses); walk-ups are 1980s–1990s 砖混; towers are 2000s+ 框剪.
import type { Role, Typology } from './layouts.ts';
import type { Rng } from './prng.ts';

export type Structure = '砖木' | '砖混' | '框架' | '框剪' | '钢结构';
export type Use = '居住' | '商业' | '办公' | '公共服务' | '工业' | '仓储';

export interface BuildingKind {
  yearBuilt: number;
  structure: Structure;
  use: Use;
  floors: number;
  floorHeightMeters: number;
  /** Pitched roof or parapet on top of the last floor. */
  roofMeters: number;
}

const DECADES_CORE = { 1960: 0.3, 1970: 0.3, 1980: 0.22, 1990: 0.12, 2000: 0.06 } as const;
const DECADES_SELF_BUILT = { 1980: 0.3, 1990: 0.4, 2000: 0.3 } as const;

function decadeYear(rng: Rng, weights: Readonly<Record<string, number>>): number {
  return Number(rng.weighted(weights)) + rng.int(0, 9);
}

function clampYear(year: number, min: number, max: number): number {
  return Math.round(Math.min(max, Math.max(min, year)));
}

/** coreFactor: 1 at the centre of the old town, 0 far from it. */
export function sampleKind(rng: Rng, typology: Typology, role: Role, coreFactor: number): BuildingKind {
  switch (role) {
    case 'house':
    case 'inner': {
      const year = decadeYear(rng, coreFactor > 0.35 ? DECADES_CORE : DECADES_SELF_BUILT);
      const structure: Structure =
        year < 1978
          ? rng.chance(0.6)
            ? '砖木'
            : '砖混'
          : year < 2000
            ? rng.chance(0.9)
              ? '砖混'
              : '砖木'
            : rng.chance(0.6)
              ? '砖混'
              : '框架';
      const floors =
        structure === '砖木'
          ? rng.weighted({ 1: 0.6, 2: 0.4 })
          : structure === '砖混'
            ? rng.weighted({ 2: 0.45, 3: 0.4, 4: 0.15 })
            : rng.int(3, 5);
      const use: Use = role === 'inner' ? '居住' : rng.weighted({ 居住: 0.8, 商业: 0.15, 办公: 0.03, 仓储: 0.02 });
      return kind(
        year,
        structure,
        use,
        Number(floors),
        rng.range(3, 3.3),
        structure === '砖木' ? rng.range(1.2, 2) : rng.range(0.6, 1.2),
      );
    }
    case 'shop':
      return kind(
        rng.int(1990, 2016),
        rng.chance(0.6) ? '框架' : '砖混',
        '商业',
        rng.int(2, 4),
        rng.range(4, 4.5),
        rng.range(0.6, 1.2),
      );
    case 'slab':
      if (typology === 'newSlab') {
        return kind(
          rng.int(2000, 2016),
          rng.chance(0.7) ? '框架' : '框剪',
          '居住',
          rng.int(6, 11),
          3,
          rng.range(0.9, 1.5),
        );
      }
      return kind(
        clampYear(1990 + 6 * rng.normal(), 1975, 2003),
        rng.chance(0.95) ? '砖混' : '框架',
        rng.chance(0.88) ? '居住' : '办公',
        Number(rng.weighted({ 5: 0.3, 6: 0.5, 7: 0.2 })),
        rng.range(2.8, 3),
        rng.range(0.9, 1.5),
      );
    case 'tower': {
      const office = typology === 'commercial' || rng.chance(0.15);
      const floors = Number(
        rng.weighted({ low: 0.4, mid: 0.4, high: 0.2 }) === 'low' ? rng.int(11, 17) : rng.int(18, 32),
      );
      return kind(rng.int(2004, 2023), '框剪', office ? '办公' : '居住', floors, office ? 3.8 : 3, rng.range(2, 4));
    }
    case 'podium':
      return kind(rng.int(2005, 2020), '框架', '商业', rng.int(2, 4), 4.5, rng.range(0.8, 1.5));
    case 'shed': {
      const year = rng.int(1962, 2012);
      const structure: Structure =
        year < 1985 ? (rng.chance(0.5) ? '砖混' : '框架') : rng.chance(0.7) ? '钢结构' : '框架';
      return kind(
        year,
        structure,
        rng.chance(0.85) ? '工业' : '仓储',
        rng.chance(0.85) ? 1 : 2,
        rng.range(6, 9),
        rng.range(0.5, 1.5),
      );
    }
    case 'office':
      return kind(
        rng.int(1965, 2005),
        rng.chance(0.6) ? '砖混' : '框架',
        '办公',
        rng.int(3, 5),
        3.3,
        rng.range(0.6, 1.2),
      );
    case 'hall': {
      const year = rng.int(1975, 2020);
      return kind(
        year,
        year < 1990 ? '砖混' : '框架',
        '公共服务',
        rng.int(3, 6),
        rng.range(3.6, 3.9),
        rng.range(0.8, 1.5),
      );
    }
  }
}

function kind(
  yearBuilt: number,
  structure: Structure,
  use: Use,
  floors: number,
  floorHeightMeters: number,
  roofMeters: number,
): BuildingKind {
  return { yearBuilt, structure, use, floors, floorHeightMeters, roofMeters };
}
