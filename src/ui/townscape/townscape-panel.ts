// The 风貌管控 tab: height-limit check (list, CSV), skyline comparison (chart, control line, PNG/SVG), view corridors (list) and
// the per-proposal review sheets. A view of the townscape store; the buttons call the feature's actions.
import type { Actions, App } from '../../app/app.ts';
import type { AppState } from '../../app/state.ts';
import { eyeLevelViewpointAt, eyeLevelViewpoints } from '../../app/townscape/eye-level.ts';
import type { Townscape, TownscapeState } from '../../app/townscape/townscape-feature.ts';
import { localize } from '../../config/localize.ts';
import type { Language } from '../../config/project-types.ts';
import type { Store } from '../../shared/store.ts';
import type { SchemeImpactRun } from '../../app/sunlight/sunlight-feature.ts';
import { h, render } from '../dom.ts';
import type { ToolTab } from '../tool-dock.ts';
import { csvBlob, deskOnly, downloadBlob } from './download.ts';
import { openReviewSheets } from './review-sheet.ts';
import { chartFrame, chartPoint, pngBlob, skylineChart, svgBlob } from './skyline-chart.ts';
import { tt } from './townscape-messages.ts';
import { rt } from '../report/report-messages.ts';
import { reportFileName } from '../report/report-file-name.ts';
import { fillMessage } from '../i18n.ts';
import './townscape.css';

const m = (value: number) => value.toFixed(1);

/** What the review block reads from other features: the report's PDF and each scheme's last sunlight impact. */
export interface ReviewSources {
  reportPdf: () => Promise<Uint8Array>;
  sunlightImpactOf: (schemeId: string) => SchemeImpactRun | undefined;
}

export function mountTownscapePanel(
  body: HTMLElement,
  appStore: Store<AppState>,
  actions: Actions,
  townscape: Townscape,
  { reportPdf, sunlightImpactOf }: ReviewSources,
  onReset: App['onReset'],
): void {
  const language = () => appStore.get().language;
  const status = h('p', { className: 'townscape-status', 'aria-live': 'polite' });
  const height = h('section', { className: 'townscape-height' });
  const skyline = h('section', { className: 'townscape-skyline' });
  const corridors = h('section', { className: 'townscape-corridors' });
  const review = h('section', { className: 'townscape-review' });
  body.append(status, height, skyline, corridors, review);
  let viewpointId = '';

  const run = (work: () => Promise<unknown>) => () =>
    void work().catch((error: unknown) => {
      status.textContent = error instanceof Error ? error.message : String(error);
    });
  const button = (label: string, onclick: () => void, extra: Record<string, string> = {}) =>
    h('button', { type: 'button', className: 'townscape-button', onclick, ...extra }, label);

  const table = (headers: string[], rows: (string | number)[][], className: string) =>
    h(
      'div',
      { className: 'townscape-table-wrap' },
      h(
        'table',
        { className },
        h('thead', {}, h('tr', {}, ...headers.map((text) => h('th', {}, text)))),
        h('tbody', {}, ...rows.map((row) => h('tr', {}, ...row.map((cell) => h('td', {}, String(cell)))))),
      ),
    );

  const drawHeight = (state: TownscapeState, lang: Language) => {
    const result = state.height;
    const headers = [
      tt(lang, 'building'),
      tt(lang, 'layer'),
      tt(lang, 'height'),
      tt(lang, 'limit'),
      tt(lang, 'excess'),
      tt(lang, 'zone'),
    ];
    const rows =
      result?.violations.map((v) => [
        v.featureId,
        v.layerId,
        m(v.heightMeters),
        m(v.limitMeters),
        m(v.excessMeters),
        v.zoneId,
      ]) ?? [];
    render(
      height,
      h('h3', {}, tt(lang, 'heightTitle')),
      button(
        tt(lang, 'runHeight'),
        run(() => townscape.runHeightCheck()),
        { 'data-action': 'height-check' },
      ),
      result &&
        h(
          'p',
          { className: 'townscape-summary' },
          result.zones.length === 0
            ? tt(lang, 'noZones')
            : result.violations.length === 0
              ? tt(lang, 'heightNone')
              : fillMessage(lang, tt(lang, 'heightSummary'), {
                  checked: result.checkedCount,
                  count: result.violations.length,
                }),
        ),
      result && result.violations.length > 0 && table(headers, rows, 'townscape-violations'),
      result &&
        result.violations.length > 0 &&
        deskOnly(
          button(tt(lang, 'exportCsv'), () => downloadBlob(csvBlob([headers, ...rows]), 'height-check.csv'), {
            'data-action': 'export-csv',
          }),
        ),
      result &&
        result.problems.length > 0 &&
        h(
          'details',
          { className: 'townscape-problems' },
          h('summary', {}, fillMessage(lang, tt(lang, 'unchecked'), { count: result.problems.length })),
          h(
            'ul',
            {},
            ...result.problems.slice(0, 200).map((p) => h('li', {}, `${p.source} ${p.featureId}: ${p.message}`)),
          ),
        ),
    );
  };

  let chart: SVGSVGElement | null = null;
  const drawSkyline = (state: TownscapeState, lang: Language) => {
    const result = state.skyline;
    const control = state.control;
    chart = result ? skylineChart(result, lang, control?.line) : null;
    if (chart && result) {
      const frame = chartFrame(result);
      const target = chart;
      target.addEventListener('click', (event) => {
        const [px, py] = chartPoint(target, event);
        const points = [
          ...(control ? control.line.azimuthDeg.map((a, k) => [a, control.line.elevationDeg[k]!]) : []),
          [frame.azimuthAt(px), frame.elevationAt(py)],
        ].sort((a, b) => a[0]! - b[0]!);
        run(() =>
          townscape.checkControlLine({ azimuthDeg: points.map((p) => p[0]!), elevationDeg: points.map((p) => p[1]!) }),
        )();
      });
    }
    const viewpoints = appStore.get().viewpoints;
    const select = h(
      'select',
      {
        className: 'townscape-viewpoint',
        'aria-label': tt(lang, 'viewpoint'),
        onchange: (event: Event) => {
          viewpointId = (event.target as HTMLSelectElement).value;
        },
      },
      h('option', { value: '' }, tt(lang, 'currentView')),
      ...viewpoints.map((v) =>
        h('option', { value: v.id, selected: v.id === viewpointId }, localize(v.title, lang) || v.id),
      ),
    );
    const analyse = async () => {
      if (viewpointId) await actions.flyToViewpoint(viewpointId, 0);
      await townscape.runSkyline();
    };
    // An aerial camera sees the city below the horizon: say so, and offer the eye-level viewpoints (人视点).
    const eyeLevel = eyeLevelViewpoints(viewpoints);
    const eyeNote =
      result &&
      !eyeLevelViewpointAt(result.eye, viewpoints) &&
      h(
        'div',
        { className: 'townscape-eye-note', role: 'note' },
        h('p', {}, tt(lang, eyeLevel.length > 0 ? 'notEyeLevel' : 'noEyeLevel')),
        ...eyeLevel.map((v) =>
          button(
            fillMessage(lang, tt(lang, 'flyEyeLevel'), { viewpoint: localize(v.title, lang) || v.id }),
            run(async () => {
              viewpointId = v.id;
              await analyse();
            }),
            { 'data-action': 'eye-level', 'data-viewpoint': v.id },
          ),
        ),
      );
    render(
      skyline,
      h('h3', {}, tt(lang, 'skylineTitle')),
      h(
        'div',
        { className: 'townscape-row' },
        select,
        button(tt(lang, 'runSkyline'), run(analyse), { 'data-action': 'skyline' }),
      ),
      eyeNote,
      chart,
      ...(result?.series.slice(1).map((series) =>
        h(
          'p',
          { className: 'townscape-rise', 'data-series': series.id },
          series.rise
            ? fillMessage(lang, tt(lang, 'largestRise'), {
                scheme: localize(series.title, lang),
                deg: series.rise.riseDeg.toFixed(2),
                meters: m(series.rise.riseMeters),
                distance: series.rise.distanceMeters.toFixed(0),
                azimuth: series.rise.azimuthDeg.toFixed(1),
                cause: series.causeLabel ?? '—',
              })
            : fillMessage(lang, tt(lang, 'noRise'), { scheme: localize(series.title, lang) }),
        ),
      ) ?? []),
      chart && h('p', { className: 'townscape-hint' }, tt(lang, 'controlHint')),
      control &&
        control.line.azimuthDeg.length > 1 &&
        h(
          'p',
          { className: 'townscape-summary' },
          fillMessage(lang, tt(lang, 'controlSummary'), { count: control.breaches.length }),
        ),
      control &&
        control.breaches.length > 0 &&
        table(
          [tt(lang, 'building'), tt(lang, 'layer'), tt(lang, 'excessDeg'), tt(lang, 'excess'), tt(lang, 'azimuth')],
          control.breaches.map((b) => [
            b.featureId,
            b.layerId,
            b.excessDeg.toFixed(2),
            m(b.excessMeters),
            b.azimuthDeg.toFixed(1),
          ]),
          'townscape-breaches',
        ),
      chart &&
        h(
          'div',
          { className: 'townscape-row' },
          control &&
            button(
              tt(lang, 'clearControl'),
              run(() => townscape.checkControlLine(null)),
              { 'data-action': 'clear-control' },
            ),
          deskOnly(
            button(
              tt(lang, 'exportPng'),
              run(async () => downloadBlob(await pngBlob(chart!), 'skyline.png')),
              { 'data-action': 'export-png' },
            ),
          ),
          deskOnly(
            button(tt(lang, 'exportSvg'), () => downloadBlob(svgBlob(chart!), 'skyline.svg'), {
              'data-action': 'export-svg',
            }),
          ),
        ),
    );
  };

  const drawCorridors = (state: TownscapeState, lang: Language) => {
    const result = state.corridors;
    render(
      corridors,
      h('h3', {}, tt(lang, 'corridorTitle')),
      button(
        tt(lang, 'runCorridors'),
        run(() => townscape.runCorridorCheck()),
        { 'data-action': 'corridors' },
      ),
      result &&
        h(
          'p',
          { className: 'townscape-summary' },
          result.corridors.length === 0
            ? tt(lang, 'noCorridors')
            : fillMessage(lang, tt(lang, 'corridorSummary'), {
                corridors: result.corridors.length,
                count: result.intrusions.length,
              }),
        ),
      result &&
        result.intrusions.length > 0 &&
        table(
          [tt(lang, 'corridor'), tt(lang, 'building'), tt(lang, 'layer'), tt(lang, 'intrusion')],
          result.intrusions.map((i) => [i.corridorId, i.featureId, i.layerId, m(i.intrusionMeters)]),
          'townscape-intrusions',
        ),
    );
  };

  let closeSheets = () => {};
  const resetLate = onReset(() => {
    closeSheets();
    status.textContent = '';
  });
  const drawReview = (lang: Language) => {
    // Sheets that were still being made at a reset open and close at once: they are not for the next visitor.
    const openSheets = () =>
      resetLate(
        townscape.reviewProposals().then((reviews) => {
          closeSheets();
          closeSheets = openReviewSheets(
            document.body,
            reviews,
            townscape.store.get().skyline!,
            language(),
            sunlightImpactOf,
          );
        }),
      );
    const downloadReport = async () => {
      status.textContent = rt(lang, 'busy');
      const bytes = await reportPdf();
      downloadBlob(new Blob([bytes as BlobPart], { type: 'application/pdf' }), reportFileName());
      status.textContent = '';
    };
    render(
      review,
      h('h3', {}, tt(lang, 'reviewTitle')),
      h(
        'div',
        { className: 'townscape-row' },
        button(tt(lang, 'openReview'), run(openSheets), { 'data-action': 'review' }),
        deskOnly(button(rt(lang, 'download'), run(downloadReport), { 'data-action': 'report-pdf' })),
      ),
    );
  };

  const draw = () => {
    const state = townscape.store.get();
    const lang = language();
    status.textContent = state.busy ? tt(lang, 'busy') : '';
    drawHeight(state, lang);
    drawSkyline(state, lang);
    drawCorridors(state, lang);
    drawReview(lang);
  };
  townscape.store.subscribe(draw);
  appStore.subscribe((state, previous) => {
    if (state.language !== previous.language || state.viewpoints !== previous.viewpoints) draw();
  });
  draw();
}

export function townscapeTab(
  appStore: Store<AppState>,
  actions: Actions,
  townscape: Townscape,
  reviewSources: ReviewSources,
  onReset: App['onReset'],
): ToolTab {
  return {
    id: 'townscape',
    title: (lang) => tt(lang, 'tab'),
    mount: (body) => mountTownscapePanel(body, appStore, actions, townscape, reviewSources, onReset),
  };
}
