import { describe, expect, it } from 'vitest';
import {
  inSchemes,
  readFacilities,
  readGreenSpaces,
  readWalkLines,
} from '../../../src/analysis/health/health-features.ts';
import { buildWalkNetwork } from '../../../src/analysis/health/walk-network.ts';
import { lineFeature, pointFeature, polygonFeature } from './town.ts';

describe('bad health-check input, reported per feature', () => {
  it('reports a facility without a category or of the wrong shape, keeps the good ones', () => {
    const read = readFacilities(
      [
        pointFeature('F1', [0, 0], { category: 'kindergarten' }),
        pointFeature('F2', [0, 0]),
        pointFeature('F3', [0, 0], { category: 'school' }),
        polygonFeature('F4', [
          [0, 0],
          [1, 0],
          [1, 1],
        ]),
      ],
      'facilities.geojson',
    );
    expect(read.items.map((f) => f.id)).toEqual(['F1']);
    expect(read.problems.map((p) => [p.source, p.featureId])).toEqual([
      ['facilities.geojson', 'F2'],
      ['facilities.geojson', 'F3'],
      ['facilities.geojson', 'F4'],
    ]);
    expect(read.problems[0]!.message).toMatch(/"category" is missing; expected one of kindergarten/);
    expect(read.problems[1]!.message).toMatch(/"category" is "school"/);
    expect(read.problems[2]!.message).toMatch(/must be a Point, found Polygon/);
  });

  it('reports a green space that is not a polygon', () => {
    const read = readGreenSpaces([pointFeature('G1', [0, 0])], 'green.geojson');
    expect(read.items).toEqual([]);
    expect(read.problems).toEqual([
      {
        source: 'green.geojson',
        featureId: 'G1',
        message: expect.stringMatching(/Polygon or MultiPolygon, found Point/),
      },
    ]);
  });

  it('reports walkways that are not lines', () => {
    const read = readWalkLines([pointFeature('W1', [0, 0]), lineFeature('W2', [[0, 0]])], 'walk.geojson');
    expect(read.items).toEqual([]);
    expect(read.problems.map((p) => p.featureId)).toEqual(['W1', 'W2']);
  });

  it('joins vertices within the snap tolerance and reports gaps and detached parts', () => {
    const line = (id: string, points: [number, number][]) => ({ id, lines: [points], oneWay: false });
    const { network, problems } = buildWalkNetwork(
      [
        line('A', [
          [0, 0],
          [100, 0],
        ]),
        line('B', [
          [100.4, 0.3],
          [100, 100],
        ]), // joins A within 1 m
        line('C', [
          [50, -50],
          [50, -3],
        ]), // stops 3 m short of A
        line('D', [
          [500, 0],
          [600, 0],
        ]), // far away, on its own
      ],
      'walk.geojson',
    );
    expect(network.nodes.length).toBe(7);
    expect(problems.map((p) => [p.featureId, p.message.slice(0, 40)])).toEqual([
      ['C', 'ends 3.0 m from walkway A without joinin'],
      ['C', 'is in a part of the walk network (1 segm'],
      ['D', 'is in a part of the walk network (1 segm'],
    ]);
  });
});

describe('green spaces and facilities of a scheme', () => {
  it('counts a feature with a scheme only with that scheme in place, and reports a scheme that is not a text', () => {
    const read = readFacilities(
      [
        pointFeature('F1', [0, 0], { category: 'kindergarten' }),
        pointFeature('F2', [0, 0], { category: 'kindergarten', scheme: 'scheme-b' }),
        pointFeature('F3', [0, 0], { category: 'kindergarten', scheme: 7 }),
      ],
      'facilities.geojson',
    );
    expect(read.items.map((f) => [f.id, f.scheme])).toEqual([
      ['F1', null],
      ['F2', 'scheme-b'],
      ['F3', null],
    ]);
    expect(read.problems).toEqual([
      {
        source: 'facilities.geojson',
        featureId: 'F3',
        message: '"scheme" must be a proposal layer id (a text), found 7; counted as existing',
      },
    ]);
    const ids = (schemes: string[]) => inSchemes(read.items, schemes).map((f) => f.id);
    expect(ids([])).toEqual(['F1', 'F3']);
    expect(ids(['scheme-a'])).toEqual(['F1', 'F3']);
    expect(ids(['scheme-b'])).toEqual(['F1', 'F2', 'F3']);
  });
});
