// Draws one review-report page on a canvas: A4 landscape at 150 dpi, the text in the system's CJK font (the PDF's
// standard fonts have no Chinese and embedding one costs megabytes), tables, the skyline charts and the snapshots.
import type { CommentsPage, CoverPage, ReportPage, SchemePage, Shown } from '../../app/report/report-pages.ts';
import type { Language } from '../../config/project-types.ts';
import { localDateTime } from '../../shared/local-date.ts';
import { fillMessage } from '../i18n.ts';
import { ct } from '../comments/comments-messages.ts';
import { sm } from '../schemes/schemes-messages.ts';
import { chartImage, skylineChart } from '../townscape/skyline-chart.ts';
import { tt } from '../townscape/townscape-messages.ts';
import { rt, sunlightRowText } from './report-messages.ts';

/** A4 landscape, 297 × 210 mm, at 150 dots per inch. */
export const PAGE_WIDTH_PX = 1754;
export const PAGE_HEIGHT_PX = 1240;
const MARGIN = 80;
const COLUMN_GAP = 50;
const COLUMN = (PAGE_WIDTH_PX - 2 * MARGIN - COLUMN_GAP) / 2;
const FONT = '"WenQuanYi Micro Hei", "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif';
const INK = '#1d2733';
const MUTED = '#5b6878';
const RED = '#c0392b';
const RULE = '#c9d1da';

type Context = CanvasRenderingContext2D;

function text(
  ctx: Context,
  value: string,
  x: number,
  y: number,
  size: number,
  style: { bold?: boolean; color?: string; align?: CanvasTextAlign } = {},
): void {
  ctx.font = `${style.bold ? 'bold ' : ''}${size}px ${FONT}`;
  ctx.fillStyle = style.color ?? INK;
  ctx.textAlign = style.align ?? 'left';
  ctx.textBaseline = 'alphabetic';
  ctx.fillText(value, x, y);
}

/** Latin words stay whole; Chinese breaks between any two characters (it has no spaces). */
const TOKENS = /[\x21-\x7e°²³]+\s*|\s+|./gu;

/** Greedy line breaking, at most `maxLines`, the last cut with an ellipsis. */
function wrap(ctx: Context, value: string, maxWidth: number, maxLines: number): string[] {
  const fits = (line: string) => ctx.measureText(line).width <= maxWidth;
  const lines: string[] = [];
  for (const paragraph of value.split('\n')) {
    let line = '';
    for (const token of paragraph.match(TOKENS) ?? []) {
      // A word wider than the line is broken by character.
      for (const piece of fits(token) ? [token] : [...token]) {
        if (line && !fits(line + piece.trimEnd())) {
          lines.push(line.trimEnd());
          line = piece.trimStart();
        } else line += piece;
      }
    }
    lines.push(line.trimEnd());
  }
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  while (last && !fits(`${last}…`)) last = last.slice(0, -1);
  kept[maxLines - 1] = `${last}…`;
  return kept;
}

function paragraph(
  ctx: Context,
  value: string,
  x: number,
  y: number,
  width: number,
  size: number,
  maxLines: number,
  color = INK,
): number {
  ctx.font = `${size}px ${FONT}`;
  const lines = wrap(ctx, value, width, maxLines);
  lines.forEach((line, k) => text(ctx, line, x, y + k * size * 1.4, size, { color }));
  return y + lines.length * size * 1.4;
}

function heading(ctx: Context, value: string, x: number, y: number, width: number): number {
  text(ctx, value, x, y, 28, { bold: true });
  ctx.fillStyle = RULE;
  ctx.fillRect(x, y + 10, width, 2);
  return y + 50;
}

/** A list of lines, cut as the page model says, with the rest counted. */
function list<T>(
  ctx: Context,
  lang: Language,
  shown: Shown<T>,
  line: (row: T) => string,
  x: number,
  y: number,
  width: number,
  color = INK,
): number {
  if (shown.rows.length === 0) return paragraph(ctx, rt(lang, 'none'), x, y, width, 22, 1, MUTED) + 14;
  let bottom = y;
  for (const row of shown.rows) bottom = paragraph(ctx, `• ${line(row)}`, x, bottom, width, 22, 1, color);
  if (shown.more > 0)
    bottom = paragraph(ctx, fillMessage(lang, rt(lang, 'more'), { count: shown.more }), x, bottom, width, 22, 1, MUTED);
  return bottom + 14;
}

function frame(ctx: Context, page: ReportPage, lang: Language, projectTitle: string): void {
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, PAGE_WIDTH_PX, PAGE_HEIGHT_PX);
  if (page.kind !== 'cover') {
    text(ctx, projectTitle, MARGIN, 50, 20, { color: MUTED });
    text(ctx, rt(lang, 'report'), PAGE_WIDTH_PX - MARGIN, 50, 20, { color: MUTED, align: 'right' });
  }
  text(
    ctx,
    fillMessage(lang, rt(lang, 'page'), { page: page.pageNumber, pages: page.pageCount }),
    PAGE_WIDTH_PX / 2,
    PAGE_HEIGHT_PX - 40,
    20,
    { color: MUTED, align: 'center' },
  );
}

function drawCover(ctx: Context, page: CoverPage, lang: Language): void {
  let y = 300;
  text(ctx, rt(lang, 'report'), MARGIN + 40, y, 88, { bold: true });
  y = paragraph(ctx, page.projectTitle, MARGIN + 40, y + 90, PAGE_WIDTH_PX - 2 * MARGIN - 80, 44, 2);
  y = paragraph(ctx, rt(lang, 'subject'), MARGIN + 40, y + 10, 1200, 28, 1, MUTED);
  y = paragraph(ctx, fillMessage(lang, rt(lang, 'date'), { date: page.date }), MARGIN + 40, y + 10, 1200, 28, 1, MUTED);
  ctx.fillStyle = RULE;
  ctx.fillRect(MARGIN + 40, y + 20, PAGE_WIDTH_PX - 2 * MARGIN - 80, 3);
  y = heading(ctx, rt(lang, 'schemes'), MARGIN + 40, y + 90, 600);
  page.schemes.forEach((scheme, k) => {
    y = paragraph(ctx, `${k + 1}. ${scheme.title}`, MARGIN + 60, y, 1400, 30, 1);
  });
  paragraph(
    ctx,
    fillMessage(lang, rt(lang, 'commentSummary'), { count: page.comments, open: page.openComments }),
    MARGIN + 40,
    y + 40,
    1400,
    28,
    1,
  );
}

function massingTable(
  ctx: Context,
  lang: Language,
  unit: SchemePage['massing']['rows'][number],
  x: number,
  y: number,
  width: number,
): number {
  const columns = [0.3, 0.175, 0.175, 0.175, 0.175].map((share) => share * width);
  const cellX = columns.map((_, k) => x + columns.slice(0, k).reduce((a, b) => a + b, 0));
  const rowHeight = 32;
  text(ctx, unit.unitName, x, y, 22, { bold: true });
  y += 12;
  const row = (cells: string[], bold: boolean, colors: string[] = []) => {
    cells.forEach((cell, k) =>
      text(ctx, cell, cellX[k]! + 8, y + rowHeight - 9, 20, { bold, color: colors[k] ?? INK }),
    );
    ctx.fillStyle = RULE;
    ctx.fillRect(x, y + rowHeight, width, 1);
    y += rowHeight;
  };
  ctx.fillStyle = '#eef2f6';
  ctx.fillRect(x, y, width, rowHeight);
  row(
    (['indicator', 'existing', 'scheme', 'delta', 'control'] as const).map((key) => sm(lang, key)),
    true,
  );
  for (const r of unit.rows)
    row([sm(lang, r.indicator), r.existing, `${r.scheme}${r.over ? ' ▲' : ''}`, r.delta, r.control], false, [
      INK,
      INK,
      r.over ? RED : INK,
    ]);
  return y + 24;
}

async function drawScheme(ctx: Context, page: SchemePage, lang: Language): Promise<void> {
  text(ctx, fillMessage(lang, rt(lang, 'scheme'), { scheme: page.scheme.title }), MARGIN, 120, 40, { bold: true });
  const top = 190;
  const left = MARGIN;
  const right = MARGIN + COLUMN + COLUMN_GAP;
  let y = heading(ctx, rt(lang, 'massing'), left, top, COLUMN);
  if (page.scheme.id === 'existing')
    y = paragraph(ctx, rt(lang, 'massingBaseline'), left, y, COLUMN, 22, 1, MUTED) + 14;
  else if (page.massing.rows.length === 0)
    y = paragraph(ctx, rt(lang, 'massingNone'), left, y, COLUMN, 22, 1, MUTED) + 14;
  for (const unit of page.massing.rows) y = massingTable(ctx, lang, unit, left, y, COLUMN);
  if (page.massing.more > 0)
    y =
      paragraph(ctx, fillMessage(lang, rt(lang, 'more'), { count: page.massing.more }), left, y, COLUMN, 22, 1, MUTED) +
      14;
  const count = (shown: Shown<unknown>) => shown.rows.length + shown.more;
  y = heading(ctx, fillMessage(lang, rt(lang, 'heights'), { count: count(page.violations) }), left, y + 10, COLUMN);
  y = list(
    ctx,
    lang,
    page.violations,
    (v) =>
      fillMessage(lang, rt(lang, 'height'), {
        building: v.featureId,
        height: v.heightMeters.toFixed(1),
        limit: v.limitMeters.toFixed(1),
        excess: v.excessMeters.toFixed(1),
        zone: v.zoneId,
      }),
    left,
    y,
    COLUMN,
    RED,
  );
  y = heading(ctx, fillMessage(lang, rt(lang, 'corridors'), { count: count(page.intrusions) }), left, y + 10, COLUMN);
  list(
    ctx,
    lang,
    page.intrusions,
    (i) =>
      fillMessage(lang, rt(lang, 'corridor'), {
        corridor: i.corridorId,
        building: i.featureId,
        meters: i.intrusionMeters.toFixed(1),
      }),
    left,
    y,
    COLUMN,
    RED,
  );

  y = heading(ctx, rt(lang, 'skylines'), right, top, COLUMN);
  if (page.skylines.rows.length === 0) y = paragraph(ctx, rt(lang, 'noEyeLevel'), right, y, COLUMN, 22, 2, MUTED) + 14;
  for (const { viewpointTitle, run } of page.skylines.rows) {
    text(ctx, fillMessage(lang, rt(lang, 'skylineFrom'), { viewpoint: viewpointTitle }), right, y, 22, { bold: true });
    const image = await chartImage(skylineChart(run, lang));
    const chartHeight = (COLUMN * image.naturalHeight) / image.naturalWidth;
    ctx.drawImage(image, right, y + 10, COLUMN, chartHeight);
    y += chartHeight + 44;
    const proposal = run.series[1];
    if (proposal) {
      const scheme = page.scheme.title;
      const message = proposal.rise
        ? fillMessage(lang, tt(lang, 'largestRise'), {
            scheme,
            deg: proposal.rise.riseDeg.toFixed(2),
            meters: proposal.rise.riseMeters.toFixed(1),
            distance: proposal.rise.distanceMeters.toFixed(0),
            azimuth: proposal.rise.azimuthDeg.toFixed(1),
            cause: proposal.causeLabel ?? '—',
          })
        : fillMessage(lang, tt(lang, 'noRise'), { scheme });
      y = paragraph(ctx, message, right, y, COLUMN, 20, 2) + 10;
    }
  }
  if (page.skylines.more > 0)
    y =
      paragraph(
        ctx,
        fillMessage(lang, rt(lang, 'moreSkylines'), { count: page.skylines.more }),
        right,
        y,
        COLUMN,
        20,
        1,
        MUTED,
      ) + 10;

  y = heading(ctx, rt(lang, 'sunlight'), right, y + 10, COLUMN);
  const { sunlight } = page;
  if (sunlight.state === 'not-applicable')
    paragraph(ctx, rt(lang, 'sunlightNotApplicable'), right, y, COLUMN, 22, 1, MUTED);
  else if (sunlight.state === 'not-computed')
    paragraph(ctx, rt(lang, 'sunlightNotComputed'), right, y, COLUMN, 22, 2, MUTED);
  else {
    y =
      paragraph(
        ctx,
        fillMessage(lang, rt(lang, 'sunlightSummary'), {
          dwellings: sunlight.dwellingsInReach,
          count: sunlight.failing.rows.length + sunlight.failing.more,
        }),
        right,
        y,
        COLUMN,
        22,
        2,
      ) + 6;
    list(ctx, lang, sunlight.failing, (row) => sunlightRowText(lang, row), right, y, COLUMN, RED);
  }
}

async function drawComments(ctx: Context, page: CommentsPage, lang: Language): Promise<void> {
  text(ctx, fillMessage(lang, rt(lang, 'comments'), { group: page.group, groups: page.groups }), MARGIN, 120, 40, {
    bold: true,
  });
  const cellHeight = (PAGE_HEIGHT_PX - 190 - 90) / 2;
  const snapshotWidth = 400;
  for (const [k, comment] of page.comments.entries()) {
    const x = MARGIN + (k % 2) * (COLUMN + COLUMN_GAP);
    const y = 180 + Math.floor(k / 2) * cellHeight;
    ctx.fillStyle = RULE;
    ctx.fillRect(x, y, COLUMN, 2);
    const snapshotHeight = cellHeight - 40;
    if (comment.snapshot) {
      const bitmap = await createImageBitmap(
        new Blob([comment.snapshot.bytes as BlobPart], {
          type: `image/${comment.snapshot.format === 'jpg' ? 'jpeg' : 'png'}`,
        }),
      );
      const scale = Math.min(snapshotWidth / bitmap.width, snapshotHeight / bitmap.height);
      ctx.drawImage(bitmap, x, y + 20, bitmap.width * scale, bitmap.height * scale);
      bitmap.close();
    } else {
      ctx.fillStyle = '#eef2f6';
      ctx.fillRect(x, y + 20, snapshotWidth, snapshotWidth * 0.6);
      text(ctx, rt(lang, 'noSnapshot'), x + snapshotWidth / 2, y + 20 + snapshotWidth * 0.3, 22, {
        color: MUTED,
        align: 'center',
      });
    }
    const textX = x + snapshotWidth + 24;
    const textWidth = COLUMN - snapshotWidth - 24;
    const resolved = comment.status === 'resolved';
    text(ctx, `#${comment.number}`, textX, y + 56, 32, { bold: true });
    text(ctx, ct(lang, resolved ? 'status.resolved' : 'status.open'), textX + textWidth, y + 56, 24, {
      bold: true,
      color: resolved ? '#2e7d32' : RED,
      align: 'right',
    });
    let bottom = paragraph(
      ctx,
      fillMessage(lang, rt(lang, 'commentMeta'), { author: comment.author, time: localDateTime(comment.createdAt) }),
      textX,
      y + 92,
      textWidth,
      20,
      2,
      MUTED,
    );
    if (comment.schemeTitle)
      bottom = paragraph(
        ctx,
        fillMessage(lang, rt(lang, 'commentScheme'), { scheme: comment.schemeTitle }),
        textX,
        bottom,
        textWidth,
        20,
        2,
        MUTED,
      );
    paragraph(
      ctx,
      comment.text,
      textX,
      bottom + 16,
      textWidth,
      24,
      Math.floor((y + cellHeight - bottom - 40) / (24 * 1.4)),
    );
  }
}

/** The page drawn on a new canvas. */
export async function drawReportPage(
  page: ReportPage,
  lang: Language,
  projectTitle: string,
): Promise<HTMLCanvasElement> {
  const canvas = document.createElement('canvas');
  canvas.width = PAGE_WIDTH_PX;
  canvas.height = PAGE_HEIGHT_PX;
  const ctx = canvas.getContext('2d')!;
  frame(ctx, page, lang, projectTitle);
  if (page.kind === 'cover') drawCover(ctx, page, lang);
  else if (page.kind === 'scheme') await drawScheme(ctx, page, lang);
  else await drawComments(ctx, page, lang);
  return canvas;
}
