// 体块比对 tables: per scheme and renewal unit, each indicator existing, with the scheme, its change and its control;
// a value over its control is red with ▲ (as on the unit cards).
import type { SchemeMassing } from '../../app/schemes/schemes-service.ts';
import { massingRows } from '../../app/schemes/massing-rows.ts';
import type { Language } from '../../config/project-types.ts';
import { h } from '../dom.ts';
import { fillMessage } from '../i18n.ts';
import { sm } from './schemes-messages.ts';

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
    return units.map((unit) =>
      h(
        'table',
        { className: 'massing-table', 'data-scheme-id': schemeId, 'data-unit-id': unit.unitId },
        h('caption', {}, fillMessage(lang, sm(lang, 'massingFor'), { scheme: titleOf(schemeId), unit: unit.unitName })),
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
          ...massingRows(unit).map((row) =>
            h(
              'tr',
              { 'data-indicator': row.indicator },
              h('th', {}, sm(lang, row.indicator)),
              h('td', {}, row.existing),
              h('td', { className: row.over ? 'over' : '' }, `${row.scheme}${row.over ? ' ▲' : ''}`),
              h('td', {}, row.delta),
              h('td', {}, row.control),
            ),
          ),
        ),
      ),
    );
  });
}
