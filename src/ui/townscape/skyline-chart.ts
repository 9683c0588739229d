// The skyline chart: elevation angle over azimuth for the existing city and each proposal, the largest rise marked.
// Built as SVG elements (text as text nodes) so it can be exported as SVG or rendered to PNG as it is.
import type { ControlLine } from '../../analysis/townscape/skyline-compare.ts';
import type { SkylineRun } from '../../app/townscape/townscape-feature.ts';
import { localize } from '../../config/localize.ts';
import type { Language } from '../../config/project-types.ts';
import { tt } from './townscape-messages.ts';
import { svg, SVG_NAMESPACE } from '../svg.ts';

const WIDTH = 640;
const HEIGHT = 240;
const MARGIN = { left: 44, right: 12, top: 12, bottom: 34 };

/** Nice tick step for a range: 1, 2 or 5 × 10ⁿ, about five ticks. */
function tickStep(range: number): number {
  const raw = range / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((m) => m * power).find((step) => step >= raw) ?? raw;
}

export interface ChartFrame {
  /** The elevation range drawn (0 or below at the bottom, 8 % headroom at the top) and the azimuth at the left edge. */
  lowDeg: number;
  highDeg: number;
  startDeg: number;
  x(i: number): number;
  y(deg: number): number;
  /** Chart (viewBox) coordinates → azimuth (unwrapped from the view's start, may pass 360) and elevation. */
  azimuthAt(px: number): number;
  elevationAt(py: number): number;
  xOfAzimuth(azimuthDeg: number): number;
}

const plotW = WIDTH - MARGIN.left - MARGIN.right,
  plotH = HEIGHT - MARGIN.top - MARGIN.bottom;

export function chartFrame(run: SkylineRun): ChartFrame {
  const count = run.series[0]!.profile.elevationDeg.length;
  const all = run.series.flatMap((s) => s.profile.elevationDeg);
  const low = Math.min(0, ...all);
  const high = Math.max(low + 1, ...all) * 1.08;
  const startDeg = run.headingDeg - run.fovDeg / 2;
  return {
    lowDeg: low,
    highDeg: high,
    startDeg,
    x: (i) => MARGIN.left + (count > 1 ? (i / (count - 1)) * plotW : 0),
    y: (deg) => MARGIN.top + plotH - ((deg - low) / (high - low)) * plotH,
    azimuthAt: (px) => startDeg + ((px - MARGIN.left) / plotW) * run.fovDeg,
    elevationAt: (py) => low + ((MARGIN.top + plotH - py) / plotH) * (high - low),
    xOfAzimuth: (azimuthDeg) => MARGIN.left + ((azimuthDeg - startDeg) / run.fovDeg) * plotW,
  };
}

/** Maps a pointer event on the chart to viewBox coordinates. */
export function chartPoint(chart: SVGSVGElement, event: MouseEvent): [number, number] {
  const box = chart.getBoundingClientRect();
  return [((event.clientX - box.left) * WIDTH) / box.width, ((event.clientY - box.top) * HEIGHT) / box.height];
}

export function skylineChart(run: SkylineRun, language: Language, control?: ControlLine): SVGSVGElement {
  const root = svg('svg', {
    xmlns: SVG_NAMESPACE,
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
    width: WIDTH,
    height: HEIGHT,
    class: 'skyline-chart',
    role: 'img',
  });
  root.append(svg('rect', { x: 0, y: 0, width: WIDTH, height: HEIGHT, fill: '#18202b' }));
  const frame = chartFrame(run);
  const { x, y, lowDeg: low, highDeg: high, startDeg } = frame;

  const axis = '#8a97a8';
  const yStep = tickStep(high - low);
  for (let v = Math.ceil(low / yStep) * yStep; v <= high; v += yStep) {
    root.append(svg('line', { x1: MARGIN.left, x2: WIDTH - MARGIN.right, y1: y(v), y2: y(v), stroke: '#2c3848' }));
    root.append(
      svg(
        'text',
        { x: MARGIN.left - 4, y: y(v) + 4, fill: axis, 'font-size': 11, 'text-anchor': 'end' },
        v.toFixed(yStep < 1 ? 1 : 0),
      ),
    );
  }
  const xStep = tickStep(run.fovDeg);
  for (let a = Math.ceil(startDeg / xStep) * xStep; a <= startDeg + run.fovDeg + 1e-9; a += xStep) {
    const px = frame.xOfAzimuth(a);
    root.append(
      svg(
        'text',
        { x: px, y: HEIGHT - MARGIN.bottom + 14, fill: axis, 'font-size': 11, 'text-anchor': 'middle' },
        `${(((a % 360) + 360) % 360).toFixed(0)}`,
      ),
    );
  }
  root.append(
    svg(
      'text',
      { x: MARGIN.left + plotW / 2, y: HEIGHT - 6, fill: axis, 'font-size': 11, 'text-anchor': 'middle' },
      tt(language, 'azimuth'),
    ),
  );
  root.append(
    svg(
      'text',
      {
        x: 12,
        y: MARGIN.top + plotH / 2,
        fill: axis,
        'font-size': 11,
        'text-anchor': 'middle',
        transform: `rotate(-90 12 ${MARGIN.top + plotH / 2})`,
      },
      tt(language, 'elevation'),
    ),
  );

  run.series.forEach((series, k) => {
    const points = series.profile.elevationDeg.map((deg, i) => `${x(i).toFixed(1)},${y(deg).toFixed(1)}`).join(' ');
    // The existing skyline goes on top, so a proposal's line shows only where it differs.
    const line = svg('polyline', {
      points,
      fill: 'none',
      stroke: series.color,
      'stroke-width': k === 0 ? 1.5 : 2,
      'data-series': series.id,
    });
    if (k === 0) root.append(line);
    else root.insertBefore(line, root.querySelector('polyline[data-series="existing"]'));
    // Legend stacked in the plot's top-left corner: titles are long and there is no room beside each other.
    const legendY = MARGIN.top + 8 + k * 15;
    root.append(svg('rect', { x: MARGIN.left + 6, y: legendY - 2, width: 14, height: 4, fill: series.color }));
    root.append(
      svg(
        'text',
        {
          x: MARGIN.left + 24,
          y: legendY + 4,
          fill: '#dde3ea',
          'font-size': 12,
          stroke: '#18202b',
          'stroke-width': 3,
          'paint-order': 'stroke',
        },
        localize(series.title, language),
      ),
    );
    if (series.rise) {
      const i = series.profile.azimuthDeg.indexOf(series.rise.azimuthDeg);
      root.append(
        svg('circle', {
          cx: x(i),
          cy: y(series.profile.elevationDeg[i]!),
          r: 4,
          fill: 'none',
          stroke: series.color,
          'stroke-width': 2,
        }),
      );
      root.append(
        svg(
          'text',
          {
            x: x(i),
            y: y(series.profile.elevationDeg[i]!) - 8,
            fill: series.color,
            'font-size': 11,
            'text-anchor': 'middle',
          },
          `+${series.rise.riseDeg.toFixed(2)}°`,
        ),
      );
    }
  });
  if (control && control.azimuthDeg.length > 0) {
    const points = control.azimuthDeg
      .map((a, k) => `${frame.xOfAzimuth(a).toFixed(1)},${y(control.elevationDeg[k]!).toFixed(1)}`)
      .join(' ');
    root.append(
      svg('polyline', {
        points,
        fill: 'none',
        stroke: '#66ff99',
        'stroke-width': 2,
        'stroke-dasharray': '6 4',
        'data-series': 'control',
      }),
    );
    control.azimuthDeg.forEach((a, k) =>
      root.append(
        svg('circle', {
          cx: frame.xOfAzimuth(a),
          cy: y(control.elevationDeg[k]!),
          r: 3,
          fill: '#66ff99',
          class: 'control-point',
        }),
      ),
    );
  }
  return root;
}

export function svgBlob(chart: SVGSVGElement): Blob {
  return new Blob([new XMLSerializer().serializeToString(chart)], { type: 'image/svg+xml' });
}

/** The chart as a decoded image, to draw on a canvas at any size. */
export async function chartImage(chart: SVGSVGElement): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(svgBlob(chart));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    return image;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Renders the SVG at twice its size onto a canvas and encodes it as PNG. */
export async function pngBlob(chart: SVGSVGElement): Promise<Blob> {
  const image = await chartImage(chart);
  const canvas = document.createElement('canvas');
  canvas.width = WIDTH * 2;
  canvas.height = HEIGHT * 2;
  canvas.getContext('2d')!.drawImage(image, 0, 0, canvas.width, canvas.height);
  return await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}
