import { describe, expect, it } from 'vitest';
import { healthIndicators } from '../../../src/analysis/health/health-indicators.ts';
import { heritageAtRisk } from '../../../src/analysis/health/heritage-risk.ts';
import { parkCoverage } from '../../../src/analysis/health/park-coverage.ts';
import { building, rect } from '../townscape/fixtures.ts';
import { townScene } from './town.ts';

const names = { heritage: 'heritage', safetyGrade: 'safetyGrade' };
const at = (id: string, heritage: string, safetyGrade: string) =>
  building(id, rect(0, 0, 10, 10), 10, { heritage, safetyGrade });

describe('heritage buildings at risk', () => {
  it('counts listed buildings graded C/D, and listed buildings a scheme removes', () => {
    const existing = [
      at('M1', '文物保护单位', 'C'),
      at('M2', '历史建筑', 'B'),
      at('M3', '历史建筑', 'B'),
      at('N1', 'none', 'D'),
      at('M4', '历史建筑', 'D'),
    ];
    expect(heritageAtRisk(existing, existing, names).map((r) => [r.featureId, r.reason])).toEqual([
      ['M1', 'dangerous'],
      ['M4', 'dangerous'],
    ]);
    // A scheme that clears M3 (and the unlisted N1) and restores M4 to grade B.
    const scheme = [existing[0]!, existing[1]!, at('M4', '历史建筑', 'B')];
    expect(heritageAtRisk(scheme, existing, names).map((r) => [r.featureId, r.reason])).toEqual([
      ['M1', 'dangerous'],
      ['M3', 'removed'],
    ]);
  });

  it('gives the townscape counts by unit against their targets; no skyline row without a control line', () => {
    const town = townScene();
    const input = {
      scene: town,
      parkNetwork: null,
      parkStraight: parkCoverage(town, 'straight'),
      circles: [],
      heritageAtRisk: [{ unitId: 'U1' }],
      targets: { 'heritage-at-risk': 0, 'skyline-breakers': 0 },
    };
    const rows = healthIndicators(input);
    const row = (id: string, unitId?: string) => rows.find((r) => r.id === id && r.unitId === unitId);
    expect(row('heritage-at-risk')).toMatchObject({ dimension: 'townscape', value: 1, target: 0, met: false });
    expect(row('heritage-at-risk', 'U2')).toMatchObject({ value: 0, met: true });
    expect(row('skyline-breakers')).toBeUndefined();
    const withLine = healthIndicators({ ...input, skylineBreakers: [] });
    expect(withLine.find((r) => r.id === 'skyline-breakers' && r.unitId === undefined)).toMatchObject({
      value: 0,
      met: true,
    });
  });
});
