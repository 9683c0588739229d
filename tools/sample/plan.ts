// The district plan: what character each super-block has, and where the renewal units and the heritage core sit,
// as fractions of a super-block's cells so the plan holds for every seed.
import type { Quad } from './geom.ts';
import type { Typology } from './layouts.ts';
import type { SuperBlock } from './network.ts';

export type Character = 'core' | 'walkup' | 'modern' | 'industrial' | 'station' | 'civic';

const CHARACTERS: Record<string, Character> = {
  '0,0': 'industrial',
  '1,0': 'walkup',
  '2,0': 'modern',
  '3,0': 'station',
  '0,1': 'walkup',
  '1,1': 'core',
  '2,1': 'core',
  '3,1': 'civic',
  '0,2': 'modern',
  '1,2': 'walkup',
  '2,2': 'walkup',
  '3,2': 'modern',
};

export function characterOf(superBlock: SuperBlock): Character {
  return CHARACTERS[`${superBlock.i},${superBlock.j}`] ?? 'walkup';
}

export const TYPOLOGY_WEIGHTS: Record<Character, Partial<Record<Typology, number>>> = {
  core: { courtyard: 0.85, walkup: 0.08, public: 0.04, commercial: 0.03 },
  walkup: { walkup: 0.7, courtyard: 0.12, public: 0.1, newSlab: 0.08 },
  modern: { towers: 0.45, newSlab: 0.3, public: 0.1, commercial: 0.15 },
  industrial: { industrial: 0.75, walkup: 0.25 },
  station: { courtyard: 0.4, walkup: 0.4, commercial: 0.2 },
  civic: { public: 0.45, walkup: 0.35, towers: 0.2 },
};

/** A rectangle of cells in one super-block, as fractions [0..1] of its cell counts. */
export interface CellRange {
  i: number;
  j: number;
  u: [number, number];
  v: [number, number];
}

/** Cell index ranges (end exclusive) of a fractional range, at least one cell wide. */
export function cellIndices(superBlock: SuperBlock, range: CellRange): { k: [number, number]; l: [number, number] } {
  const toIndex = (fractions: [number, number], count: number): [number, number] => {
    const start = Math.min(count - 1, Math.round(fractions[0] * count));
    return [start, Math.max(start + 1, Math.min(count, Math.round(fractions[1] * count)))];
  };
  return { k: toIndex(range.u, superBlock.uLines.length - 1), l: toIndex(range.v, superBlock.vLines.length - 1) };
}

/** The quad along the street centrelines around a cell range. */
export function cellRangeQuad(superBlock: SuperBlock, range: CellRange): Quad {
  const { k, l } = cellIndices(superBlock, range);
  const c = superBlock.corners;
  return [c[k[0]]![l[0]]!, c[k[1]]![l[0]]!, c[k[1]]![l[1]]!, c[k[0]]![l[1]]!];
}

export const HERITAGE_CORE: CellRange = { i: 1, j: 1, u: [0.375, 0.75], v: [0.375, 0.75] };
