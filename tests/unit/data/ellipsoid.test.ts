import { describe, expect, it } from 'vitest';
import { ecefToGeodetic, geodeticToEcef, LocalFrame, metersPerDegree } from '../../../src/geometry/ellipsoid.ts';

describe('WGS84 ellipsoid', () => {
  it('puts known points where they belong', () => {
    const equator = geodeticToEcef(0, 0, 0);
    expect(equator[0]).toBeCloseTo(6_378_137, 6);
    expect(geodeticToEcef(0, 90, 0)[2]).toBeCloseTo(6_356_752.314245, 5);
    expect(geodeticToEcef(90, 0, 100)[1]).toBeCloseTo(6_378_237, 6);
  });

  it('round-trips geodetic ↔ ECEF to well under a millimetre', () => {
    for (const [lon, lat, h] of [
      [114.02, 32.98, 0],
      [-70, -45, 5000],
      [179.9, 89.5, -30],
    ] as const) {
      const [lon2, lat2, h2] = ecefToGeodetic(...geodeticToEcef(lon, lat, h));
      expect(lon2).toBeCloseTo(lon, 10);
      expect(lat2).toBeCloseTo(lat, 10);
      expect(h2).toBeCloseTo(h, 6);
    }
  });

  it('builds an orthonormal east-north-up frame whose matrix maps local metres to ECEF', () => {
    const frame = new LocalFrame(114.02, 32.98, 50);
    const m = frame.matrixColumnMajor();
    const axes = [m.slice(0, 3), m.slice(4, 7), m.slice(8, 11)];
    for (const [i, a] of axes.entries()) {
      for (const [j, b] of axes.entries()) {
        expect(a[0]! * b[0]! + a[1]! * b[1]! + a[2]! * b[2]!).toBeCloseTo(i === j ? 1 : 0, 12);
      }
    }
    const local = new Float64Array(3);
    frame.toLocal(114.03, 32.99, 80, local);
    const perDegree = metersPerDegree(32.985);
    expect(local[0]).toBeCloseTo(0.01 * perDegree.east, -1); // ~934 m east, within 5 m of the flat estimate
    expect(local[1]).toBeCloseTo(0.01 * perDegree.north, -1);
    expect(local[2]).toBeLessThan(30); // the ground curves away: 30 m up there is below the tangent plane's 30 m
    const back = ecefToGeodetic(...frame.toEcef(local[0]!, local[1]!, local[2]!));
    expect(back[0]).toBeCloseTo(114.03, 10);
    expect(back[2]).toBeCloseTo(80, 6);
  });
});
