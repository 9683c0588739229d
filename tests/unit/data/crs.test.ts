import { describe, expect, it } from 'vitest';
import {
  gaussKrugerParameters,
  isSupportedCrs,
  looksAxisSwapped,
  makeFromLonLat,
  makeToLonLat,
  parseCrsCode,
} from '../../../src/data/crs.ts';

const ZHUMADIAN: [number, number] = [114.02, 32.98];

describe('crs', () => {
  it('knows the CGCS2000 Gauss–Krüger codes and nothing else', () => {
    expect(gaussKrugerParameters(4528)).toEqual({ centralMeridianDegrees: 120, falseEastingMeters: 40_500_000 });
    expect(gaussKrugerParameters(4547)).toEqual({ centralMeridianDegrees: 114, falseEastingMeters: 500_000 });
    expect(gaussKrugerParameters(4513)?.centralMeridianDegrees).toBe(75);
    expect(gaussKrugerParameters(4554)?.centralMeridianDegrees).toBe(135);
    for (const code of [4326, 4490, 3857, 4513, 4533, 4534, 4554]) expect(isSupportedCrs(code)).toBe(true);
    for (const code of [4512, 4555, 2385, 32650]) expect(isSupportedCrs(code)).toBe(false);
  });

  it('puts the central meridian of EPSG:4547 at easting 500 000', () => {
    const [x, y] = makeFromLonLat(4547)(114, 32.98);
    expect(x).toBeCloseTo(500_000, 3);
    expect(y).toBeGreaterThan(3_640_000);
    expect(y).toBeLessThan(3_660_000);
    const [lon, lat] = makeToLonLat(4547)(500_000, y);
    expect(lon).toBeCloseTo(114, 12);
    expect(lat).toBeCloseTo(32.98, 9);
  });

  it('agrees between the zone form (4526, zone 38) and the central-meridian form (4547) of 114°E', () => {
    const zone = makeFromLonLat(4526)(...ZHUMADIAN);
    const cm = makeFromLonLat(4547)(...ZHUMADIAN);
    expect(zone[0] - 38_000_000).toBeCloseTo(cm[0], 6);
    expect(zone[1]).toBeCloseTo(cm[1], 6);
    // Zone 37 (4525) and CM 111°E (4546) are the same projection too.
    const p: [number, number] = [111.4, 30.5];
    expect(makeFromLonLat(4525)(...p)[0] - 37_000_000).toBeCloseTo(makeFromLonLat(4546)(...p)[0], 6);
  });

  it('round-trips within a millimetre', () => {
    for (const code of [4547, 4526, 4528, 4513, 4554, 3857]) {
      const gk = gaussKrugerParameters(code);
      const lon = gk ? gk.centralMeridianDegrees + 1.2 : ZHUMADIAN[0];
      const xy = makeFromLonLat(code)(lon, 32.98);
      const back = makeToLonLat(code)(...xy);
      const again = makeFromLonLat(code)(...back);
      expect(Math.hypot(again[0] - xy[0], again[1] - xy[1])).toBeLessThan(1e-3);
      expect(back[0]).toBeCloseTo(lon, 9);
    }
  });

  it('passes geographic coordinates through unchanged', () => {
    expect(makeToLonLat(4490)(114.0212345, 32.9876543)).toEqual([114.0212345, 32.9876543]);
    expect(makeFromLonLat(4326)(1, 2)).toEqual([1, 2]);
  });

  it('names the code it cannot handle', () => {
    expect(() => makeToLonLat(2385)).toThrow(/EPSG:2385/);
    expect(() => parseCrsCode('EPSG:9999')).toThrow(/EPSG:9999/);
    expect(() => parseCrsCode('Beijing 1954')).toThrow(/Beijing 1954/);
  });

  it('parses the usual spellings of a CRS name', () => {
    expect(parseCrsCode('EPSG:4547')).toBe(4547);
    expect(parseCrsCode('epsg:4490')).toBe(4490);
    expect(parseCrsCode('urn:ogc:def:crs:EPSG::4547')).toBe(4547);
    expect(parseCrsCode('urn:ogc:def:crs:OGC:1.3:CRS84')).toBe(4326);
    expect(parseCrsCode(4528)).toBe(4528);
  });

  it('spots northing/easting order', () => {
    const [x, y] = makeFromLonLat(4547)(...ZHUMADIAN);
    expect(looksAxisSwapped(4547, x, y)).toBe(false);
    expect(looksAxisSwapped(4547, y, x)).toBe(true);
    const [zx, zy] = makeFromLonLat(4526)(...ZHUMADIAN);
    expect(looksAxisSwapped(4526, zx, zy)).toBe(false);
    expect(looksAxisSwapped(4526, zy, zx)).toBe(true);
    expect(looksAxisSwapped(4326, ...ZHUMADIAN)).toBe(false);
  });
});
