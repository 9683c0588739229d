// The manifest's kiosk section: defaults, and every problem reported with its path.
import { describe, expect, it } from 'vitest';
import { validateKiosk } from '../../../src/config/validate-kiosk.ts';
import { validateProject } from '../../../src/config/validate-project.ts';
import { KNOWN_KINDS, MANIFEST_URL, validManifest } from './fixtures.ts';
import type { Problem } from '../../../src/config/project-types.ts';

const check = (json: unknown) => {
  const problems: Problem[] = [];
  const known = {
    viewpointIds: ['overview', 'street'],
    layerIds: ['city', 'units'],
    schemeIds: ['existing', 'plan-b'],
  };
  return { config: validateKiosk(json, '$.kiosk', known, problems), problems };
};

describe('validateKiosk', () => {
  it('defaults to 90 s and the project viewpoints; keeps valid stops', () => {
    expect(check(undefined)).toEqual({ config: undefined, problems: [] });
    expect(check({})).toEqual({ config: { idleSeconds: 90, tour: [] }, problems: [] });
    const stop = { viewpointId: 'street', dwellSeconds: 12, caption: { 'zh-CN': '老街', en: 'Old street' } };
    expect(check({ idleSeconds: 60, tour: [stop] })).toEqual({
      config: { idleSeconds: 60, tour: [stop] },
      problems: [],
    });
  });

  it("keeps a stop's layers, thematic colouring and scheme", () => {
    const stop = {
      viewpointId: 'overview',
      dwellSeconds: 8,
      layers: ['units'],
      thematic: 'safetyGrade',
      scheme: 'plan-b',
    };
    expect(check({ tour: [stop] })).toEqual({ config: { idleSeconds: 90, tour: [stop] }, problems: [] });
    const { config, problems } = check({
      tour: [
        { viewpointId: 'overview', dwellSeconds: 8, layers: ['units', 'pipes'], thematic: 'colour', scheme: 'plan-c' },
        { viewpointId: 'street', dwellSeconds: 8, layers: 'units' },
      ],
    });
    expect(config).toBeUndefined();
    expect(problems.map((p) => [p.path, p.message])).toEqual([
      ['$.kiosk.tour[0].layers[1]', 'no layer "pipes" in the project; layers: city, units'],
      ['$.kiosk.tour[0].thematic', expect.stringContaining('thematic must be one of "none", "safetyGrade"')],
      ['$.kiosk.tour[0].scheme', 'no scheme "plan-c" in the project; schemes: existing, plan-b'],
      ['$.kiosk.tour[1].layers', 'layers must be a list of layer ids, found the string "units"'],
    ]);
  });

  it('reports every problem in one pass', () => {
    const { config, problems } = check({
      idleSeconds: 0,
      colour: 'red',
      tour: [{ viewpointId: 'nowhere', dwellSeconds: -1, caption: 3 }, 'x'],
    });
    expect(config).toBeUndefined();
    expect(problems.map((p) => p.path)).toEqual([
      '$.kiosk.colour',
      '$.kiosk.idleSeconds',
      '$.kiosk.tour[0].viewpointId',
      '$.kiosk.tour[0].dwellSeconds',
      '$.kiosk.tour[0].caption',
      '$.kiosk.tour[1]',
    ]);
    expect(problems[2]!.message).toContain('no viewpoint "nowhere"');
    expect(check('yes').problems[0]!.message).toMatch(/^kiosk must be an object/);
    expect(check({ tour: {} }).problems[0]!.path).toBe('$.kiosk.tour');
  });

  it('is read from the manifest against its viewpoints; a wrong section is left out and the project still loads', () => {
    const good = validateProject(
      { ...validManifest(), kiosk: { idleSeconds: 60, tour: [{ viewpointId: 'overview', dwellSeconds: 5 }] } },
      MANIFEST_URL,
      KNOWN_KINDS,
    );
    expect(good.problems).toEqual([]);
    expect(good.project?.kiosk).toEqual({ idleSeconds: 60, tour: [{ viewpointId: 'overview', dwellSeconds: 5 }] });
    const bad = validateProject(
      { ...validManifest(), kiosk: { tour: [{ viewpointId: 'street', dwellSeconds: 5 }] } },
      MANIFEST_URL,
      KNOWN_KINDS,
    );
    expect(bad.problems.map((p) => p.path)).toEqual(['$.kiosk.tour[0].viewpointId']);
    expect(bad.project).not.toBeNull();
    expect(bad.project?.kiosk).toBeUndefined();
  });
});
