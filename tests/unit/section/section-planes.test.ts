import { describe, expect, it } from 'vitest';
import { type SectionPlanes, sectionPlanes } from '../../../src/analysis/section/section-planes.ts';
import { readSectionRequest } from '../../../src/app/section/section-request.ts';
import { localPlane } from '../../../src/geometry/local-plane.ts';

/** Cut away where the point is behind every plane, as Cesium's intersecting clipping regions are. */
const cutAway = ({ planes }: SectionPlanes, p: [number, number, number]) =>
  planes.every(
    ({ normal, distanceMeters }) => normal[0] * p[0] + normal[1] * p[1] + normal[2] * p[2] + distanceMeters <= 0,
  );

describe('section planes', () => {
  it('a horizontal section removes what is above the height at the centre', () => {
    const section = sectionPlanes({ kind: 'horizontal', heightMeters: 12 }, [114.02, 32.98]);
    expect(section.origin).toEqual([114.02, 32.98, 12]);
    expect(cutAway(section, [5, 5, 0.5])).toBe(true);
    expect(cutAway(section, [5, 5, -0.5])).toBe(false);
  });

  it('a vertical section removes the slab left of the line, between its ends', () => {
    const plane = localPlane(114.02, 32.98);
    // A line 100 m long heading north-east.
    const from = plane.toLonLat(0, 0);
    const to = plane.toLonLat(60, 80);
    const section = sectionPlanes({ kind: 'vertical', from, to }, [0, 0]);
    expect(section.origin).toEqual([...from, 0]);
    const at = (along: number, left: number): [number, number, number] => [
      0.6 * along - 0.8 * left,
      0.8 * along + 0.6 * left,
      20,
    ];
    expect(cutAway(section, at(50, 5))).toBe(true);
    expect(cutAway(section, at(50, -5))).toBe(false); // right of the line
    expect(cutAway(section, at(-1, 5))).toBe(false); // before its start
    expect(cutAway(section, at(101, 5))).toBe(false); // past its end
  });
});

describe('cim.section requests', () => {
  it('reads the three forms and refuses others with a TypeError naming the method', () => {
    expect(readSectionRequest(null)).toBeNull();
    expect(readSectionRequest({ kind: 'horizontal', heightMeters: 9 })).toEqual({
      kind: 'horizontal',
      heightMeters: 9,
    });
    expect(readSectionRequest({ kind: 'vertical', from: [114, 33, 5], to: [114.1, 33] })).toEqual({
      kind: 'vertical',
      from: [114, 33],
      to: [114.1, 33],
    });
    for (const wrong of [
      undefined,
      [],
      { kind: 'diagonal' },
      { kind: 'horizontal', heightMeters: Number.NaN },
      { kind: 'vertical', from: [114, 33], to: [114, 33] },
      { kind: 'vertical', from: [200, 33], to: [114, 33] },
    ])
      expect(() => readSectionRequest(wrong)).toThrow(/^cim\.section: /);
  });
});
