// 体块比对 tables: per scheme and renewal unit, each indicator existing, with the scheme, its change and its control;
// a value over its control is red with ▲ (as on the unit cards).
import type { SchemeMassing } from '../../app/schemes/schemes-service.ts';
import type { UnitIndicators } from '../../analysis/units/unit-indicators.ts';
import type { Language } from '../../config/project-types.ts';
import { h } from '../dom.ts';
import { fillMessage } from '../i18n.ts';
import { sm } from './schemes-messages.ts';

interface Row {
  label: 'buildingCount' | 'gfa' | 'far' | 'coverage' | 'maxHeight';
  value(indicators: UnitIndicators): number | null;
  format(value: number): string;
  /** The control key in UnitIndicators.controls / exceeded. */
  control?: 'farMax' | 'coverageMax' | 'heightLimitMeters';
}

const ROWS: Row[] = [
  { label: 'buildingCount', value: (i) => i.buildingCount, format: (v) => v.toFixed(0) },
  { label: 'gfa', value: (i) => i.gfaM2, format: (v) => Math.round(v).toLocaleString('en-US') },
  { label: 'far', value: (i) => i.far, format: (v) => v.toFixed(2), control: 'farMax' },
  { label: 'coverage', value: (i) => i.coverage, format: (v) => `${(v * 100).toFixed(1)}%`, control: 'coverageMax' },
  { label: 'maxHeight', value: (i) => i.maxHeightMeters, format: (v) => v.toFixed(1), control: 'heightLimitMeters' },
];

const signed = (text: string, delta: number) => (delta > 0 ? `+${text}` : delta < 0 ? text : '±0');

export function massingTables(
  massing: readonly SchemeMassing[],
  titleOf: (schemeId: string) => string,
  lang: Language,
): HTMLElement[] {
  return massing.flatMap(({ schemeId, units }) => {
    if (units.length === 0)
      return [
        h(
          'p',
          { className: 'schemes-hint' },
          fillMessage(lang, sm(lang, 'massingNone'), { scheme: titleOf(schemeId) }),
        ),
      ];
    return units.map(({ unitId, unitName, existing, scheme }) =>
      h(
        'table',
        { className: 'massing-table', 'data-scheme-id': schemeId, 'data-unit-id': unitId },
        h('caption', {}, fillMessage(lang, sm(lang, 'massingFor'), { scheme: titleOf(schemeId), unit: unitName })),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ...(['indicator', 'existing', 'scheme', 'delta', 'control'] as const).map((key) =>
              h('th', {}, sm(lang, key)),
            ),
          ),
        ),
        h(
          'tbody',
          {},
          ...ROWS.map((row) => {
            const [before, after] = [row.value(existing), row.value(scheme)];
            const control = row.control ? scheme.controls[row.control] : undefined;
            const over = row.control !== undefined && scheme.exceeded.includes(row.control);
            const delta = before !== null && after !== null ? after - before : null;
            return h(
              'tr',
              { 'data-indicator': row.label },
              h('th', {}, sm(lang, row.label)),
              h('td', {}, before === null ? '–' : row.format(before)),
              h(
                'td',
                { className: over ? 'over' : '' },
                after === null ? '–' : `${row.format(after)}${over ? ' ▲' : ''}`,
              ),
              h('td', {}, delta === null ? '–' : signed(row.format(delta), delta)),
              h('td', {}, control === undefined ? '–' : row.format(control)),
            );
          }),
        ),
      ),
    );
  });
}
