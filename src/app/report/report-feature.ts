// The review report (审查报告): gathers what the meeting has — every scheme's massing, height and corridor checks, its
// skyline from each eye-level viewpoint (computed from that viewpoint, not the camera), the sunlight impact computed
// so far, and every review comment with its snapshot — into pages (report-pages.ts), and has them drawn as a PDF.
import type { Sunlight } from '../sunlight/sunlight-feature.ts';
import { localize } from '../../config/localize.ts';
import { localDate } from '../../shared/local-date.ts';
import type { Language } from '../../config/project-types.ts';
import type { App } from '../app.ts';
import type { CommentsFeature } from '../comments/comments-feature.ts';
import { EXISTING_SCHEME_ID } from '../../config/validate-townscape.ts';
import type { Schemes } from '../schemes/schemes-service.ts';
import { eyeLevelViewpoints } from '../townscape/eye-level.ts';
import type { SkylineRun, Townscape } from '../townscape/townscape-feature.ts';
import { reportPages, type ReportInput, type ReportPage, type ReportSunlight } from './report-pages.ts';

/** The report's skyline: a 90° view centred on the viewpoint's heading, sampled every 0.25°. */
const SKYLINE_FOV_DEG = 90;
const SKYLINE_SAMPLES = 361;

/** Draws the pages in the language (ui/report): the PDF's bytes. */
export type ReportRenderer = (pages: ReportPage[], language: Language) => Promise<Uint8Array>;

export interface ReportSources {
  townscape: Townscape;
  schemes: Schemes;
  sunlight: Sunlight;
  comments: CommentsFeature;
  render: ReportRenderer;
}

export interface ReviewReport {
  /** The meeting's pages in the interface language. */
  pages(): Promise<ReportPage[]>;
  /** The same pages as a PDF. */
  exportPdf(): Promise<Uint8Array>;
}

export function createReviewReport(app: App, sources: ReportSources): ReviewReport {
  const { townscape, schemes, sunlight, comments } = sources;
  const sunlightOf = (schemeId: string): ReportSunlight => {
    if (schemeId === EXISTING_SCHEME_ID) return { state: 'not-applicable' };
    const impact = sunlight.lastImpact(schemeId);
    return impact
      ? { state: 'computed', rows: impact.rows, dwellingsInReach: impact.dwellingsInReach }
      : { state: 'not-computed' };
  };

  const input = async (language: Language): Promise<ReportInput> => {
    const project = app.project();
    const list = schemes.list();
    const titleOf = (id: string | null) => {
      const scheme = list.find((candidate) => candidate.id === id);
      return scheme ? localize(scheme.title, language) : null;
    };
    const massing = schemes.store.get().massing ?? (await schemes.runMassing());
    // One run per eye-level viewpoint holds every scheme's skyline.
    const skylines: { viewpointTitle: string; run: SkylineRun }[] = [];
    for (const viewpoint of eyeLevelViewpoints(app.store.get().viewpoints)) {
      const { lon, lat, heightMeters, headingDeg } = viewpoint.view;
      const run = await townscape.skylineRun({
        eye: [lon, lat, heightMeters],
        headingDeg,
        fovDeg: SKYLINE_FOV_DEG,
        samples: SKYLINE_SAMPLES,
      });
      skylines.push({ viewpointTitle: localize(viewpoint.title, language) || viewpoint.id, run });
    }
    const schemeInputs = [];
    for (const scheme of list) {
      schemeInputs.push({
        id: scheme.id,
        title: localize(scheme.title, language),
        massing: massing.find((entry) => entry.schemeId === scheme.id)?.units ?? [],
        ...(await townscape.checkScheme(scheme.id)),
        skylines: skylines.map(({ viewpointTitle, run }) => ({
          viewpointTitle,
          run: {
            ...run,
            series: run.series.filter((series) => series.id === EXISTING_SCHEME_ID || series.id === scheme.id),
          },
        })),
        sunlight: sunlightOf(scheme.id),
      });
    }
    return {
      projectTitle: project ? localize(project.title, language) : '',
      date: localDate(new Date()),
      schemes: schemeInputs,
      comments: comments.store.get().comments.map((comment) => ({
        text: comment.text,
        author: comment.author,
        createdAt: comment.createdAt,
        status: comment.status,
        schemeTitle: titleOf(comment.schemeId),
        snapshot: comments.snapshot(comment.id) ?? null,
      })),
    };
  };

  const report: ReviewReport = {
    pages: async () => reportPages(await input(app.store.get().language)),
    async exportPdf() {
      const language = app.store.get().language;
      return sources.render(reportPages(await input(language)), language);
    },
  };
  return report;
}
