import { describe, expect, it } from 'vitest';
import { validateSunlight } from '../../../src/config/validate-sunlight.ts';
import type { Problem } from '../../../src/config/project-types.ts';

describe('manifest sunlight section', () => {
  it('reads the climate zone, population, residential and elderly uses, with defaults', () => {
    const problems: Problem[] = [];
    expect(validateSunlight({ climateZone: 'Ⅲ', urbanPopulation: 700_000 }, '$.sunlight', problems)).toEqual({
      climateZone: 'Ⅲ',
      urbanPopulation: 700_000,
      residentialUses: ['居住', '住宅'],
      elderlyUses: ['养老', '老年公寓'],
    });
    expect(
      validateSunlight({ climateZone: 'Ⅲ', urbanPopulation: 1, residentialUses: ['R'] }, '$.sunlight', problems)
        ?.residentialUses,
    ).toEqual(['R']);
    expect(problems).toEqual([]);
    expect(validateSunlight(undefined, '$.sunlight', problems)).toBeUndefined();
  });

  it('reports each wrong entry by path and leaves the section out', () => {
    const problems: Problem[] = [];
    expect(
      validateSunlight(
        { climateZone: '3', urbanPopulation: -1, elderlyUses: 'x', residentialUses: [1], extra: 1 },
        '$.sunlight',
        problems,
      ),
    ).toBeUndefined();
    expect(problems.map((p) => p.path).sort()).toEqual([
      '$.sunlight.climateZone',
      '$.sunlight.elderlyUses',
      '$.sunlight.extra',
      '$.sunlight.residentialUses',
      '$.sunlight.urbanPopulation',
    ]);
    expect(validateSunlight([], '$.sunlight', problems)).toBeUndefined();
  });
});
