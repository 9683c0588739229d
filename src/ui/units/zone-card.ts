// The card of a heritage zone: its kind, height limit and rules, and the listed buildings inside the district.
import type { BuildingRecord } from '../../analysis/building-record.ts';
import type { HeritageZone } from '../../app/units/renewal-data.ts';
import type { Language } from '../../config/project-types.ts';
import { h } from '../dom.ts';
import { renewalText as t } from './renewal-messages.ts';
import { dataWord } from './unit-card.ts';

export function zoneCard(
  language: Language,
  zone: HeritageZone,
  heritageBuildings: readonly BuildingRecord[],
  names: { name: string; heritage: string },
  close: () => void,
): HTMLElement {
  return h(
    'article',
    { className: 'zone-card', 'data-zone-id': zone.id },
    h(
      'header',
      {},
      h('h3', {}, zone.name),
      h(
        'button',
        {
          type: 'button',
          className: 'card-close',
          title: t(language, 'close'),
          'aria-label': t(language, 'close'),
          onclick: close,
        },
        '×',
      ),
    ),
    h(
      'dl',
      {},
      h('dt', {}, t(language, 'zoneKind')),
      h('dd', { 'data-zone-kind': zone.zone }, dataWord(language, zone.zone) || '—'),
      h('dt', {}, t(language, 'heightLimit')),
      h('dd', { 'data-height-limit': '' }, zone.limitMeters === null ? '—' : String(zone.limitMeters)),
      h('dt', {}, t(language, 'rules')),
      h('dd', { className: 'zone-rules' }, zone.rules || '—'),
    ),
    heritageBuildings.length === 0
      ? null
      : h(
          'section',
          {},
          h('h4', {}, `${t(language, 'heritageBuildings')}（${heritageBuildings.length}）`),
          h(
            'ul',
            { className: 'heritage-list' },
            ...heritageBuildings.map((b) =>
              h(
                'li',
                {},
                `${String(b.attributes[names.name] ?? b.featureId)} · ${String(b.attributes[names.heritage])}`,
              ),
            ),
          ),
        ),
  );
}
