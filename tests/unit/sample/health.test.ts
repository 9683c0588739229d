// The sample's health-check layers: a walk network without gaps or detached parts, parks of both size classes clear
// of the buildings, and facilities of every life-circle category, as the health check reads them.
import { describe, expect, it } from 'vitest';
import { readFacilities, readGreenSpaces, readWalkLines } from '../../../src/analysis/health/health-features.ts';
import { FACILITY_CATEGORIES } from '../../../src/analysis/health/health-thresholds.ts';
import { buildWalkNetwork } from '../../../src/analysis/health/walk-network.ts';
import { features, lineLocal, outerRing, polygonsOverlap } from './fixture.ts';

const read = <T>(name: string, reader: (f: never[], source: string) => { items: T[]; problems: unknown[] }) => {
  const list = features(name).map((f) => ({ ...f, id: String(f.properties.id) }));
  const result = reader(list as never[], name);
  expect(result.problems).toEqual([]);
  return result.items;
};

describe('sample health-check layers', () => {
  it('has a walk network that joins at every crossing and has no detached part', () => {
    const walkways = features('walk-network.geojson');
    expect(read('walk-network.geojson', readWalkLines).length).toBe(walkways.length);
    // In local metres (the sample's plane), as the health check would project them.
    const lines = walkways.map((w) => ({ id: String(w.properties.id), lines: [lineLocal(w)], oneWay: false }));
    const { network, problems } = buildWalkNetwork(lines, 'walk-network.geojson');
    expect(problems).toEqual([]);
    expect(network.edgeFrom.length).toBeGreaterThan(500);
  });

  it('has riverside parks and pocket parks clear of the buildings (a scheme’s park of its scheme’s buildings)', () => {
    const greens = read('green-spaces.geojson', readGreenSpaces);
    const areas = features('green-spaces.geojson').map((g) => g.properties.areaSquareMeters as number);
    expect(areas.filter((a) => a >= 5000).length).toBeGreaterThanOrEqual(8);
    expect(areas.filter((a) => a >= 2000 && a < 5000).length).toBeGreaterThanOrEqual(6);
    expect(areas.some((a) => a < 2000)).toBe(true); // street gardens too small to count
    const buildings = features('buildings.geojson').map(outerRing);
    const schemeB = features('scheme-b.geojson').map(outerRing);
    for (const green of features('green-spaces.geojson'))
      expect(
        (green.properties.scheme === 'scheme-b' ? schemeB : buildings).some((b) =>
          polygonsOverlap(b, outerRing(green)),
        ),
        String(green.properties.id),
      ).toBe(false);
    expect(features('green-spaces.geojson').filter((g) => g.properties.scheme === 'scheme-b')).toHaveLength(1);
    expect(greens.length).toBe(areas.length);
  });

  it('has facilities of every category', () => {
    const categories = new Set(read('facilities.geojson', readFacilities).map((f) => f.category));
    expect([...categories].sort()).toEqual(FACILITY_CATEGORIES.map((c) => c.id).sort());
  });
});
