import { describe, expect, it } from 'vitest';
import type { Problem } from '../../../src/config/project-types.ts';
import { validateHealth } from '../../../src/config/validate-health.ts';

describe('manifest health section', () => {
  it('reads targets by indicator id and an optional walking speed', () => {
    const problems: Problem[] = [];
    expect(
      validateHealth(
        { targets: { 'park-coverage': 0.9, 'height-limit-violations': 0 }, walkingSpeedMetersPerSecond: 1.1 },
        '$.health',
        problems,
      ),
    ).toEqual({ targets: { 'park-coverage': 0.9, 'height-limit-violations': 0 }, walkingSpeedMetersPerSecond: 1.1 });
    expect(validateHealth({}, '$.health', problems)).toEqual({ targets: {} });
    expect(validateHealth(undefined, '$.health', problems)).toBeUndefined();
    expect(problems).toEqual([]);
  });

  it('reports unknown indicators, shares out of 0…1 and a wrong speed by path', () => {
    const problems: Problem[] = [];
    expect(
      validateHealth(
        { targets: { 'park-coverage': 90, greenery: 1 }, walkingSpeedMetersPerSecond: 'fast' },
        '$.health',
        problems,
      ),
    ).toBeUndefined();
    expect(problems.map((p) => p.path)).toEqual([
      '$.health.targets["park-coverage"]',
      '$.health.targets.greenery',
      '$.health.walkingSpeedMetersPerSecond',
    ]);
    expect(validateHealth([], '$.health', problems)).toBeUndefined();
  });
});
