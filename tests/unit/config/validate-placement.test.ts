import { describe, expect, it } from 'vitest';
import { validateProject } from '../../../src/config/validate-project.ts';

const manifest = (layer: Record<string, unknown>) => ({
  title: 'p',
  home: { lon: 114, lat: 33, heightMeters: 500 },
  layers: [{ id: 't', kind: '3dtiles', title: 't', url: 'a/tileset.json', ...layer }],
});
const validate = (layer: Record<string, unknown>) =>
  validateProject(manifest(layer), 'http://host/p/project.json', { knownKinds: ['3dtiles'] });

describe('3dtiles placement', () => {
  it('fills heading, height and scale defaults', () => {
    const { project, problems } = validate({ placement: { lon: 114.02, lat: 32.98 } });
    expect(problems).toEqual([]);
    expect(project?.layers[0]).toMatchObject({
      placement: { lon: 114.02, lat: 32.98, heightMeters: 0, headingDeg: 0, scale: 1 },
    });
  });

  it('rejects a placement with a bad latitude and a zero scale, naming both paths', () => {
    const { project, problems } = validate({ placement: { lon: 114, lat: 95, scale: 0 } });
    expect(project?.layers).toEqual([]);
    expect(project?.invalidLayers[0].id).toBe('t');
    expect(problems.map((p) => p.path)).toEqual(['$.layers[0].placement.lat', '$.layers[0].placement.scale']);
  });

  it('a layer without placement has none', () => {
    const { project } = validate({});
    expect(project?.layers[0]).not.toHaveProperty('placement');
  });
});
