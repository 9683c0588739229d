import { describe, expect, it } from 'vitest';
import { validateView, validateViewpoints } from '../../../src/config/validate-view.ts';
import type { Problem } from '../../../src/config/project-types.ts';

describe('validateView', () => {
  it('fills heading 0, pitch -45, roll 0', () => {
    const problems: Problem[] = [];
    expect(validateView({ lon: 114, lat: 33, heightMeters: 800 }, '$.home', problems)).toEqual({
      lon: 114,
      lat: 33,
      heightMeters: 800,
      headingDeg: 0,
      pitchDeg: -45,
      rollDeg: 0,
    });
    expect(problems).toEqual([]);
  });

  it('reports each out-of-range or non-finite value', () => {
    const problems: Problem[] = [];
    const view = validateView(
      { lon: -181, lat: 91, heightMeters: null, pitchDeg: -100, headingDeg: 90 },
      '$.home',
      problems,
    );
    expect(view).toBeUndefined();
    expect(problems.map((p) => p.path)).toEqual(['$.home.lon', '$.home.lat', '$.home.heightMeters', '$.home.pitchDeg']);
    expect(problems[1].message).toBe('lat must be a number from -90 to 90 (latitude in degrees), found the number 91');
    expect(problems[2].message).toBe('heightMeters must be a finite number (metres above the ellipsoid), found null');
  });

  it('rejects a view that is not an object', () => {
    const problems: Problem[] = [];
    expect(validateView([114, 33], '$.home', problems)).toBeUndefined();
    expect(problems[0].message).toMatch(/expected a camera view .* found an array of 2/);
  });
});

describe('validateViewpoints', () => {
  const view = { lon: 114, lat: 33, heightMeters: 800 };

  it('drops bad and duplicate viewpoints, keeps the rest', () => {
    const problems: Problem[] = [];
    const viewpoints = validateViewpoints(
      [
        { id: 'a', title: 'A', view, description: { en: 'first' } },
        { id: 'b', title: 'B', view: { ...view, lat: 100 } },
        { id: 'a', title: 'A again', view },
        'c',
        { id: 'd', title: 'D', view },
      ],
      '$.viewpoints',
      problems,
    );
    expect(viewpoints.map((v) => v.id)).toEqual(['a', 'd']);
    expect(viewpoints[0].description).toEqual({ en: 'first' });
    expect(problems.map((p) => p.path)).toEqual(['$.viewpoints[1].view.lat', '$.viewpoints[2].id', '$.viewpoints[3]']);
    expect(problems[1].message).toMatch(/duplicate viewpoint id "a" \(first used at \$\.viewpoints\[0\]\)/);
  });

  it('accepts absence and reports a non-array', () => {
    const problems: Problem[] = [];
    expect(validateViewpoints(undefined, '$.viewpoints', problems)).toEqual([]);
    expect(validateViewpoints({}, '$.viewpoints', problems)).toEqual([]);
    expect(problems).toHaveLength(1);
  });

  it('keeps eyeLevel: true and reports a non-boolean one', () => {
    const problems: Problem[] = [];
    const viewpoints = validateViewpoints(
      [
        { id: 'street', title: 'Street', view, eyeLevel: true },
        { id: 'air', title: 'Air', view, eyeLevel: false },
        { id: 'bad', title: 'Bad', view, eyeLevel: 'yes' },
      ],
      '$.viewpoints',
      problems,
    );
    expect(viewpoints.map((v) => [v.id, v.eyeLevel])).toEqual([
      ['street', true],
      ['air', undefined],
    ]);
    expect(problems.map((p) => p.path)).toEqual(['$.viewpoints[2].eyeLevel']);
  });
});
