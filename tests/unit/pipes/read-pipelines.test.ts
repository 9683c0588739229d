import { describe, expect, it } from 'vitest';
import { parseGeoJson } from '../../../src/data/geojson/index.ts';
import { DEFAULT_PIPE_ATTRIBUTES } from '../../../src/data/pipes/pipe-attributes.ts';
import { readPipelines } from '../../../src/data/pipes/read-pipelines.ts';

const line = (
  properties: Record<string, unknown>,
  coordinates: number[][] = [
    [114.02, 32.98],
    [114.021, 32.98],
  ],
) => ({ type: 'Feature', geometry: { type: 'LineString', coordinates }, properties });

function read(features: unknown[], mapping = DEFAULT_PIPE_ATTRIBUTES) {
  const parsed = parseGeoJson({ type: 'FeatureCollection', features }, 'pipes.geojson');
  return { ...readPipelines(parsed.features, mapping), parseProblems: parsed.problems };
}

describe('readPipelines', () => {
  it('reads the DESIGN.md §3 contract: circle and rect pipes, depths, pressure, wells', () => {
    const { segments, wells, problems } = read([
      line({
        id: 'JS-1',
        class: 'JS',
        subtype: '给水',
        section: 'circle',
        diameterMm: 300,
        startDepthM: 1.2,
        endDepthM: 1.4,
      }),
      line({
        id: 'DL-1',
        class: 'DL',
        subtype: '电力排管',
        section: 'rect',
        widthMm: 800,
        heightMm: 600,
        startDepthM: 0.7,
        endDepthM: 0.7,
      }),
      line({ id: 'RQ-1', class: 'RQ', diameterMm: 150, startDepthM: 1, endDepthM: 1, pressure: '中压B' }),
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [114.02, 32.98] },
        properties: { id: 'W-1', class: 'JS', depthM: 2.1 },
      },
    ]);
    expect(problems).toEqual([]);
    expect(
      segments.map((s) => [s.id, s.pipeClass, s.section, s.widthMm, s.heightMm, s.startDepthM, s.endDepthM]),
    ).toEqual([
      ['JS-1', 'JS', 'circle', 300, 300, 1.2, 1.4],
      ['DL-1', 'DL', 'rect', 800, 600, 0.7, 0.7],
      ['RQ-1', 'RQ', 'circle', 150, 150, 1, 1],
    ]);
    expect(segments[2]!.pressure).toBe('中压B');
    expect(wells).toMatchObject([
      { id: 'W-1', pipeClass: 'JS', depthM: 2.1, position: [114.02, 32.98], defaulted: [] },
    ]);
  });

  it('maps other attribute names and Chinese class names', () => {
    const mapping = {
      ...DEFAULT_PIPE_ATTRIBUTES,
      id: 'GXBH',
      class: 'GXLB',
      diameterMm: 'GJ',
      startDepthM: 'QDMS',
      endDepthM: 'ZDMS',
    };
    const { segments, problems } = read([line({ GXBH: 'A1', GXLB: '雨水', GJ: '600', QDMS: 2.0, ZDMS: 2.3 })], mapping);
    expect(problems).toEqual([]);
    expect(segments[0]).toMatchObject({
      id: 'A1',
      pipeClass: 'PS',
      widthMm: 600,
      startDepthM: 2,
      endDepthM: 2.3,
      defaulted: [],
    });
  });

  it('repairs missing, negative and absurd values with marked defaults, one problem each', () => {
    const { segments, problems } = read([
      line({ id: 'X-1', class: 'JS', diameterMm: -300, startDepthM: 1.2 }),
      line({ id: 'X-2', class: 'PS', diameterMm: 400, startDepthM: 250, endDepthM: 'deep' }),
      line({ id: 'X-3', class: 'QQ', diameterMm: 100, startDepthM: 1, endDepthM: 1 }),
    ]);
    expect(segments.map((s) => [s.id, s.pipeClass, s.widthMm, s.startDepthM, s.endDepthM, s.defaulted])).toEqual([
      ['X-1', 'JS', 200, 1.2, 1.2, ['diameterMm', 'endDepthM']],
      ['X-2', 'PS', 400, 2, 2, ['startDepthM', 'endDepthM']],
      ['X-3', 'BM', 100, 1, 1, ['class']],
    ]);
    expect(problems.every((p) => p.severity === 'fixed')).toBe(true);
    expect(problems.map((p) => p.path)).toEqual([
      '$.features[0].properties.diameterMm',
      '$.features[0].properties.endDepthM',
      '$.features[1].properties.startDepthM',
      '$.features[1].properties.endDepthM',
      '$.features[2].properties.class',
    ]);
    expect(problems[0]!.message).toMatch(
      /^X-1: diameterMm -300 is not a value from 20 to 15000 mm; drawn with the default 200 mm$/,
    );
    expect(problems[2]!.message).toContain('250');
    expect(problems[4]!.message).toMatch(/unknown class "QQ"/);
  });

  it('skips broken geometries and other geometry types, and keeps the rest', () => {
    const { segments, problems, parseProblems } = read([
      line({ id: 'S-1', class: 'JS', diameterMm: 100, startDepthM: 1, endDepthM: 1 }, [
        [114.02, 32.98],
        [114.02, 32.98],
      ]),
      {
        type: 'Feature',
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [114, 32],
              [114.1, 32],
              [114.1, 32.1],
              [114, 32],
            ],
          ],
        },
        properties: { id: 'P-1' },
      },
      line({ id: 'OK', class: 'TX', diameterMm: 110, startDepthM: 0.7, endDepthM: 0.7 }),
    ]);
    expect(parseProblems).toEqual([]);
    expect(segments.map((s) => s.id)).toEqual(['OK']);
    expect(problems.map((p) => [p.path, p.severity])).toEqual([
      ['$.features[0].geometry', 'error'],
      ['$.features[1].geometry', 'error'],
    ]);
    expect(problems[1]!.message).toContain('Polygon');
  });
});
