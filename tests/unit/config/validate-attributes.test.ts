import { describe, expect, it } from 'vitest';
import { DEFAULT_ATTRIBUTES, validateAttributes } from '../../../src/config/validate-attributes.ts';
import type { Problem } from '../../../src/config/project-types.ts';

describe('validateAttributes', () => {
  it('defaults to the DESIGN.md §3 names', () => {
    expect(validateAttributes(undefined, '$.attributes', [])).toEqual(DEFAULT_ATTRIBUTES);
    expect(DEFAULT_ATTRIBUTES.renewalUnitId).toBe('renewalUnitId');
  });

  it('maps names, warns about unknown keys and rejects empty names', () => {
    const problems: Problem[] = [];
    const mapping = validateAttributes(
      { safetyGrade: '危房等级', floor: 'FLOOR', heightMeters: '', yearBuilt: 1990 },
      '$.attributes',
      problems,
    );
    expect(mapping).toEqual({ ...DEFAULT_ATTRIBUTES, safetyGrade: '危房等级' });
    expect(problems.map((p) => [p.path, p.severity])).toEqual([
      ['$.attributes.floor', 'warning'],
      ['$.attributes.heightMeters', undefined],
      ['$.attributes.yearBuilt', undefined],
    ]);
    expect(problems[0].message).toMatch(/"floor" is not a standard building attribute/);
    expect(problems[2].message).toMatch(/found the number 1990; "yearBuilt" is used/);
  });

  it('reports a non-object', () => {
    const problems: Problem[] = [];
    expect(validateAttributes(['id'], '$.attributes', problems)).toEqual(DEFAULT_ATTRIBUTES);
    expect(problems).toHaveLength(1);
  });
});
