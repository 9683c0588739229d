import { describe, expect, it } from 'vitest';
import type { ImpactRow } from '../../../src/analysis/sunlight/scheme-impact.ts';
import type { UnitIndicators } from '../../../src/analysis/units/unit-indicators.ts';
import {
  COMMENTS_PER_PAGE,
  LIST_ROWS,
  reportPages,
  type ReportInput,
  type ReportSchemeInput,
} from '../../../src/app/report/report-pages.ts';
import type { SkylineRun } from '../../../src/app/townscape/townscape-feature.ts';

const indicators = (gfaM2: number, far: number, maxHeightMeters = 30, exceeded: string[] = []): UnitIndicators => ({
  unitId: 'RU-02',
  areaM2: 10_000,
  buildingCount: 3,
  gfaM2,
  far,
  coverage: 0.3,
  maxHeightMeters,
  grades: { A: 0, B: 0, C: 0, D: 0, unknown: 3 },
  builtBefore2000: 0,
  controls: { farMax: 2.5, heightLimitMeters: 60 },
  exceeded,
});

const run: SkylineRun = { eye: [114, 33, 7.6], headingDeg: 0, fovDeg: 90, series: [] };
const violation = (k: number) => ({
  layerId: 'scheme-a',
  featureId: `T${k}`,
  heightMeters: 80 - k,
  limitMeters: 60,
  excessMeters: 20 - k,
  zoneId: 'HZ-1',
});
const failing = { layerId: 'city', featureId: 'B7', floor: 1, hoursBefore: 2.5, hoursAfter: 1.2 } as ImpactRow;

const existing: ReportSchemeInput = {
  id: 'existing',
  title: '现状',
  massing: [],
  violations: [],
  intrusions: [],
  skylines: [{ viewpointTitle: '人民桥', run }],
  sunlight: { state: 'not-applicable' },
};
const schemeA: ReportSchemeInput = {
  id: 'scheme-a',
  title: '方案A',
  massing: [
    {
      unitId: 'RU-02',
      unitName: '解放路北',
      existing: indicators(20_000, 2),
      scheme: indicators(30_000, 3, 80, ['farMax', 'heightLimitMeters']),
    },
  ],
  violations: Array.from({ length: LIST_ROWS + 3 }, (_, k) => violation(k)),
  intrusions: [{ corridorId: 'VC-01', layerId: 'scheme-a', featureId: 'T1', intrusionMeters: 4.2 }],
  skylines: [
    { viewpointTitle: '人民桥', run },
    { viewpointTitle: '街角', run },
    { viewpointTitle: '广场', run },
  ],
  sunlight: { state: 'computed', rows: [failing], dwellingsInReach: 12 },
};
const comment = (k: number) => ({
  text: `意见 ${k}`,
  author: '王工',
  createdAt: `2026-12-03T10:0${k}:00Z`,
  status: k % 2 ? ('resolved' as const) : ('open' as const),
  schemeTitle: '方案A',
  snapshot: null,
});
const input = (comments: number): ReportInput => ({
  projectTitle: '驻马店老城区城市更新示范',
  date: '2026-12-03',
  schemes: [existing, schemeA, { ...schemeA, id: 'scheme-b', title: '方案B', sunlight: { state: 'not-computed' } }],
  comments: Array.from({ length: comments }, (_, k) => comment(k)),
});

describe('review report pages', () => {
  it('has a cover, a page per scheme and a page per group of comments, numbered', () => {
    for (const comments of [0, 1, COMMENTS_PER_PAGE, COMMENTS_PER_PAGE + 1, 9]) {
      const pages = reportPages(input(comments));
      expect(pages.length).toBe(1 + 3 + Math.ceil(comments / COMMENTS_PER_PAGE));
      expect(pages.map((page) => page.kind)).toEqual([
        'cover',
        'scheme',
        'scheme',
        'scheme',
        ...Array(Math.ceil(comments / COMMENTS_PER_PAGE)).fill('comments'),
      ]);
      expect(pages.map((page) => page.pageNumber)).toEqual(pages.map((_, k) => k + 1));
      expect(pages.every((page) => page.pageCount === pages.length)).toBe(true);
    }
  });

  it('the cover lists the project, date, schemes and how many comments are open', () => {
    const [cover] = reportPages(input(3));
    expect(cover).toMatchObject({
      kind: 'cover',
      projectTitle: '驻马店老城区城市更新示范',
      date: '2026-12-03',
      schemes: [
        { id: 'existing', title: '现状' },
        { id: 'scheme-a', title: '方案A' },
        { id: 'scheme-b', title: '方案B' },
      ],
      comments: 3,
      openComments: 2,
    });
  });

  it('a scheme page has its massing rows, lists cut to fit with the rest counted, skylines and sunlight', () => {
    const page = reportPages(input(0))[2]!;
    if (page.kind !== 'scheme') throw new Error('not a scheme page');
    expect(page.scheme).toEqual({ id: 'scheme-a', title: '方案A' });
    expect(page.massing.rows[0]!.unitName).toBe('解放路北');
    expect(page.massing.rows[0]!.rows.find((row) => row.indicator === 'far')).toEqual({
      indicator: 'far',
      existing: '2.00',
      scheme: '3.00',
      delta: '+1.00',
      control: '2.50',
      over: true,
    });
    expect(page.violations.rows.map((v) => v.featureId)).toEqual(Array.from({ length: LIST_ROWS }, (_, k) => `T${k}`));
    expect(page.violations.more).toBe(3);
    expect(page.intrusions).toEqual({ rows: [schemeA.intrusions[0]], more: 0 });
    expect(page.skylines.rows.map((s) => s.viewpointTitle)).toEqual(['人民桥', '街角']);
    expect(page.skylines.more).toBe(1);
    expect(page.sunlight).toEqual({ state: 'computed', failing: { rows: [failing], more: 0 }, dwellingsInReach: 12 });
  });

  it('says when the sunlight impact was not computed, and that it does not apply to the existing city', () => {
    const pages = reportPages(input(0));
    expect(pages.map((page) => page.kind === 'scheme' && page.sunlight.state)).toEqual([
      false,
      'not-applicable',
      'computed',
      'not-computed',
    ]);
  });

  it('puts the comments in order, numbered, a few to a page', () => {
    const pages = reportPages(input(COMMENTS_PER_PAGE + 2)).filter((page) => page.kind === 'comments');
    expect(pages.map((page) => [page.group, page.groups, page.comments.map((c) => c.number)])).toEqual([
      [1, 2, [1, 2, 3, 4]],
      [2, 2, [5, 6]],
    ]);
    expect(pages[1]!.comments[0]).toMatchObject({ text: '意见 4', author: '王工', status: 'open' });
  });
});
