// Reading renewal units: canonical modes and categories, controls, and one message per bad unit.
import { describe, expect, it } from 'vitest';
import { readRenewalUnits } from '../../../src/analysis/units/renewal-unit.ts';
import { safetyGradeOf } from '../../../src/analysis/units/safety-grade.ts';
import { rect } from './units-fixtures.ts';

const polygon = { type: 'Polygon', coordinates: [rect(0, 0, 10, 10)] };

describe('readRenewalUnits', () => {
  it('reads a well-formed unit, accepting the English mode keyword', () => {
    const { units, problems } = readRenewalUnits([
      {
        id: 0,
        geometry: polygon,
        properties: {
          id: 'RU-01',
          name: '老街',
          category: 'heritage',
          mode: 'conserve',
          phase: '2025–2027',
          controls: { farMax: 1.2, coverageMax: 0.3, heightLimitMeters: 12 },
        },
      },
    ]);
    expect(problems).toEqual([]);
    expect(units[0]).toMatchObject({
      id: 'RU-01',
      name: '老街',
      category: '历史风貌类',
      mode: '保护传承',
      controls: { farMax: 1.2, coverageMax: 0.3, heightLimitMeters: 12 },
    });
    expect(units[0]!.polygon).toEqual(polygon.coordinates);
  });

  it('reports every problem of a unit in one message naming it, and keeps the unit', () => {
    const { units, problems } = readRenewalUnits([
      {
        id: 3,
        geometry: polygon,
        properties: { id: 'RU-X', mode: '推倒重来', category: '居住类', controls: { farMax: 'high' } },
      },
      { id: 4, geometry: polygon, properties: { name: 'no id, no controls', mode: '拆除新建', category: '居住类' } },
      { id: 5, geometry: { type: 'Point', coordinates: [114, 33] }, properties: { id: 'RU-P' } },
    ]);
    expect(units.map((u) => u.id)).toEqual(['RU-X', '4']);
    expect(units[0]!.mode).toBe('推倒重来'); // kept as given: drawn and counted under a neutral "other"
    expect(problems).toEqual([
      {
        featureId: 'RU-X',
        message: expect.stringMatching(
          /unknown renewal mode "推倒重来".*controls\.farMax must be a non-negative number/,
        ),
      },
      { featureId: '4', message: expect.stringMatching(/no controls/) },
      { featureId: 'RU-P', message: expect.stringMatching(/Polygon or MultiPolygon, found Point/) },
    ]);
  });
});

describe('safetyGradeOf', () => {
  it('reads A–D in either case and calls everything else unknown', () => {
    expect(['A', 'b', ' C ', 'D', 'E', '', null, 3].map(safetyGradeOf)).toEqual([
      'A',
      'B',
      'C',
      'D',
      'unknown',
      'unknown',
      'unknown',
      'unknown',
    ]);
  });
});
