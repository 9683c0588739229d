// The 日照分析 tab: the project's rule, a scheme choice, "analyse the selected building", and the window sills'
// hours as a table (CSV) with each sill's sunlit periods as a timeline and the facade heat map's legend; below, a scheme's impact on its neighbours (impact-section.ts). A view of the sunlight store;
// the buttons call the feature.
import type { App } from '../../app/app.ts';
import type { AppState } from '../../app/state.ts';
import type { ShadowAnimation } from '../../app/sunlight/shadow-animation.ts';
import type { Sunlight, SunlightRun } from '../../app/sunlight/sunlight-feature.ts';
import { localize } from '../../config/localize.ts';
import type { Language } from '../../config/project-types.ts';
import type { Store } from '../../shared/store.ts';
import { h, labelledSelect, render } from '../dom.ts';
import { fillMessage } from '../i18n.ts';
import type { ToolTab } from '../tool-dock.ts';
import { csvBlob, deskOnly, downloadBlob } from '../townscape/download.ts';
import { rgbCss, sunlightHeatRgb } from '../../analysis/sunlight/heat-scale.ts';
import { mountImpactSection } from './impact-section.ts';
import { sunlightHeatLegend, sunlightTimeline } from './sunlight-charts.ts';
import { mountShadowSection } from './shadow-section.ts';
import { st } from './sunlight-messages.ts';
import './sunlight.css';

const hoursText = (value: number) => value.toFixed(2);
const clock = (iso: string) => iso.slice(11, 16);

export function mountSunlightPanel(
  body: HTMLElement,
  appStore: Store<AppState>,
  sunlight: Sunlight,
  shadows: ShadowAnimation,
  onReset: App['onReset'],
): void {
  const status = h('p', { className: 'sunlight-status', 'aria-live': 'polite' });
  onReset(() => {
    status.textContent = '';
  });
  const controls = h('div', { className: 'sunlight-controls' });
  const results = h('section', { className: 'sunlight-results' });
  body.append(controls, status, results);
  let schemeId = '';

  const analyseSelected = () => {
    const selection = appStore.get().selection;
    const id = selection?.standard.id;
    if (!selection || (typeof id !== 'string' && typeof id !== 'number')) {
      status.textContent = st(appStore.get().language, 'selectFirst');
      return;
    }
    status.textContent = st(appStore.get().language, 'busy');
    sunlight
      .run({ buildingId: String(id), layerId: selection.layerId }, schemeId ? { schemeId } : {})
      .then(() => {
        status.textContent = '';
      })
      .catch((error: unknown) => {
        status.textContent = error instanceof Error ? error.message : String(error);
      });
  };

  const drawControls = (lang: Language) => {
    const schemeChoice = labelledSelect(
      st(lang, 'scheme'),
      { className: 'sunlight-scheme', value: schemeId, onChange: (value) => (schemeId = value) },
      [
        ['', st(lang, 'visible')],
        ['existing', st(lang, 'existing')],
        ...sunlight.schemes().map((scheme) => [scheme.id, localize(scheme.title, lang)] as const),
      ],
    );
    render(
      controls,
      schemeChoice,
      h(
        'button',
        { type: 'button', className: 'sunlight-button', 'data-action': 'sunlight-building', onclick: analyseSelected },
        st(lang, 'analyseSelected'),
      ),
      h(
        'button',
        {
          type: 'button',
          className: 'sunlight-button',
          'data-action': 'sunlight-clear',
          onclick: () => sunlight.clear(),
        },
        st(lang, 'clear'),
      ),
    );
  };

  const drawResults = (run: SunlightRun | null, lang: Language) => {
    if (!run) return render(results);
    const headers = [
      st(lang, 'floor'),
      st(lang, 'facade'),
      st(lang, 'hours'),
      st(lang, 'longest'),
      st(lang, 'intervals'),
      st(lang, 'result'),
    ];
    const rows = run.points.map((p) => [
      p.floor ?? '',
      p.facade === undefined ? '' : p.facade + 1,
      hoursText(p.hours),
      hoursText(p.longestHours),
      p.intervals.map(([a, b]) => `${clock(a)}–${clock(b)}`).join(' '),
      st(lang, p.pass ? 'pass' : 'fail'),
    ]);
    const failing = run.points.filter((p) => !p.pass).length;
    const windowHours = run.window[1] - run.window[0];
    const timeline = (point: SunlightRun['points'][number]) =>
      sunlightTimeline(
        point.trueSolarIntervals,
        run.window,
        rgbCss(sunlightHeatRgb(point.hours, point.requiredHours, windowHours)),
        point.intervals.map(([a, b]) => `${clock(a)}–${clock(b)}`).join(' '),
      );
    render(
      results,
      h(
        'p',
        { className: 'sunlight-rule' },
        fillMessage(lang, st(lang, 'rule'), { rule: localize(run.rule.label, lang), clause: run.rule.clause }),
      ),
      !run.rule.verified && h('p', { className: 'sunlight-unverified' }, st(lang, 'unverified')),
      h(
        'p',
        { className: 'sunlight-summary' },
        fillMessage(lang, st(lang, 'summary'), {
          date: run.date,
          start: run.window[0],
          end: run.window[1],
          count: run.points.length,
          fail: failing,
          hours: run.rule.minHours,
        }),
      ),
      run.points.some((p) => p.cell) &&
        h(
          'div',
          { className: 'sunlight-legend-row' },
          h('span', {}, st(lang, 'heatMap')),
          sunlightHeatLegend(run.rule.minHours, windowHours, st(lang, 'heatMap')),
        ),
      h(
        'div',
        { className: 'sunlight-table-wrap' },
        h(
          'table',
          { className: 'sunlight-table' },
          h('thead', {}, h('tr', {}, ...[...headers, st(lang, 'timeline')].map((text) => h('th', {}, text)))),
          h(
            'tbody',
            {},
            ...rows.map((row, i) =>
              h(
                'tr',
                { className: run.points[i]!.pass ? 'pass' : 'fail' },
                ...row.map((cell) => h('td', {}, String(cell))),
                h('td', {}, timeline(run.points[i]!)),
              ),
            ),
          ),
        ),
      ),
      deskOnly(
        h(
          'button',
          {
            type: 'button',
            className: 'sunlight-button',
            'data-action': 'sunlight-csv',
            onclick: () => downloadBlob(csvBlob([headers, ...rows]), `sunlight-${run.date}.csv`),
          },
          st(lang, 'exportCsv'),
        ),
      ),
    );
  };

  const draw = () => {
    const lang = appStore.get().language;
    drawControls(lang);
    drawResults(sunlight.store.get().run, lang);
  };
  appStore.subscribe((state, previous) => {
    if (state.language !== previous.language || state.layers !== previous.layers) draw();
  });
  sunlight.store.subscribe((state, previous) => {
    if (state.run !== previous.run) drawResults(state.run, appStore.get().language);
    const busyText = st(appStore.get().language, 'busy');
    if (state.busy && !previous.busy) status.textContent = busyText;
    if (!state.busy && status.textContent === busyText) status.textContent = '';
  });
  draw();
  mountImpactSection(body, appStore, sunlight, status);
  mountShadowSection(body, appStore, shadows);
}

export function sunlightTab(
  appStore: Store<AppState>,
  sunlight: Sunlight,
  shadows: ShadowAnimation,
  onReset: App['onReset'],
): ToolTab {
  return {
    id: 'sunlight',
    title: (lang) => st(lang, 'tab'),
    mount: (body) => mountSunlightPanel(body, appStore, sunlight, shadows, onReset),
  };
}
