// The card of one renewal unit: what it is, how it will be renewed, and its indicators against its controls, the
// ones that exceed in red.
import type { RenewalUnit } from '../../analysis/units/renewal-unit.ts';
import type { UnitIndicators } from '../../analysis/units/unit-indicators.ts';
import type { Language } from '../../config/project-types.ts';
import { h } from '../dom.ts';
import { DATA_WORDS_EN, renewalText as t } from './renewal-messages.ts';

export function dataWord(language: Language, word: string): string {
  return language === 'en' && DATA_WORDS_EN[word] ? `${word} ${DATA_WORDS_EN[word]}` : word;
}

const fixed = (value: number | null | undefined, digits: number) =>
  value === null || value === undefined ? '—' : value.toFixed(digits);

export function unitCard(
  language: Language,
  unit: RenewalUnit,
  indicators: UnitIndicators,
  actions: { close(): void; flyTo(): void },
): HTMLElement {
  const { controls, exceeded } = indicators;
  const row = (key: Parameters<typeof t>[1], value: string, control: string, exceededKey?: string) => {
    const over = exceededKey !== undefined && exceeded.includes(exceededKey);
    return h(
      'tr',
      { className: over ? 'exceeded' : '', 'data-indicator': key },
      h('th', { scope: 'row' }, t(language, key)),
      h('td', {}, value),
      h('td', {}, control),
      h('td', { className: 'exceeded-mark', title: over ? t(language, 'exceeded') : '' }, over ? '▲' : ''),
    );
  };
  const g = indicators.grades;
  return h(
    'article',
    { className: 'unit-card', 'data-unit-id': unit.id },
    h(
      'header',
      {},
      h('h3', {}, unit.name),
      h(
        'button',
        {
          type: 'button',
          className: 'card-close',
          title: t(language, 'close'),
          'aria-label': t(language, 'close'),
          onclick: actions.close,
        },
        '×',
      ),
    ),
    h(
      'dl',
      {},
      h('dt', {}, t(language, 'category')),
      h('dd', {}, dataWord(language, unit.category) || '—'),
      h('dt', {}, t(language, 'mode')),
      h('dd', { 'data-mode': unit.mode }, dataWord(language, unit.mode) || '—'),
      h('dt', {}, t(language, 'phase')),
      h('dd', {}, unit.phase || '—'),
    ),
    Object.keys(controls).length === 0 ? h('p', { className: 'no-controls' }, t(language, 'noControls')) : null,
    h(
      'table',
      { className: 'indicator-table' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', {}, t(language, 'indicator')),
          h('th', {}, t(language, 'value')),
          h('th', {}, t(language, 'control')),
          h('th', {}),
        ),
      ),
      h(
        'tbody',
        {},
        row('areaM2', fixed(indicators.areaM2, 0), ''),
        row('buildingCount', String(indicators.buildingCount), ''),
        row('gfaM2', fixed(indicators.gfaM2, 0), ''),
        row('far', fixed(indicators.far, 2), controls.farMax === undefined ? '' : `≤ ${controls.farMax}`, 'farMax'),
        row(
          'coverage',
          `${fixed(indicators.coverage * 100, 1)} %`,
          controls.coverageMax === undefined ? '' : `≤ ${fixed(controls.coverageMax * 100, 0)} %`,
          'coverageMax',
        ),
        row(
          'maxHeightMeters',
          fixed(indicators.maxHeightMeters, 1),
          controls.heightLimitMeters === undefined ? '' : `≤ ${controls.heightLimitMeters}`,
          'heightLimitMeters',
        ),
        row('grades', `${g.A} / ${g.B} / ${g.C} / ${g.D} / ${g.unknown}`, ''),
        row('builtBefore2000', String(indicators.builtBefore2000), ''),
        controls.greenRatioMin === undefined
          ? null
          : row('greenRatioMin', '—', `≥ ${fixed(controls.greenRatioMin * 100, 0)} %`),
        controls.demolitionRatioMax === undefined
          ? null
          : row('demolitionRatioMax', '—', `≤ ${fixed(controls.demolitionRatioMax * 100, 0)} %`),
      ),
    ),
    h('button', { type: 'button', className: 'fly-to-unit', onclick: actions.flyTo }, t(language, 'flyTo')),
  );
}
