// The checks on the committed sample district: the indexed height check agrees with the all-pairs reference, and
// the corridor to the clock tower is read from the file as the generator wrote it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkHeights } from '../../../src/analysis/townscape/height-check.ts';
import { checkViewCorridors, readViewCorridors } from '../../../src/analysis/townscape/view-corridor.ts';
import { readHeightZones, type ZoneFeature } from '../../../src/analysis/townscape/zone-features.ts';
import { bruteForceHeightCheck } from '../../../tools/bench/townscape/brute-force.ts';
import { buildingsFrom } from '../../../tools/bench/townscape/townscape-case.ts';

const read = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../../assets/sample/${name}`, import.meta.url), 'utf8')) as { features: any[] };

describe('townscape checks on the sample district', () => {
  const buildings = buildingsFrom(read('buildings.geojson').features, 'city');
  const zoneFeatures: ZoneFeature[] = [
    ...read('height-zones.geojson').features,
    ...read('heritage-zones.geojson').features,
  ];
  const { zones, problems } = readHeightZones(zoneFeatures, 'zones');

  it('reads every zone, heritage belts included', () => {
    expect(problems).toEqual([]);
    expect(zones.length).toBe(zoneFeatures.length);
  });

  it('indexed height check equals the brute-force reference', () => {
    const result = checkHeights(buildings, zones);
    expect(result.checkedCount).toBeGreaterThan(buildings.length * 0.9);
    expect(result.violations).toEqual(bruteForceHeightCheck(buildings, zones));
  });

  it("scheme B breaks its renewal unit's height limit (the unit's controls count as a zone)", () => {
    const units = readHeightZones(read('renewal-units.geojson').features, 'renewal-units.geojson');
    expect(units.problems).toEqual([]);
    const unit = units.zones.find((zone) => zone.id === 'RU-02')!;
    const schemeB = buildingsFrom(read('scheme-b.geojson').features, 'scheme-b');
    const violations = checkHeights(schemeB, [...zones, ...units.zones]).violations;
    expect(violations.length).toBeGreaterThan(0);
    expect(violations[0]).toMatchObject({ zoneId: 'RU-02', limitMeters: unit.limitMeters });
  });

  it('checks the clock-tower corridor without problems', () => {
    const corridors = readViewCorridors(read('view-corridors.geojson').features, 'view-corridors.geojson');
    expect(corridors.problems).toEqual([]);
    const result = checkViewCorridors(buildings, corridors.corridors);
    expect(result.problems).toEqual([]);
    // The sample seeds intrusions into the clock-tower corridor: an empty list would check nothing below.
    expect(result.intrusions.length).toBeGreaterThan(0);
    for (const intrusion of result.intrusions) expect(intrusion.intrusionMeters).toBeGreaterThan(0);
  });
});
