// The sunlight table's two small charts: each sill's timeline (its counted sunlit periods across the counting window,
// in true solar time, with a tick every hour) and the heat map's legend (the colours of the facade cells in 3D).
import { rgbCss, sunlightHeatRgb } from '../../analysis/sunlight/heat-scale.ts';
import { svg } from '../svg.ts';

const TIMELINE_WIDTH_PX = 84;
const TIMELINE_HEIGHT_PX = 12;

/** Counted sunlit periods (true solar hours) across `window`, filled in the sill's heat colour. */
export function sunlightTimeline(
  periods: readonly (readonly [number, number])[],
  window: readonly [number, number],
  color: string,
  label: string,
): SVGSVGElement {
  const [start, end] = window;
  const x = (hours: number) => ((hours - start) / (end - start)) * TIMELINE_WIDTH_PX;
  const chart = svg('svg', {
    width: TIMELINE_WIDTH_PX,
    height: TIMELINE_HEIGHT_PX,
    role: 'img',
    'aria-label': label,
    class: 'sunlight-timeline',
  });
  chart.append(
    svg('rect', { width: TIMELINE_WIDTH_PX, height: TIMELINE_HEIGHT_PX, class: 'sunlight-timeline-window' }),
  );
  for (const [from, to] of periods)
    chart.append(
      svg('rect', {
        x: x(from).toFixed(1),
        width: Math.max(x(to) - x(from), 0.5).toFixed(1),
        height: TIMELINE_HEIGHT_PX,
        fill: color,
        class: 'sunlight-timeline-lit',
      }),
    );
  for (let hour = Math.ceil(start) + 1; hour < end; hour++)
    chart.append(
      svg('line', {
        x1: x(hour),
        x2: x(hour),
        y1: TIMELINE_HEIGHT_PX - 3,
        y2: TIMELINE_HEIGHT_PX,
        class: 'sunlight-timeline-tick',
      }),
    );
  return chart;
}

const LEGEND_WIDTH_PX = 200;
const LEGEND_BAR_PX = 10;
const LEGEND_SAMPLES = 48;

/** The heat colours from no sunlight to the whole window, the rule's hours marked where the colours break. */
export function sunlightHeatLegend(requiredHours: number, windowHours: number, title: string): SVGSVGElement {
  const chart = svg('svg', {
    width: LEGEND_WIDTH_PX,
    height: LEGEND_BAR_PX + 14,
    role: 'img',
    'aria-label': title,
    class: 'sunlight-legend',
  });
  const sampleWidth = LEGEND_WIDTH_PX / LEGEND_SAMPLES;
  for (let i = 0; i < LEGEND_SAMPLES; i++) {
    const hours = ((i + 0.5) / LEGEND_SAMPLES) * windowHours;
    chart.append(
      svg('rect', {
        x: (i * sampleWidth).toFixed(2),
        width: (sampleWidth + 0.5).toFixed(2),
        height: LEGEND_BAR_PX,
        fill: rgbCss(sunlightHeatRgb(hours, requiredHours, windowHours)),
      }),
    );
  }
  const x = (hours: number) => (hours / windowHours) * LEGEND_WIDTH_PX;
  chart.append(
    svg('line', {
      x1: x(requiredHours),
      x2: x(requiredHours),
      y1: 0,
      y2: LEGEND_BAR_PX + 3,
      class: 'sunlight-legend-rule',
    }),
  );
  const tick = (hours: number, anchor: string) =>
    svg(
      'text',
      { x: x(hours), y: LEGEND_BAR_PX + 12, 'text-anchor': anchor, class: 'sunlight-legend-text' },
      `${hours} h`,
    );
  chart.append(tick(0, 'start'), tick(requiredHours, 'middle'), tick(windowHours, 'end'));
  return chart;
}
