// The cross-section chart: pipes at their offset along the line and their depth, in class colours, with size and
// top-depth labels and the ground line. Plain SVG built from text nodes and attributes (never markup strings).
import type { CrossSectionHit } from '../../analysis/pipes/cross-section.ts';
import { PIPE_CLASS_INFO } from '../../analysis/pipes/pipe-classes.ts';
import type { Language } from '../../config/project-types.ts';
import { pipesText } from './pipes-messages.ts';
import { svg } from '../svg.ts';

const WIDTH = 340;
const HEIGHT = 220;
const MARGIN = { left: 38, right: 12, top: 26, bottom: 30 };

export const sizeLabel = (hit: CrossSectionHit): string =>
  hit.section === 'circle' ? `DN${hit.widthMm}` : `${hit.widthMm}×${hit.heightMm}`;

export function sectionChart(hits: readonly CrossSectionHit[], lengthM: number, language: Language): SVGSVGElement {
  const maxDepthM = Math.max(1, ...hits.map((hit) => hit.depthBottomM)) * 1.15;
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const x = (offsetM: number) => MARGIN.left + (offsetM / Math.max(lengthM, 1e-6)) * plotWidth;
  const y = (depthM: number) => MARGIN.top + (depthM / maxDepthM) * plotHeight;
  const chart = svg('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: 'section-chart', role: 'img' });

  chart.append(svg('rect', { x: MARGIN.left, y: y(0), width: plotWidth, height: plotHeight, class: 'soil' }));
  chart.append(svg('line', { x1: MARGIN.left, x2: WIDTH - MARGIN.right, y1: y(0), y2: y(0), class: 'ground-line' }));
  chart.append(svg('text', { x: MARGIN.left + 2, y: y(0) - 4, class: 'axis-label' }, pipesText(language, 'ground')));
  for (const depth of depthTicks(maxDepthM)) {
    chart.append(svg('line', { x1: MARGIN.left - 3, x2: MARGIN.left, y1: y(depth), y2: y(depth), class: 'tick' }));
    chart.append(
      svg('text', { x: MARGIN.left - 5, y: y(depth) + 3, class: 'tick-label', 'text-anchor': 'end' }, depth.toFixed(1)),
    );
  }
  chart.append(
    svg(
      'text',
      { x: MARGIN.left + plotWidth / 2, y: HEIGHT - 6, class: 'axis-label', 'text-anchor': 'middle' },
      `${pipesText(language, 'offset')} 0 – ${lengthM.toFixed(1)}`,
    ),
  );

  hits.forEach((hit, i) => {
    const cx = x(hit.offsetM);
    const top = y(hit.depthTopM);
    const bottom = y(hit.depthBottomM);
    const halfWidthPx = Math.max(2.5, (hit.widthMm / 2000 / Math.max(lengthM, 1e-6)) * plotWidth);
    const group = svg('g', { class: 'pipe', 'data-pipe-id': hit.id });
    const colour = PIPE_CLASS_INFO[hit.class].displayCss;
    group.append(
      hit.section === 'circle'
        ? svg('ellipse', {
            cx,
            cy: (top + bottom) / 2,
            rx: halfWidthPx,
            ry: Math.max(2.5, (bottom - top) / 2),
            fill: colour,
            class: 'pipe-shape',
          })
        : svg('rect', {
            x: cx - halfWidthPx,
            y: top,
            width: 2 * halfWidthPx,
            height: Math.max(5, bottom - top),
            fill: colour,
            class: 'pipe-shape',
          }),
    );
    // Labels alternate above and below so neighbouring pipes do not print over each other.
    const labelY = i % 2 === 0 ? top - 4 : bottom + 10;
    group.append(
      svg(
        'text',
        { x: cx, y: labelY, class: 'pipe-label', 'text-anchor': 'middle' },
        `${sizeLabel(hit)} ${hit.depthTopM.toFixed(2)}m`,
      ),
    );
    group.append(
      svg(
        'title',
        {},
        `${hit.id} ${PIPE_CLASS_INFO[hit.class].name[language]} ${sizeLabel(hit)}: ${hit.depthTopM.toFixed(2)}–${hit.depthBottomM.toFixed(2)} m`,
      ),
    );
    chart.append(group);
  });
  return chart;
}

function depthTicks(maxDepthM: number): number[] {
  const step = maxDepthM > 6 ? 2 : maxDepthM > 3 ? 1 : 0.5;
  const ticks: number[] = [];
  for (let depth = step; depth < maxDepthM; depth += step) ticks.push(depth);
  return ticks;
}
