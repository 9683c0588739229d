// window.cim addition for the review report (README, "Review report"): the meeting's report as PDF bytes.
import type { App } from '../app.ts';
import { ProjectStateError } from '../api-errors.ts';
import type { ReviewReport } from './report-feature.ts';

export interface ReportApi {
  /** Cover, a page per scheme and the review comments, in the interface language, as a PDF. */
  exportReport(): Promise<Uint8Array>;
}

export function createReportApi(app: App, report: ReviewReport): ReportApi {
  return {
    async exportReport() {
      if (!app.project()) throw new ProjectStateError('cim.exportReport', 'no project is loaded');
      return report.exportPdf();
    },
  };
}
