// The review report's pages (审查报告), as plain data: a cover, one page per scheme and the review comments a few to a
// page. What goes on which page is decided here, pure and unit-tested; ui/report draws each page.
import type { ImpactRow } from '../../analysis/sunlight/scheme-impact.ts';
import type { HeightViolation } from '../../analysis/townscape/height-check.ts';
import type { CorridorIntrusion } from '../../analysis/townscape/view-corridor.ts';
import type { UnitMassing } from '../../analysis/units/scheme-massing.ts';
import type { CommentStatus } from '../../data/bcf/review-topic.ts';
import { massingRows, type MassingRow } from '../schemes/massing-rows.ts';
import type { SkylineRun } from '../townscape/townscape-feature.ts';

/** Comments on one page: a 2 × 2 grid of snapshot and text. */
export const COMMENTS_PER_PAGE = 4;
/** Rows of a list (violations, intrusions, sunlight) that fit beside the charts; the rest are counted. */
export const LIST_ROWS = 6;
/** Renewal units' massing tables and eye-level skyline charts that fit on a scheme page. */
export const MASSING_TABLES = 2;
export const SKYLINE_CHARTS = 2;

/** The sunlight impact as the report can give it: the report does not run the analysis (minutes on a slow machine). */
export type ReportSunlight =
  | { state: 'not-applicable' }
  | { state: 'not-computed' }
  | { state: 'computed'; rows: ImpactRow[]; dwellingsInReach: number };

export interface ReportSchemeInput {
  id: string;
  title: string;
  /** Per renewal unit it builds in (empty for the existing city). */
  massing: UnitMassing[];
  violations: HeightViolation[];
  intrusions: CorridorIntrusion[];
  /** From each eye-level viewpoint: the existing skyline and this scheme's (the existing one alone for `existing`). */
  skylines: { viewpointTitle: string; run: SkylineRun }[];
  sunlight: ReportSunlight;
}

export interface ReportComment {
  /** 1-based, in the order made (the numbers on the pins). */
  number: number;
  text: string;
  author: string;
  createdAt: string;
  status: CommentStatus;
  schemeTitle: string | null;
  snapshot: { bytes: Uint8Array; format: 'png' | 'jpg' } | null;
}

export interface ReportInput {
  projectTitle: string;
  /** ISO date of the meeting (YYYY-MM-DD). */
  date: string;
  schemes: ReportSchemeInput[];
  comments: Omit<ReportComment, 'number'>[];
}

/** A list cut to the rows that fit, and how many were left out. */
export interface Shown<T> {
  rows: T[];
  more: number;
}

interface PageBase {
  /** 1-based. */
  pageNumber: number;
  pageCount: number;
}

export interface CoverPage extends PageBase {
  kind: 'cover';
  projectTitle: string;
  date: string;
  schemes: { id: string; title: string }[];
  comments: number;
  openComments: number;
}

export interface SchemePage extends PageBase {
  kind: 'scheme';
  scheme: { id: string; title: string };
  massing: Shown<{ unitName: string; rows: MassingRow[] }>;
  violations: Shown<HeightViolation>;
  intrusions: Shown<CorridorIntrusion>;
  skylines: Shown<{ viewpointTitle: string; run: SkylineRun }>;
  sunlight:
    | { state: 'not-applicable' }
    | { state: 'not-computed' }
    | { state: 'computed'; failing: Shown<ImpactRow>; dwellingsInReach: number };
}

export interface CommentsPage extends PageBase {
  kind: 'comments';
  /** 1-based group and the number of groups. */
  group: number;
  groups: number;
  comments: ReportComment[];
}

export type ReportPage = CoverPage | SchemePage | CommentsPage;

const shown = <T>(items: readonly T[], limit: number): Shown<T> => ({
  rows: items.slice(0, limit),
  more: Math.max(0, items.length - limit),
});

export function reportPages(input: ReportInput, commentsPerPage = COMMENTS_PER_PAGE): ReportPage[] {
  const groups = Math.ceil(input.comments.length / commentsPerPage);
  const pageCount = 1 + input.schemes.length + groups;
  const cover: CoverPage = {
    kind: 'cover',
    pageNumber: 1,
    pageCount,
    projectTitle: input.projectTitle,
    date: input.date,
    schemes: input.schemes.map(({ id, title }) => ({ id, title })),
    comments: input.comments.length,
    openComments: input.comments.filter((comment) => comment.status === 'open').length,
  };
  const schemes = input.schemes.map(
    (scheme, k): SchemePage => ({
      kind: 'scheme',
      pageNumber: 2 + k,
      pageCount,
      scheme: { id: scheme.id, title: scheme.title },
      massing: shown(
        scheme.massing.map((unit) => ({ unitName: unit.unitName, rows: massingRows(unit) })),
        MASSING_TABLES,
      ),
      violations: shown(scheme.violations, LIST_ROWS),
      intrusions: shown(scheme.intrusions, LIST_ROWS),
      skylines: shown(scheme.skylines, SKYLINE_CHARTS),
      sunlight:
        scheme.sunlight.state === 'computed'
          ? {
              state: 'computed',
              failing: shown(scheme.sunlight.rows, LIST_ROWS),
              dwellingsInReach: scheme.sunlight.dwellingsInReach,
            }
          : { state: scheme.sunlight.state },
    }),
  );
  const numbered = input.comments.map((comment, k) => ({ ...comment, number: k + 1 }));
  const commentPages = Array.from(
    { length: groups },
    (_, g): CommentsPage => ({
      kind: 'comments',
      pageNumber: 2 + input.schemes.length + g,
      pageCount,
      group: g + 1,
      groups,
      comments: numbered.slice(g * commentsPerPage, (g + 1) * commentsPerPage),
    }),
  );
  return [cover, ...schemes, ...commentPages];
}
