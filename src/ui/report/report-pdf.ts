// The review report as a PDF (pdf-lib): each page drawn on a canvas (report-canvas.ts) and embedded as one JPEG
// filling an A4 landscape page, so Chinese text needs no embedded font.
import { PDFDocument } from 'pdf-lib';
import type { ReportPage } from '../../app/report/report-pages.ts';
import type { Language } from '../../config/project-types.ts';
import { drawReportPage } from './report-canvas.ts';
import { rt } from './report-messages.ts';

/** A4 landscape in PDF points (1/72 in). */
const A4_LANDSCAPE_PT: [number, number] = [841.89, 595.28];
/** Text stays sharp at this quality and a page is a few hundred kB. */
const JPEG_QUALITY = 0.85;

const jpegBytes = async (canvas: HTMLCanvasElement): Promise<Uint8Array> => {
  const blob = await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('JPEG encoding failed'))), 'image/jpeg', JPEG_QUALITY),
  );
  return new Uint8Array(await blob.arrayBuffer());
};

export async function renderReportPdf(pages: ReportPage[], lang: Language): Promise<Uint8Array> {
  const cover = pages[0];
  const projectTitle = cover?.kind === 'cover' ? cover.projectTitle : '';
  const pdf = await PDFDocument.create();
  pdf.setTitle(`${rt(lang, 'report')}: ${projectTitle}`);
  pdf.setSubject(rt(lang, 'subject'));
  pdf.setAuthor('CIM renewal viewer');
  pdf.setCreator('CIM renewal viewer');
  pdf.setLanguage(lang);
  for (const page of pages) {
    const image = await pdf.embedJpg(await jpegBytes(await drawReportPage(page, lang, projectTitle)));
    const pdfPage = pdf.addPage(A4_LANDSCAPE_PT);
    pdfPage.drawImage(image, { x: 0, y: 0, width: A4_LANDSCAPE_PT[0], height: A4_LANDSCAPE_PT[1] });
  }
  return pdf.save();
}
