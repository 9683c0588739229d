// The 体检 tab: a scheme choice and "run"; park coverage in both distance modes with the uncovered homes painted in 3D
// (which mode, a legend, "clear"); the life circles' completeness; the indicators by dimension, for the district and
// each unit, against their targets (red when missed), with a scheme beside the city as it stands and the change; CSV.
// A view of the health view's store; the buttons call it.
import {
  HEALTH_DIMENSIONS,
  HEALTH_INDICATORS,
  type HealthDimension,
  type HealthIndicator,
} from '../../analysis/health/health-indicators.ts';
import { FACILITY_CATEGORIES } from '../../analysis/health/health-thresholds.ts';
import type { DistanceMode } from '../../analysis/health/site-distances.ts';
import type { BuildingInputs } from '../../app/building-inputs.ts';
import {
  type HealthOverlayShow,
  type HealthView,
  type HealthViewRun,
  UNCOVERED_COLOR,
} from '../../app/health/health-view.ts';
import type { AppState } from '../../app/state.ts';
import { localize } from '../../config/localize.ts';
import type { Language } from '../../config/project-types.ts';
import { GAP_COLOR, SERVICE_AREA_COLORS } from '../../layers/health-overlay.ts';
import type { Store } from '../../shared/store.ts';
import { h, labelledSelect, render } from '../dom.ts';
import { fillMessage } from '../i18n.ts';
import type { ToolTab } from '../tool-dock.ts';
import { csvBlob, deskOnly, downloadBlob } from '../townscape/download.ts';
import { ht } from './health-messages.ts';
import './health.css';

const isShare = (row: HealthIndicator) => HEALTH_INDICATORS[row.id].unit === 'share';
/** A share as a percentage, a count as it is. */
const shown = (row: HealthIndicator, value: number) => (isShare(row) ? `${(value * 100).toFixed(1)}%` : String(value));
const signed = (text: string) => (text.startsWith('-') ? text : `+${text}`);
/** Shares change by percentage points. */
const deltaText = (row: HealthIndicator, delta: number) =>
  signed(isShare(row) ? `${(delta * 100).toFixed(1)} pp` : String(delta));
const percent = (share: number | null) => (share === null ? '–' : `${(share * 100).toFixed(1)}%`);
/** Raw numbers for the CSV: shares 0…1 to four places. */
const csvNumber = (value: number | undefined) => (value === undefined ? '' : Number(value.toFixed(4)));

interface Pair {
  before: HealthIndicator | undefined;
  after: HealthIndicator | undefined;
}
const keyOf = (row: HealthIndicator) => `${row.id}\u0000${row.unitId ?? ''}`;

/** The existing rows in order, each with its scheme row; rows only the scheme has come last. */
function pairRows(run: HealthViewRun): Pair[] {
  const scheme = new Map((run.scheme ?? []).map((row) => [keyOf(row), row]));
  const pairs: Pair[] = run.existing.map((before) => ({ before, after: scheme.get(keyOf(before)) }));
  const known = new Set(run.existing.map(keyOf));
  for (const after of run.scheme ?? []) if (!known.has(keyOf(after))) pairs.push({ before: undefined, after });
  return pairs;
}
const rowOf = (pair: Pair) => (pair.before ?? pair.after)!;

/** A legend's colour, set through the CSSOM (the page's CSP admits no inline style attribute). */
const swatch = (color = UNCOVERED_COLOR) => {
  const element = h('span', { className: 'health-swatch' });
  element.style.background = color;
  return element;
};
const legend = (color: string, text: string) => h('span', { className: 'health-legend' }, swatch(color), text);

export function mountHealthPanel(
  body: HTMLElement,
  appStore: Store<AppState>,
  view: HealthView,
  buildings: BuildingInputs,
): void {
  const language = () => appStore.get().language;
  const controls = h('div', { className: 'health-controls' });
  const status = h('p', { className: 'health-status', 'aria-live': 'polite' });
  const results = h('section', { className: 'health-results' });
  body.append(controls, status, results);
  let schemeId = 'existing';

  const run = () => {
    status.textContent = ht(language(), 'busy');
    view
      .run(schemeId)
      .then(() => (status.textContent = ''))
      .catch((error: unknown) => {
        status.textContent = error instanceof Error ? error.message : String(error);
      });
  };
  const button = (label: string, action: string, onclick: () => void) =>
    h('button', { type: 'button', className: 'health-button', 'data-action': action, onclick }, label);

  const drawControls = (lang: Language) => {
    const schemes = buildings.proposals();
    if (schemeId !== 'existing' && !schemes.some((s) => s.layerId === schemeId)) schemeId = 'existing';
    render(
      controls,
      labelledSelect(
        ht(lang, 'scheme'),
        { className: 'health-scheme', value: schemeId, onChange: (v) => (schemeId = v) },
        [['existing', ht(lang, 'existing')], ...schemes.map((s) => [s.layerId, localize(s.title, lang)] as const)],
      ),
      button(ht(lang, 'run'), 'health-run', run),
    );
  };

  const csvRows = (result: HealthViewRun, lang: Language) => {
    const withScheme = result.scheme !== null;
    const headers = [
      ht(lang, 'dimension'),
      ht(lang, 'indicator'),
      ht(lang, 'scope'),
      ht(lang, 'target'),
      ...(withScheme ? [ht(lang, 'before'), ht(lang, 'after'), ht(lang, 'delta')] : [ht(lang, 'value')]),
    ];
    const rows = pairRows(result).map((pair) => {
      const row = rowOf(pair);
      const values = withScheme
        ? [
            csvNumber(pair.before?.value),
            csvNumber(pair.after?.value),
            pair.before && pair.after ? csvNumber(pair.after.value - pair.before.value) : '',
          ]
        : [csvNumber(row.value)];
      return [
        HEALTH_DIMENSIONS[row.dimension][lang],
        HEALTH_INDICATORS[row.id].label[lang],
        row.unitId ?? ht(lang, 'district'),
        csvNumber(row.target),
        ...values,
      ];
    });
    return [headers, ...rows];
  };

  const valueCell = (row: HealthIndicator | undefined, column: string) =>
    h(
      'td',
      { className: row?.met === false ? 'missed' : '', 'data-column': column },
      row ? shown(row, row.value) : '–',
    );

  /** The indicator's heading row: its label and target (≥ a minimum, ≤ a maximum). */
  const indicatorHeading = (row: HealthIndicator, lang: Language, columns: number) => {
    const bound = HEALTH_INDICATORS[row.id].target === 'min' ? '≥' : '≤';
    const label = HEALTH_INDICATORS[row.id].label[lang];
    return h(
      'tr',
      { className: 'health-indicator', 'data-heading': row.id },
      h(
        'th',
        { colSpan: columns },
        row.target === undefined
          ? label
          : fillMessage(lang, ht(lang, 'withTarget'), { label, target: `${bound} ${shown(row, row.target)}` }),
      ),
    );
  };

  /** By dimension, then by indicator (a heading row with the target), then the district and each unit. */
  const indicatorTable = (result: HealthViewRun, lang: Language) => {
    const withScheme = result.scheme !== null;
    const pairs = pairRows(result);
    const headers = [
      ht(lang, 'scope'),
      ...(withScheme ? [ht(lang, 'before'), ht(lang, 'after'), ht(lang, 'delta')] : [ht(lang, 'value')]),
    ];
    const ids = [...new Set(pairs.map((pair) => rowOf(pair).id))];
    const dimensions = Object.keys(HEALTH_DIMENSIONS) as HealthDimension[];
    const groups = dimensions.flatMap((dimension) => {
      const inGroup = ids.filter((id) => HEALTH_INDICATORS[id].dimension === dimension);
      if (inGroup.length === 0) return [];
      return [
        h(
          'tr',
          { className: 'health-dimension' },
          h('th', { colSpan: headers.length }, HEALTH_DIMENSIONS[dimension][lang]),
        ),
        ...inGroup.flatMap((id) => {
          const ofIndicator = pairs.filter((pair) => rowOf(pair).id === id);
          return [
            indicatorHeading(rowOf(ofIndicator[0]!), lang, headers.length),
            ...ofIndicator.map((pair) => {
              const row = rowOf(pair);
              return h(
                'tr',
                { 'data-indicator': row.id, 'data-unit': row.unitId ?? '' },
                h('td', {}, row.unitId ?? ht(lang, 'district')),
                valueCell(pair.before, 'existing'),
                withScheme && valueCell(pair.after, 'scheme'),
                withScheme &&
                  h(
                    'td',
                    { 'data-column': 'delta' },
                    pair.before && pair.after ? deltaText(row, pair.after.value - pair.before.value) : '',
                  ),
              );
            }),
          ];
        }),
      ];
    });
    return h(
      'div',
      { className: 'health-table-wrap' },
      h(
        'table',
        { className: 'health-indicators' },
        h('thead', {}, h('tr', {}, ...headers.map((text) => h('th', {}, text)))),
        h('tbody', {}, ...groups),
      ),
    );
  };

  /** What is drawn on the ground: nothing, the service areas, or one category's gaps; with its legend. */
  const overlayControls = (lang: Language) => {
    const { overlay, overlayShown: shown } = view.store.get();
    const categoryName = (id: string) => FACILITY_CATEGORIES.find((c) => c.id === id)?.label[lang] ?? id;
    return h(
      'div',
      { className: 'health-controls' },
      labelledSelect(
        ht(lang, 'overlay'),
        {
          className: 'health-overlay',
          value: overlay.show ?? 'none',
          onChange: (value) =>
            view.setOverlay({ ...overlay, show: value === 'none' ? null : (value as HealthOverlayShow) }),
        },
        [
          ['none', ht(lang, 'overlayNone')],
          ['park-service', ht(lang, 'parkService')],
          ['life-circle-gaps', ht(lang, 'gaps')],
        ],
      ),
      overlay.show === 'life-circle-gaps' &&
        labelledSelect(
          ht(lang, 'category'),
          {
            className: 'health-category',
            value: overlay.category,
            onChange: (category) => view.setOverlay({ ...overlay, category }),
          },
          FACILITY_CATEGORIES.map((c) => [c.id, c.label[lang]] as const),
        ),
      ...(shown?.show === 'park-service'
        ? [legend(SERVICE_AREA_COLORS.near, ht(lang, 'near')), legend(SERVICE_AREA_COLORS.wide, ht(lang, 'wide'))]
        : []),
      shown?.show === 'life-circle-gaps' &&
        legend(
          GAP_COLOR,
          fillMessage(lang, ht(lang, 'gapHomes'), {
            count: shown.gapHomes,
            category: categoryName(shown.category),
            meters: Math.round(shown.walkingMeters ?? 0),
          }),
        ),
    );
  };

  const drawResults = (lang: Language) => {
    const { run: result, mode, highlighted } = view.store.get();
    if (!result) return render(results);
    const uncovered = result.uncovered[mode];
    const modes: DistanceMode[] = result.uncovered.network ? ['network', 'straight'] : ['straight'];
    render(
      results,
      h(
        'p',
        { className: 'health-park' },
        fillMessage(lang, ht(lang, 'park'), {
          network: result.parkRatio.network === null ? ht(lang, 'noNetwork') : percent(result.parkRatio.network),
          straight: percent(result.parkRatio.straight),
        }),
      ),
      h(
        'div',
        { className: 'health-controls' },
        labelledSelect(
          ht(lang, 'mode'),
          { className: 'health-mode', value: mode, onChange: (value) => view.setMode(value as DistanceMode) },
          modes.map((m) => [m, ht(lang, m)] as const),
        ),
        highlighted &&
          uncovered &&
          legend(UNCOVERED_COLOR, fillMessage(lang, ht(lang, 'uncovered'), { count: uncovered.length })),
        button(ht(lang, 'clear'), 'health-clear', () => view.clearHighlight()),
      ),
      overlayControls(lang),
      h('h3', {}, ht(lang, 'circles')),
      h(
        'ul',
        { className: 'health-circles' },
        ...result.circles.map((circle) =>
          h(
            'li',
            { 'data-minutes': String(circle.minutes) },
            fillMessage(lang, ht(lang, 'circle'), {
              minutes: circle.minutes,
              meters: Math.round(circle.walkingMeters),
              share: percent(circle.completeShare),
            }),
          ),
        ),
      ),
      h('p', { className: 'health-note' }, ht(lang, 'missed')),
      indicatorTable(result, lang),
      deskOnly(
        button(ht(lang, 'exportCsv'), 'health-csv', () =>
          downloadBlob(csvBlob(csvRows(result, lang)), `health-check-${result.schemeId}.csv`),
        ),
      ),
    );
  };

  const draw = () => {
    drawControls(language());
    drawResults(language());
  };
  appStore.subscribe((state, previous) => {
    if (state.language !== previous.language || state.layers !== previous.layers) draw();
  });
  view.store.subscribe((state, previous) => {
    if (
      state.run !== previous.run ||
      state.mode !== previous.mode ||
      state.highlighted !== previous.highlighted ||
      state.overlay !== previous.overlay ||
      state.overlayShown !== previous.overlayShown
    )
      drawResults(language());
  });
  draw();
}

export function healthTab(appStore: Store<AppState>, view: HealthView, buildings: BuildingInputs): ToolTab {
  return {
    id: 'health',
    title: (lang) => ht(lang, 'tab'),
    mount: (body) => mountHealthPanel(body, appStore, view, buildings),
  };
}
