// The review report (审查报告): cim.exportReport() is a PDF with a cover, a page per scheme and the comments four to a
// page, that pdf-lib opens; the townscape tab's button downloads it; the skyline section says when a skyline was not
// taken at eye level and offers the eye-level viewpoint. A scheme page is written out as the JPEG it embeds, to look at.
import { readFileSync, writeFileSync } from 'node:fs';
import { PDFDocument, PDFDict, PDFName, PDFRawStream } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { COMMENTS_PER_PAGE } from '../../src/app/report/report-pages.ts';
import { useAppHarness } from './harness/use-app-harness.ts';

const app = useAppHarness();
const PROJECT = 'project=/fixtures/report/project.json';

/** The JPEG a report page is drawn as (one image filling the page). */
function pageJpeg(pdf: PDFDocument, index: number): Uint8Array {
  const resources = pdf.getPage(index).node.Resources()!;
  const xObjects = resources.lookup(PDFName.of('XObject'), PDFDict);
  const [ref] = xObjects.values();
  const stream = pdf.context.lookup(ref!);
  if (!(stream instanceof PDFRawStream)) throw new Error(`page ${index + 1}: no embedded image`);
  return stream.contents;
}

describe('review report', () => {
  it('exports a PDF with a page per scheme and per comment group, and downloads it from the townscape tab', async () => {
    const { page } = await app.openApp(PROJECT);
    await page.evaluate(async () => {
      await window.cim.addComment({
        text: '北侧退线不足，建议调整方案B的塔楼位置。',
        author: '张工',
        position: [114.0124, 32.9546, 30],
      });
      const id = await window.cim.addComment({
        text: 'Scheme B: the landmark tower is too tall',
        author: 'Li',
        position: [114.013, 32.955, 40],
      });
      await window.cim.setCommentStatus(id, 'resolved');
    });
    const { base64, schemes, comments, elapsedMs } = await page.evaluate(async () => {
      const started = performance.now();
      const bytes = await window.cim.exportReport();
      const elapsedMs = performance.now() - started;
      let binary = '';
      for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return {
        base64: btoa(binary),
        schemes: window.cim.schemes().length,
        comments: window.cim.comments().length,
        elapsedMs,
      };
    });
    const bytes = Buffer.from(base64, 'base64');
    console.log(`report: ${bytes.length} bytes in ${elapsedMs.toFixed(0)} ms`);
    expect(schemes).toBe(2);
    expect(comments).toBe(2);
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getPageCount()).toBe(1 + schemes + Math.ceil(comments / COMMENTS_PER_PAGE));
    expect(pdf.getTitle()).toBe('审查报告: 审查报告测试：样例城市模型与方案 B');
    const [width, height] = [pdf.getPage(0).getWidth(), pdf.getPage(0).getHeight()];
    expect([Math.round(width), Math.round(height)]).toEqual([842, 595]); // A4 landscape
    for (const k of [0, 2, 3]) writeFileSync(`/tmp/report-page-${k + 1}.jpg`, pageJpeg(pdf, k));
    const jpeg = pageJpeg(pdf, 2);
    expect([...jpeg.subarray(0, 2)]).toEqual([0xff, 0xd8]);

    // In English: the same pages, English text (a scheme page written out to look at).
    const english = await page.evaluate(async () => {
      window.cim.setLanguage('en');
      const bytes = await window.cim.exportReport();
      window.cim.setLanguage('zh-CN');
      let binary = '';
      for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return btoa(binary);
    });
    const englishPdf = await PDFDocument.load(Buffer.from(english, 'base64'));
    expect(englishPdf.getPageCount()).toBe(pdf.getPageCount());
    expect(englishPdf.getTitle()).toBe('Review report: Review report test: the sample city model and scheme B');
    writeFileSync('/tmp/report-page-en-3.jpg', pageJpeg(englishPdf, 2));
    expect(
      await page.evaluate(() => window.cim.viewpoints().map((v) => `${v.id}${v.eyeLevel ? ' (eye level)' : ''}`)),
    ).toEqual(['overview', 'street-corridor (eye level)']);

    // The button beside the review sheets downloads the same report.
    await page.click('.tool-tab[data-tool-id="townscape"]');
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 120_000 }),
      page.click('[data-action="report-pdf"]'),
    ]);
    expect(download.suggestedFilename()).toMatch(/^review-report-\d{4}-\d\d-\d\d\.pdf$/);
    const downloaded = await PDFDocument.load(readFileSync((await download.path())!));
    expect(downloaded.getPageCount()).toBe(pdf.getPageCount());

    // A skyline from the aerial view is flagged; the eye-level button analyses from the bridge and the note goes.
    await page.click('[data-action="skyline"]');
    const note = page.locator('.townscape-eye-note');
    await note.waitFor({ timeout: 120_000 });
    expect(await note.textContent()).toContain('当前视角不是人视点，天际线请在人视点查看');
    await page.screenshot({ path: '/tmp/report-eye-note.png' });
    await note.locator('[data-action="eye-level"][data-viewpoint="street-corridor"]').click();
    await expect.poll(() => note.count(), { timeout: 120_000 }).toBe(0);
  });
});
