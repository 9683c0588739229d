import { describe, expect, it } from 'vitest';
import { validateGeoJsonStyle, validateTilesStyle } from '../../../src/config/validate-styles.ts';
import type { Problem } from '../../../src/config/project-types.ts';

describe('validateTilesStyle', () => {
  it('normalises the colour and checks the screen-space error', () => {
    const problems: Problem[] = [];
    expect(validateTilesStyle({ color: '#ddd' }, '$.s', problems)).toEqual({
      color: '#dddddd',
      maximumScreenSpaceError: 16,
    });
    validateTilesStyle({ maximumScreenSpaceError: 0 }, '$.s', problems);
    expect(problems).toEqual([
      { path: '$.s.maximumScreenSpaceError', message: expect.stringMatching(/from 1 to 1024 .* found the number 0/) },
    ]);
  });
});

describe('validateGeoJsonStyle', () => {
  it('accepts a full style', () => {
    const problems: Problem[] = [];
    const style = validateGeoJsonStyle(
      {
        fill: 'steelblue',
        fillOpacity: 0.4,
        stroke: 'rgba(255,255,255,0.5)',
        strokeWidthPx: 3,
        clampTo: 'tiles',
        labelProperty: 'name',
        pointSizePx: 10,
      },
      '$.s',
      problems,
    );
    expect(problems).toEqual([]);
    expect(style).toEqual({
      fill: '#4682b4',
      fillOpacity: 0.4,
      stroke: '#ffffff80',
      strokeWidthPx: 3,
      clampTo: 'tiles',
      labelProperty: 'name',
      pointSizePx: 10,
    });
  });

  it('accepts colour-by-property with a default for unlisted values', () => {
    const problems: Problem[] = [];
    const style = validateGeoJsonStyle(
      { fill: { property: 'mode', values: { 拆除新建: '#d73027', 整治提升: 'gold' } } },
      '$.s',
      problems,
    );
    expect(problems).toEqual([]);
    expect(style.fill).toEqual({
      property: 'mode',
      values: { 拆除新建: '#d73027', 整治提升: '#ffd700' },
      default: '#999999',
    });
  });

  it('reports every bad entry with its path', () => {
    const problems: Problem[] = [];
    validateGeoJsonStyle(
      {
        fill: { property: '', values: { 拆除新建: 'reddish', 'a b': 7 }, default: '#12' },
        clampTo: 'terrain',
        fillOpacity: -0.1,
        labelProperty: 3,
        stroke: 255,
      },
      '$.s',
      problems,
    );
    expect(problems.map((p) => p.path)).toEqual([
      '$.s.fillOpacity',
      '$.s.stroke',
      '$.s.clampTo',
      '$.s.fill.property',
      '$.s.fill.default',
      '$.s.fill.values.拆除新建',
      '$.s.fill.values["a b"]',
      '$.s.labelProperty',
    ]);
    expect(problems[2].message).toBe('clampTo must be one of "ground", "tiles", "none", found the string "terrain"');
  });
});
