// Thematic classes, filters, the CSV export and the unit camera pose.
import { describe, expect, it } from 'vitest';
import { indicatorsCsv, type CsvHeader } from '../../../src/analysis/units/indicators-csv.ts';
import {
  matchesFilter,
  thematicClasses,
  thematicKey,
  THEMATIC_MODES,
  yearOf,
} from '../../../src/analysis/units/thematic.ts';
import { unitIndicators } from '../../../src/analysis/units/unit-indicators.ts';
import { unitView } from '../../../src/analysis/units/unit-view.ts';
import { NAMES, building, rect, unit } from './units-fixtures.ts';

const input = (over: Partial<Parameters<typeof thematicKey>[1]>) => ({
  grade: 'A',
  yearBuilt: 1995,
  heightMeters: 12,
  unitMode: '整治提升',
  ...over,
});

describe('thematic classes', () => {
  it('every key a mode can give has a legend entry with a distinct colour', () => {
    for (const mode of THEMATIC_MODES.filter((m) => m !== 'none')) {
      const classes = thematicClasses(mode);
      expect(new Set(classes.map((c) => c.color)).size).toBe(classes.length);
      const keys = new Set(classes.map((c) => c.key));
      const samples = [
        input({}),
        input({ grade: 'd', yearBuilt: 1975, heightMeters: 150, unitMode: undefined }),
        input({ grade: 'X', yearBuilt: 'n/a', heightMeters: null, unitMode: '推倒重来' }),
        input({ yearBuilt: 2015, heightMeters: 30 }),
      ];
      for (const sample of samples) expect(keys.has(thematicKey(mode, sample)), `${mode}`).toBe(true);
    }
  });

  it('classifies by grade, unit mode, period and height band', () => {
    expect(thematicKey('safetyGrade', input({ grade: 'c' }))).toBe('C');
    expect(thematicKey('renewalMode', input({ unitMode: undefined }))).toBe('outside');
    expect(thematicKey('renewalMode', input({ unitMode: '推倒重来' }))).toBe('unknown');
    expect(thematicKey('age', input({ yearBuilt: 1999 }))).toBe('1990s');
    expect(thematicKey('age', input({ yearBuilt: '2000' }))).toBe('2000s');
    expect(thematicKey('age', input({ yearBuilt: 0 }))).toBe('unknown');
    expect(thematicKey('height', input({ heightMeters: 24 }))).toBe('h24-54');
    expect(thematicKey('height', input({ heightMeters: 23.9 }))).toBe('h10-24');
    expect(thematicKey('none', input({}))).toBe('');
  });

  it('filters by grades and construction year; a missing year never passes "built before"', () => {
    expect(matchesFilter({ grades: ['C', 'D'] }, { grade: 'd', yearBuilt: 2010 })).toBe(true);
    expect(matchesFilter({ grades: ['C', 'D'] }, { grade: 'B', yearBuilt: 1960 })).toBe(false);
    expect(matchesFilter({ grades: ['unknown'] }, { grade: undefined, yearBuilt: 1960 })).toBe(true);
    expect(matchesFilter({ builtBefore: 2000 }, { grade: 'A', yearBuilt: 1999 })).toBe(true);
    expect(matchesFilter({ builtBefore: 2000 }, { grade: 'A', yearBuilt: 2000 })).toBe(false);
    expect(matchesFilter({ builtBefore: 2000 }, { grade: 'A', yearBuilt: '' })).toBe(false);
    expect(matchesFilter({}, { grade: 'A', yearBuilt: null })).toBe(true);
    expect([yearOf('1988'), yearOf(1e9), yearOf(1988.5)]).toEqual([1988, null, null]);
  });
});

describe('indicators CSV', () => {
  it('is UTF-8 with a BOM, CRLF rows, quoted where needed and safe from formula injection', () => {
    const u = { ...unit('RU-1', [rect(0, 0, 100, 100)], { farMax: 1 }), name: '老街, "东段"', mode: '=1+1' };
    const indicators = unitIndicators(u, [building('a', rect(0, 0, 10, 10), { floors: 2 })], NAMES);
    const keys: (keyof CsvHeader)[] = [
      'id',
      'name',
      'category',
      'mode',
      'phase',
      'areaM2',
      'buildingCount',
      'gfaM2',
      'far',
      'farMax',
      'coverage',
      'coverageMax',
      'maxHeightMeters',
      'heightLimitMeters',
      'gradeA',
      'gradeB',
      'gradeC',
      'gradeD',
      'gradeUnknown',
      'builtBefore2000',
      'exceeded',
    ];
    const csv = indicatorsCsv([{ unit: u, indicators }], Object.fromEntries(keys.map((k) => [k, k])) as CsvHeader);
    expect(csv.startsWith('\uFEFFid,name,')).toBe(true);
    const [, row] = csv.slice(1).split('\r\n');
    // The area is the unit's own on the ellipsoid (a hair under 100 m x 100 m); everything else is exact.
    expect(row).toMatch(
      /^RU-1,"老街, ""东段""",居住类,'=1\+1,2025–2027,(9999\.9|10000),1,200,0\.02,1,0\.01,,9,,0,0,0,0,1,0,$/,
    );
    expect(csv.endsWith('\r\n')).toBe(true);
  });
});

describe('unitView', () => {
  it('looks north at the unit from the south, 45° down, further back for a bigger unit', () => {
    const small = unitView(rect(0, 0, 100, 100));
    const big = unitView(rect(0, 0, 1000, 1000));
    expect(small).toMatchObject({ headingDeg: 0, pitchDeg: -45 });
    expect(big.heightMeters).toBeGreaterThan(small.heightMeters * 3);
    expect(big.lat).toBeLessThan(rect(0, 0, 1000, 1000)[0]![1]);
  });
});
