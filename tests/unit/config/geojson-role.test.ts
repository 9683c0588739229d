// `role` on a GeoJSON layer tells the renewal tools which layer holds the renewal units and the heritage zones.
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../../src/config/project-types.ts';
import { validateLayer } from '../../../src/config/validate-layer.ts';

const context = { manifestUrl: 'http://127.0.0.1/p/project.json', knownKinds: ['geojson'], projectCrs: 'EPSG:4326' };
const validate = (extra: Record<string, unknown>) => {
  const problems: Problem[] = [];
  const outcome = validateLayer(
    { id: 'u', kind: 'geojson', title: 'U', url: 'u.geojson', ...extra },
    '$.layers[0]',
    context,
    new Map(),
    problems,
  );
  return { outcome, problems };
};

describe('geojson layer role', () => {
  it('accepts the renewal roles and the health-check roles', () => {
    for (const role of ['renewal-units', 'heritage-zones', 'green-spaces', 'walk-network', 'facilities']) {
      const { outcome, problems } = validate({ role });
      expect(problems).toEqual([]);
      expect(outcome).toMatchObject({ layer: { role } });
    }
  });

  it('has no role by default', () => {
    const { outcome } = validate({});
    expect('layer' in outcome && 'role' in outcome.layer).toBe(false);
  });

  it('rejects an unknown role with its path', () => {
    const { problems } = validate({ role: 'units' });
    expect(problems).toEqual([
      expect.objectContaining({ path: '$.layers[0].role', message: expect.stringMatching(/renewal-units/) }),
    ]);
  });
});
