import { describe, expect, it } from 'vitest';
import { validateTownscape } from '../../../src/config/validate-townscape.ts';
import type { Problem } from '../../../src/config/project-types.ts';

describe('manifest townscape section', () => {
  const ids = ['zones', 'corridor', 'scheme'];

  it('reads the layer roles and defaults to none', () => {
    const problems: Problem[] = [];
    expect(
      validateTownscape(
        { heightZoneLayers: ['zones'], corridorLayers: ['corridor'], proposalLayers: ['scheme'] },
        '$.townscape',
        ids,
        problems,
      ),
    ).toEqual({ heightZoneLayers: ['zones'], corridorLayers: ['corridor'], proposalLayers: ['scheme'] });
    expect(validateTownscape(undefined, '$.townscape', ids, problems)).toEqual({
      heightZoneLayers: [],
      corridorLayers: [],
      proposalLayers: [],
    });
    expect(problems).toEqual([]);
  });

  it('reports wrong shapes as errors and unknown layers or keys as warnings, with paths', () => {
    const problems: Problem[] = [];
    const config = validateTownscape(
      { heightZoneLayers: 'zones', corridorLayers: ['nope'], extra: 1 },
      '$.townscape',
      ids,
      problems,
    );
    expect(config.heightZoneLayers).toEqual([]);
    expect(problems).toEqual([
      { path: '$.townscape.extra', message: expect.stringContaining('unknown key "extra"'), severity: 'warning' },
      {
        path: '$.townscape.heightZoneLayers',
        message: 'heightZoneLayers must be an array of layer ids, found the string "zones"',
      },
      {
        path: '$.townscape.corridorLayers[0]',
        message: 'no layer with id "nope" in this manifest',
        severity: 'warning',
      },
    ]);
    expect(validateTownscape([1], '$.townscape', ids, []).proposalLayers).toEqual([]);
  });
});
