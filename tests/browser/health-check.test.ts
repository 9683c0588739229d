// The health check (城市体检) through window.cim on the sample district: park coverage along the walk network and in a
// straight line, a life circle, the indicators by dimension with the manifest's targets, a scheme in place, and
// wrong calls rejected with the typed errors.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OfflinePage } from '../../tools/browser/chromium.ts';
import { REPO_ROOT } from './harness/app-harness.ts';
import { useAppHarness } from './harness/use-app-harness.ts';

const app = useAppHarness();

const residentialIds = () =>
  (
    JSON.parse(readFileSync(`${REPO_ROOT}/assets/sample/buildings.geojson`, 'utf8')) as {
      features: { properties: { id: string; use: string } }[];
    }
  ).features
    .filter((f) => f.properties.use === '居住')
    .map((f) => f.properties.id)
    .sort();

describe('health check on the sample district', () => {
  let opened: OfflinePage;
  let page: Page;
  beforeAll(async () => {
    opened = await app.openApp();
    page = opened.page;
    await page.evaluate(() => window.cim.ready);
  }, 180_000);
  afterAll(() => opened?.close());

  it('covers every home with park distances, shorter in a straight line than along the streets', async () => {
    const [network, straight] = await page.evaluate(() =>
      Promise.all([window.cim.parkCoverage(), window.cim.parkCoverage({ mode: 'straight' })]),
    );
    expect(network.buildings.map((b) => b.featureId).sort()).toEqual(residentialIds());
    expect(network.ratio).toBeGreaterThan(0.5);
    expect(network.ratio).toBeLessThan(1);
    expect(straight.ratio).toBeGreaterThanOrEqual(network.ratio);
    network.buildings.forEach((b, i) => {
      const s = straight.buildings[i]!;
      expect(s.featureId).toBe(b.featureId);
      if (b.nearestGreenMeters !== null) expect(s.nearestGreenMeters!).toBeLessThanOrEqual(b.nearestGreenMeters + 1e-6);
      expect(b.covered).toBe((b.nearestGreenMeters ?? Infinity) <= 300 || (b.nearestParkMeters ?? Infinity) <= 500);
    });
  }, 120_000);

  it('lists reached and missing categories of a life circle', async () => {
    const circle = await page.evaluate(() => window.cim.lifeCircle({ minutes: 10 }));
    const complete = circle.buildings.filter((b) => b.missing.length === 0).length;
    expect(complete).toBeGreaterThan(0);
    expect(complete).toBeLessThan(circle.buildings.length);
    for (const b of circle.buildings) expect(b.reached.length + b.missing.length).toBe(9); // 6 five-minute + 3 ten-minute
  }, 120_000);

  it('gives the indicators by dimension with the manifest targets, for the city and with a scheme', async () => {
    const [existing, withScheme] = await page.evaluate(() =>
      Promise.all([window.cim.healthCheck({ schemeId: 'existing' }), window.cim.healthCheck({ schemeId: 'scheme-b' })]),
    );
    const district = (rows: typeof existing, id: string) => rows.find((r) => r.id === id && r.unitId === undefined)!;
    expect(new Set(existing.map((r) => r.dimension))).toEqual(
      new Set(['安全韧性', '健康舒适', '生态宜居', '风貌特色', '住房']),
    );
    const park = district(existing, 'park-coverage');
    expect(park).toMatchObject({ label: '公园绿地服务半径覆盖率（步行网络）', target: 0.9 });
    expect(park.met).toBe(park.value >= 0.9);
    expect(existing.some((r) => r.id === 'dangerous-housing-share' && r.unitId === 'RU-02')).toBe(true);
    // 风貌特色: the sample's listed buildings graded C (2 历史建筑, 1 文物保护单位); no skyline control line checked.
    expect(district(existing, 'heritage-at-risk')).toMatchObject({
      dimension: '风貌特色',
      label: '受威胁历史建筑数',
      value: 3,
      target: 0,
      met: false,
    });
    expect(existing.some((r) => r.id === 'skyline-breakers')).toBe(false);
    // Scheme B replaces RU-02's old housing with new blocks: its dangerous-housing share can only fall.
    const unitShare = (rows: typeof existing) =>
      rows.find((r) => r.id === 'dangerous-housing-share' && r.unitId === 'RU-02')?.value ?? 0;
    expect(unitShare(withScheme)).toBeLessThanOrEqual(unitShare(existing));
    expect(district(withScheme, 'housing-before-2000-share').value).toBeLessThanOrEqual(
      district(existing, 'housing-before-2000-share').value,
    );
  }, 180_000);

  it('counts scheme B’s pocket park and kindergarten with scheme B in place only', async () => {
    const [before, after, parkBefore, parkAfter, circleBefore, circleAfter] = await page.evaluate(() =>
      Promise.all([
        window.cim.healthCheck({ schemeId: 'existing' }),
        window.cim.healthCheck({ schemeId: 'scheme-b' }),
        window.cim.parkCoverage({ schemeId: 'existing' }),
        window.cim.parkCoverage({ schemeId: 'scheme-b' }),
        window.cim.lifeCircle({ minutes: 5, schemeId: 'existing' }),
        window.cim.lifeCircle({ minutes: 5, schemeId: 'scheme-b' }),
      ]),
    );
    const district = (rows: typeof before, id: string) => rows.find((r) => r.id === id && r.unitId === undefined)!;
    // Existing homes around the unit that gain with the scheme only.
    const gained = <T extends { layerId: string; featureId: string }>(a: T[], b: T[], lacks: (x: T) => boolean) => {
      const withScheme = new Map(b.map((x) => [x.featureId, x]));
      return a.filter(
        (x) => x.layerId === 'city' && lacks(x) && withScheme.has(x.featureId) && !lacks(withScheme.get(x.featureId)!),
      );
    };
    // Its neighbours were covered already; the park is nearer to some than their green space was.
    const nearestBefore = new Map(parkBefore.buildings.map((x) => [x.featureId, x.nearestGreenMeters ?? Infinity]));
    const parkNearer = parkAfter.buildings.filter(
      (x) => x.layerId === 'city' && (x.nearestGreenMeters ?? Infinity) < nearestBefore.get(x.featureId)! - 1,
    );
    const kindergartenGained = gained(circleBefore.buildings, circleAfter.buildings, (x) =>
      x.missing.includes('kindergarten'),
    );
    expect(parkNearer.length).toBeGreaterThan(0);
    expect(kindergartenGained.length).toBeGreaterThan(10);
    // The scheme's own homes are covered by its park; the kindergarten completes 10-minute circles.
    for (const id of ['park-coverage', 'park-coverage-straight', 'life-circle-10'])
      expect(district(after, id).value).toBeGreaterThan(district(before, id).value);
  }, 180_000);

  it('rejects wrong calls with typed errors', async () => {
    const failures = await page.evaluate(async () => {
      const failure = (call: () => Promise<unknown>) =>
        call().then(
          () => 'resolved',
          (error: Error) => `${error.name}: ${error.message}`,
        );
      return [
        await failure(() => window.cim.lifeCircle({ minutes: 7 as 5 })),
        await failure(() => window.cim.parkCoverage({ mode: 'air' as 'network' })),
        await failure(() => window.cim.healthCheck({ schemeId: 'scheme-z' })),
        await failure(() => window.cim.healthOverlay({ show: 'heat' as 'park-service' })),
        await failure(() => window.cim.healthOverlay({ show: 'life-circle-gaps', category: 'ice-rink' })),
      ];
    });
    expect(failures).toEqual([
      'TypeError: cim.lifeCircle: minutes must be 5, 10 or 15, found 7',
      "TypeError: cim.parkCoverage: mode must be 'network' or 'straight', found 'air'",
      "UnknownItemError: cim.healthCheck: no scheme 'scheme-z' (use 'existing' or a proposal layer id)",
      "TypeError: cim.healthOverlay: show must be 'park-service', 'life-circle-gaps' or null, found heat",
      expect.stringMatching(/^TypeError: cim.healthOverlay: category must be one of kindergarten, .*found ice-rink$/),
    ]);
  });
});
