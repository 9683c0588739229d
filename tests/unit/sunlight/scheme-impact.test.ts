// Before/after a scheme: the shadow reach, the before/after difference and the worst-first order, on hand-computable
// cases (a slab put south of a dwelling), and the reach checked against counting every dwelling of the sample.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { BuildingRecord } from '../../../src/analysis/building-record.ts';
import { occluderMesh } from '../../../src/analysis/sunlight/occluder-mesh.ts';
import { analyseSchemeImpact, worstFirst, type ImpactRow } from '../../../src/analysis/sunlight/scheme-impact.ts';
import { shadowReach } from '../../../src/analysis/sunlight/shadow-reach.ts';
import { sunRayCaster } from '../../../src/analysis/sunlight/sun-rays.ts';
import { sunSteps } from '../../../src/analysis/sunlight/sun-steps.ts';
import { SUNLIGHT_RULES } from '../../../src/analysis/sunlight/sunlight-rules.ts';
import { windowSillPoints } from '../../../src/analysis/sunlight/window-points.ts';
import { withProposal } from '../../../src/analysis/townscape/proposal-scene.ts';
import { LocalFrame, MEAN_EARTH_RADIUS_METERS } from '../../../src/geometry/ellipsoid.ts';
import { lonLatCentre, localPlane } from '../../../src/geometry/local-plane.ts';
import { buildingsFrom } from '../../../tools/bench/townscape/townscape-case.ts';
import { boxBuilding } from './box-building.ts';

const [LON, LAT] = [114.02, 32.98];
const plane = localPlane(LON, LAT);
const rule = SUNLIGHT_RULES.zoneI_large; // 大寒日 ≥ 2 h
const box = (layerId: string, id: string, x0: number, y0: number, x1: number, y1: number, heightMeters: number) =>
  boxBuilding(plane, layerId, id, [x0, y0, x1, y1], heightMeters);
// 大寒 2026 is 20 January (Beijing time); the steps are those the analysis uses at the proposal's centre (x = 0).
const steps = sunSteps({ lon: LON, lat: LAT, civilDate: '2026-01-20', windowHours: [8, 16], stepMinutes: 1 });

/** A one-floor dwelling whose only window is its south facade (its east and west walls are under 1 m), `d` metres
 * north of y = 0: the south sill stands d − 0.05 m north of it. */
const home = (id: string, d: number) => box('city', id, -20, d, 20, d + 0.8, 3);
/** The minutes a sill `d` metres north of a long slab's north face (top `heightMeters`) sees the Sun: while the Sun's
 * elevation in the north–south plane clears the top (the top edge, straight between corners 500 m away, sags by the
 * Earth's curvature). */
const litMinutes = (d: number, heightMeters: number) => {
  const top = heightMeters - (500 ** 2 + d ** 2) / (2 * MEAN_EARTH_RADIUS_METERS);
  return steps.filter((s) => s.direction[2] / -s.direction[1] > (top - 0.9) / d).length;
};

describe('shadowReach', () => {
  it("is the footprint swept away from the Sun by the height over the Sun's slope", () => {
    // Sun due south at 45°: a 10 m box shades at most 10 m north of itself.
    const frame = new LocalFrame(LON, LAT, 0);
    const reach = shadowReach([box('p', 'b', 0, 0, 10, 10, 10)], frame, [[0, -Math.SQRT1_2, Math.SQRT1_2]], 0);
    const local = (x: number, y: number) => {
      const e = new Float64Array(3);
      frame.toLocal(...plane.toLonLat(x, y), 0, e);
      return [e[0]!, e[1]!] as const;
    };
    expect(reach.contains(...local(5, 19.8))).toBe(true);
    expect(reach.contains(...local(5, 5))).toBe(true);
    expect(reach.contains(...local(5, 21))).toBe(false);
    expect(reach.contains(...local(5, -1))).toBe(false);
    expect(reach.contains(...local(12, 15))).toBe(false);
    // Points higher up are reached less far: the sweep is measured from the lowest point tested.
    expect(
      shadowReach([box('p', 'b', 0, 0, 10, 10, 10)], frame, [[0, -Math.SQRT1_2, Math.SQRT1_2]], 5).contains(
        ...local(5, 17),
      ),
    ).toBe(false);
  });
});

describe('analyseSchemeImpact', () => {
  const slab = box('scheme', 'slab', -500, -12, 500, 0, 30);
  const impact = (kept: BuildingRecord[], options: { demolished?: BuildingRecord[]; newHousing?: boolean } = {}) =>
    analyseSchemeImpact({
      kept,
      demolished: options.demolished ?? [],
      proposal: [slab],
      year: 2026,
      dwellings: kept.flatMap((b, building) => (b.featureId === 'wall' ? [] : [{ building, floors: 1, rule }])),
      newHousing: options.newHousing ? [{ building: 0, floors: 1, rule: SUNLIGHT_RULES.oldAreaRebuild }] : [],
    });

  it('finds the sill a slab put south of it pushes below the rule, with the hand-computed hours', () => {
    const d = 39;
    const expected = litMinutes(d - 0.05, 30);
    expect(expected).toBeGreaterThan(0); // the Sun clears the slab around noon,
    expect(expected).toBeLessThan(120); // but for less than 2 h: the sill fails
    const { rows } = impact([home('H', d)]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      layerId: 'city',
      featureId: 'H',
      floor: 1,
      hoursBefore: 8,
      requiredHours: 2,
      ruleId: rule.id,
    });
    expect(Math.round(rows[0]!.hoursAfter * 60)).toBe(expected);
  });

  it('lists only sills that passed before and fail after', () => {
    // Far enough north, the slab leaves more than 2 h; a dwelling already shaded by an existing wall failed before.
    const far = 75;
    expect(litMinutes(far - 0.05, 30)).toBeGreaterThanOrEqual(120);
    const shadedBefore = [home('S', 30), box('city', 'wall', -40, 20, 40, 25, 40)];
    const { rows } = impact([home('F', far), ...shadedBefore]);
    expect(rows.map((r) => r.featureId)).toEqual([]);
  });

  it('does not blame the scheme for what a demolished building shaded before', () => {
    const d = 40;
    const old = box('city', 'old', -30, -12, 30, 0, 30); // on the site, taller than the slab: H failed before
    expect(impact([home('H', d)], { demolished: [old] }).rows).toEqual([]);
  });

  it("orders the rows worst first and checks the scheme's own housing", () => {
    const { rows, newHousing } = impact([home('B', 39), home('A', 30)], { newHousing: true });
    expect(rows.map((r) => r.featureId)).toEqual(['A', 'B']); // A is nearer: it loses more
    expect(rows[0]!.hoursBefore - rows[0]!.hoursAfter).toBeGreaterThan(rows[1]!.hoursBefore - rows[1]!.hoursAfter);
    // The slab's own sills: its south facade sees the whole window, its north facade never does.
    expect(newHousing.map((r) => [r.facade, r.pass])).toContainEqual([0, true]);
    expect(newHousing[0]).toMatchObject({ featureId: 'slab', pass: false, hours: 0, requiredHours: 1 });
  });

  it('breaks ties in the drop by the hours left, then by place', () => {
    const row = (featureId: string, hoursBefore: number, hoursAfter: number, floor = 1): ImpactRow => ({
      layerId: 'city',
      featureId,
      floor,
      facade: 0,
      position: [0, 0, 0],
      hoursBefore,
      hoursAfter,
      requiredHours: 2,
      ruleId: rule.id,
    });
    const sorted = [
      row('c', 3, 1.5),
      row('b', 2.5, 1),
      row('a', 5, 1, 2),
      row('a', 5, 1, 1),
      row('d', 2.5 + 1e-12, 1 - 1e-12),
    ].sort(worstFirst);
    expect(sorted.map((r) => `${r.featureId}${r.floor}`)).toEqual(['a1', 'a2', 'b1', 'd1', 'c1']);
  });
});

describe('the shadow reach on the sample district (scheme B)', () => {
  const features = (file: string) => (JSON.parse(readFileSync(file, 'utf8')) as { features: never[] }).features;
  const city = buildingsFrom(features('assets/sample/buildings.geojson'), 'city');
  const proposal = buildingsFrom(features('assets/sample/scheme-b.geojson'), 'scheme-b');
  const scene = new Set(withProposal(city, proposal));
  const kept = city.filter((b) => scene.has(b));
  const input = {
    kept,
    demolished: city.filter((b) => !scene.has(b)),
    proposal,
    newHousing: [],
    year: 2026,
    stepMinutes: 10,
    dwellings: kept.flatMap((b, building) =>
      b.attributes.use === '居住' ? [{ building, floors: b.attributes.floors as number, rule }] : [],
    ),
  };

  it('gives the same rows as counting every dwelling of the district', () => {
    const reached = analyseSchemeImpact(input);
    const everything = analyseSchemeImpact({ ...input, useReach: false });
    expect(reached.rows.length).toBeGreaterThan(0);
    expect(reached.dwellingsInReach).toBeLessThan(everything.dwellingsInReach / 10);
    expect(reached.rows).toEqual(everything.rows);
  }, 120_000);

  it('leaves out only sills no ray towards the Sun from which meets the scheme', () => {
    const [lon, lat] = lonLatCentre(proposal.flatMap((b) => b.footprint));
    const frame = new LocalFrame(lon, lat, 0);
    const directions = sunSteps({ lon, lat, civilDate: '2026-01-20', windowHours: [8, 16], stepMinutes: 2 }).map(
      (s) => s.direction,
    );
    const scheme = sunRayCaster(occluderMesh(proposal, frame));
    const sills = input.dwellings.flatMap((d) => windowSillPoints(kept[d.building]!, { floors: d.floors }));
    const local = sills.map((s) => {
      const e = new Float64Array(3);
      frame.toLocal(...s.position, e);
      return e;
    });
    const reach = shadowReach(proposal, frame, directions, Math.min(...local.map((e) => e[2]!)));
    let outside = 0;
    let shadedOutside = 0;
    let shadedInside = 0;
    local.forEach(([x, y, z]) => {
      const inside = reach.contains(x!, y!);
      const shaded = directions.some((direction) => direction[2] > 0 && !scheme.sees(x!, y!, z!, direction));
      if (!inside) outside++;
      if (shaded && !inside) shadedOutside++;
      if (shaded && inside) shadedInside++;
    });
    expect(outside).toBeGreaterThan(sills.length * 0.9);
    expect(shadedInside).toBeGreaterThan(0);
    expect(shadedOutside).toBe(0);
  }, 120_000);
});
