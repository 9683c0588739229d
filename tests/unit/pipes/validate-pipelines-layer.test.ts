import { describe, expect, it } from 'vitest';
import { validateProject } from '../../../src/config/validate-project.ts';
import type { PipelinesLayerConfig } from '../../../src/config/project-types.ts';

const KINDS = { knownKinds: ['3dtiles', 'geojson', 'pipelines'] };
const manifest = (layer: Record<string, unknown>) => ({
  title: 'T',
  home: { lon: 114, lat: 33, heightMeters: 1000 },
  layers: [{ id: 'pipes', kind: 'pipelines', title: '管线', url: 'pipes.geojson', ...layer }],
});

describe('pipelines layer entries', () => {
  it('maps attribute names, reads the CRS and the ground height', () => {
    const { project, problems } = validateProject(
      manifest({ crs: 'EPSG:4547', attributes: { class: 'GXLB', diameterMm: 'GJ' }, groundHeightMeters: 83 }),
      'http://127.0.0.1/p/project.json',
      KINDS,
    );
    expect(problems).toEqual([]);
    const layer = project!.layers[0] as PipelinesLayerConfig;
    expect(layer).toMatchObject({
      kind: 'pipelines',
      crs: 'EPSG:4547',
      groundHeightMeters: 83,
      url: 'http://127.0.0.1/p/pipes.geojson',
    });
    expect(layer.attributes).toMatchObject({ class: 'GXLB', diameterMm: 'GJ', startDepthM: 'startDepthM' });
  });

  it('reports bad mappings with their paths and keeps the layer for unknown keys', () => {
    const { project, problems } = validateProject(
      manifest({ attributes: { class: 7, colour: 'x' }, groundHeightMeters: 'high' }),
      'http://127.0.0.1/project.json',
      KINDS,
    );
    expect(problems.map((p) => [p.path, p.severity ?? 'error'])).toEqual([
      ['$.layers[0].groundHeightMeters', 'error'],
      ['$.layers[0].attributes.class', 'error'],
      ['$.layers[0].attributes.colour', 'warning'],
    ]);
    expect(project!.invalidLayers.map((l) => l.id)).toEqual(['pipes']);
  });
});
