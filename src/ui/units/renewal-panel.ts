// The renewal tab of the tool dock: the open unit's or heritage zone's card, thematic colouring with its legend and
// counts, building filters, the district overview (per unit and per grade, with a chart) and the CSV export.
// A thin view: it renders the renewal store and calls the feature's actions.
import type { AppState } from '../../app/state.ts';
import type { Renewal, RenewalState } from '../../app/units/renewal-feature.ts';
import type { RenewalData } from '../../app/units/renewal-data.ts';
import { indicatorsCsv, type CsvHeader } from '../../analysis/units/indicators-csv.ts';
import { THEMATIC_MODES, thematicClasses, type ThematicMode } from '../../analysis/units/thematic.ts';
import { SAFETY_GRADES, type SafetyGrade } from '../../analysis/units/safety-grade.ts';
import type { Language } from '../../config/project-types.ts';
import type { Store } from '../../shared/store.ts';
import { h, render } from '../dom.ts';
import type { ToolDock, ToolTab } from '../tool-dock.ts';
import { gradeChart } from './grade-chart.ts';
import { renewalText as t } from './renewal-messages.ts';
import { dataWord, unitCard } from './unit-card.ts';
import { zoneCard } from './zone-card.ts';
import './renewal.css';

export const RENEWAL_TAB_ID = 'renewal';
const CD: string[] = ['C', 'D'];
const DEFAULT_BEFORE_YEAR = 2000;

export function renewalTab(appStore: Store<AppState>, renewal: Renewal, dock: ToolDock): ToolTab {
  return {
    id: RENEWAL_TAB_ID,
    title: (language) => t(language, 'tab'),
    mount(body) {
      const draw = () => render(body, ...view(appStore.get().language, renewal.store.get(), renewal));
      appStore.subscribe((state, previous) => {
        if (state.language !== previous.language) draw();
      });
      renewal.store.subscribe((state, previous) => {
        const opened =
          (state.openUnitId !== null && state.openUnitId !== previous.openUnitId) ||
          (state.openZone && state.openZone !== previous.openZone);
        if (opened) dock.open(RENEWAL_TAB_ID);
        draw();
      });
      draw();
    },
  };
}

function view(language: Language, state: RenewalState, renewal: Renewal): (Node | null)[] {
  const { data } = state;
  if (!data) return [h('p', { className: 'renewal-status' }, t(language, 'loading'))];
  return [
    card(language, state, data, renewal),
    thematicSection(language, state, renewal),
    filterSection(language, state, renewal),
    data.units.length === 0
      ? h('p', { className: 'renewal-status' }, t(language, 'noUnits'))
      : overviewSection(language, data, renewal),
  ];
}

function card(language: Language, state: RenewalState, data: RenewalData, renewal: Renewal): HTMLElement | null {
  const unit = data.units.find((u) => u.id === state.openUnitId);
  if (unit) {
    return unitCard(language, unit, data.indicators.get(unit.id)!, {
      close: () => renewal.openUnit(null),
      flyTo: () => void renewal.flyToUnit(unit.id),
    });
  }
  if (state.openZone) {
    const listed = data.buildings.filter((b) =>
      ['历史建筑', '文物保护单位'].includes(String(b.attributes[data.attributes.heritage])),
    );
    return zoneCard(language, state.openZone, listed, data.attributes, () => renewal.openUnit(null));
  }
  return null;
}

function thematicSection(language: Language, state: RenewalState, renewal: Renewal): HTMLElement {
  const select = h(
    'select',
    {
      className: 'thematic-mode',
      'aria-label': t(language, 'thematic'),
      onchange: () => renewal.setThematic(select.value as ThematicMode),
    },
    ...THEMATIC_MODES.map((mode) =>
      h('option', { value: mode, selected: mode === state.thematic }, t(language, `mode.${mode}`)),
    ),
  );
  const legend = h(
    'ul',
    { className: 'thematic-legend' },
    ...thematicClasses(state.thematic).map((c) =>
      h(
        'li',
        { 'data-class': c.key },
        h('span', { className: 'swatch', style: `background:${c.color}` }),
        h('span', { className: 'legend-label' }, c.label[language]),
        h('span', { className: 'legend-count' }, String(state.classCounts[c.key] ?? 0)),
      ),
    ),
  );
  return h('section', { className: 'thematic-section' }, h('h3', {}, t(language, 'thematic')), select, legend);
}

function filterSection(language: Language, state: RenewalState, renewal: Renewal): HTMLElement {
  const { filter } = state;
  const onlyCD = h('input', {
    type: 'checkbox',
    className: 'filter-cd',
    checked: filter.grades?.join() === CD.join(),
    onchange: () => apply(),
  });
  const before = h('input', {
    type: 'checkbox',
    className: 'filter-before',
    checked: filter.builtBefore !== undefined,
    onchange: () => apply(),
  });
  const year = h('input', {
    type: 'number',
    className: 'filter-year',
    min: 1900,
    max: 2100,
    step: 1,
    value: String(filter.builtBefore ?? DEFAULT_BEFORE_YEAR),
    onchange: () => {
      if (before.checked) apply();
    },
  });
  const apply = () => {
    const builtBefore = Number(year.value);
    renewal.filterBuildings({
      ...(onlyCD.checked ? { grades: CD } : {}),
      ...(before.checked && Number.isFinite(builtBefore) ? { builtBefore } : {}),
    });
  };
  return h(
    'section',
    { className: 'filter-section' },
    h('h3', {}, t(language, 'filter')),
    h('label', {}, onlyCD, t(language, 'onlyCD')),
    h('label', {}, before, t(language, 'builtBefore'), year, t(language, 'year')),
    h('p', { className: 'visible-count' }, `${t(language, 'visible')}: `, h('strong', {}, String(state.visibleCount))),
  );
}

function overviewSection(language: Language, data: RenewalData, renewal: Renewal): HTMLElement {
  const totals: Record<SafetyGrade, number> = { A: 0, B: 0, C: 0, D: 0, unknown: 0 };
  let buildings = 0;
  const rows = data.units.map((unit) => {
    const i = data.indicators.get(unit.id)!;
    for (const grade of SAFETY_GRADES) totals[grade] += i.grades[grade];
    buildings += i.buildingCount;
    const cell = (text: string, key?: string) =>
      h('td', { className: key && i.exceeded.includes(key) ? 'exceeded' : '' }, text);
    return h(
      'tr',
      {
        'data-unit-id': unit.id,
        tabIndex: 0,
        onclick: () => void renewal.flyToUnit(unit.id),
        onkeydown: (event: Event) => {
          if ((event as KeyboardEvent).key === 'Enter') void renewal.flyToUnit(unit.id);
        },
      },
      h('th', { scope: 'row' }, unit.name),
      h('td', { 'data-mode': unit.mode }, dataWord(language, unit.mode)),
      cell(String(i.buildingCount)),
      cell(i.far.toFixed(2), 'farMax'),
      cell(`${(i.coverage * 100).toFixed(1)} %`, 'coverageMax'),
      cell(String(i.grades.C + i.grades.D)),
    );
  });
  const download = () => {
    const header = Object.fromEntries(
      CSV_COLUMNS.map(([key, zh, en]) => [key, language === 'en' ? en : zh]),
    ) as CsvHeader;
    const csv = indicatorsCsv(
      data.units.map((unit) => ({ unit, indicators: data.indicators.get(unit.id)! })),
      header,
    );
    const link = h('a', {
      href: URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' })),
      download: 'renewal-unit-indicators.csv',
    });
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 0);
  };
  return h(
    'section',
    { className: 'overview-section' },
    h('h3', {}, t(language, 'overview')),
    h(
      'table',
      { className: 'unit-overview' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ...(['unit', 'mode', 'buildings', 'far', 'coverage', 'dangerous'] as const).map((k) =>
            h('th', {}, t(language, k)),
          ),
        ),
      ),
      h('tbody', {}, ...rows),
      h(
        'tfoot',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, t(language, 'total')),
          h('td', {}),
          h('td', {}, String(buildings)),
          h('td', {}),
          h('td', {}),
          h('td', {}, String(totals.C + totals.D)),
        ),
      ),
    ),
    h(
      'p',
      { className: 'grade-totals' },
      ...SAFETY_GRADES.map((g) => h('span', { 'data-grade': g }, `${g === 'unknown' ? '?' : g}: ${totals[g]}`)),
    ),
    gradeChart(
      data.units.map((unit) => ({ label: unit.name, grades: data.indicators.get(unit.id)!.grades })),
      t(language, 'gradeChart'),
    ),
    h('button', { type: 'button', className: 'export-csv', onclick: download }, t(language, 'exportCsv')),
  );
}

const CSV_COLUMNS: [keyof CsvHeader, string, string][] = [
  ['id', '单元编号', 'Unit id'],
  ['name', '单元名称', 'Name'],
  ['category', '单元类型', 'Category'],
  ['mode', '更新方式', 'Mode'],
  ['phase', '实施时序', 'Phase'],
  ['areaM2', '单元面积(m²)', 'Area (m²)'],
  ['buildingCount', '建筑数量', 'Buildings'],
  ['gfaM2', '总建筑面积(m²)', 'GFA (m²)'],
  ['far', '容积率', 'FAR'],
  ['farMax', '容积率上限', 'FAR max'],
  ['coverage', '建筑密度', 'Coverage'],
  ['coverageMax', '建筑密度上限', 'Coverage max'],
  ['maxHeightMeters', '最高建筑(m)', 'Tallest (m)'],
  ['heightLimitMeters', '限高(m)', 'Height limit (m)'],
  ['gradeA', 'A级', 'Grade A'],
  ['gradeB', 'B级', 'Grade B'],
  ['gradeC', 'C级', 'Grade C'],
  ['gradeD', 'D级', 'Grade D'],
  ['gradeUnknown', '等级未知', 'Grade unknown'],
  ['builtBefore2000', '2000年前建成', 'Built before 2000'],
  ['exceeded', '超出管控', 'Exceeded'],
];
