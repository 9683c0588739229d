import { describe, expect, it } from 'vitest';
import { placementOf } from '../../../src/data/ifc/ifc-placement.ts';
import { placementInForce } from '../../../src/data/ifc/placement-in-force.ts';
import { placementKeyOf } from '../../../src/data/ifc/placement-store.ts';

const ORIGIN: [number, number, number] = [10, 20, 0];
const fromFile = placementOf(
  { rule: 'manual', placement: { lon: 114, lat: 33, heightMeters: 50, headingDeg: 0 } },
  1,
  ORIGIN,
  'x.ifc',
);
const filePlacement = { ...fromFile, placedBy: 'map-conversion' as const };
const manifest = { lon: 114.01, lat: 33.01, heightMeters: 0, headingDeg: 0 };
const saved = { lon: 114.02, lat: 33.02, heightMeters: 5, headingDeg: 90 };

describe('placement in force', () => {
  it("a user's saved placement wins over the manifest's, and says so", () => {
    const { placement, from } = placementInForce(filePlacement, ORIGIN, { saved, manifest }, 'x.ifc');
    expect(from).toBe('saved');
    expect(placement.placedBy).toBe('manual');
    expect(placement.origin[0]).toBeCloseTo(114.02, 3);
  });

  it("the manifest's placement wins over the file's own", () => {
    const { placement, from } = placementInForce(filePlacement, ORIGIN, { manifest, heightOffsetMeters: -80 }, 'x.ifc');
    expect(from).toBe('manifest');
    expect(placement.origin[1]).toBeCloseTo(33.01, 3);
  });

  it("the file's georeference, raised by the manifest's height offset, when nothing else is given", () => {
    const { placement, from } = placementInForce(filePlacement, ORIGIN, { heightOffsetMeters: -80 }, 'x.ifc');
    expect(from).toBe('file');
    expect(placement.origin[2]).toBeCloseTo(filePlacement.origin[2] - 80, 3);
    expect(placementInForce(filePlacement, ORIGIN, {}, 'x.ifc').placement).toBe(filePlacement);
  });

  it('keys saved placements by file content, whatever the conversion version', () => {
    expect(placementKeyOf('v3:abc123')).toBe('abc123');
    expect(placementKeyOf('v4:abc123')).toBe(placementKeyOf('v3:abc123'));
  });
});
