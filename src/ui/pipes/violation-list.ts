// The clearance-check results: one row per shortfall (pair, kind, required vs actual, clause); a click flies there.
import type { ClearanceViolation } from '../../analysis/pipes/clearance-check.ts';
import type { Language } from '../../config/project-types.ts';
import { h } from '../dom.ts';
import { pipesText } from './pipes-messages.ts';

export function violationList(
  violations: readonly ClearanceViolation[],
  selected: number | null,
  language: Language,
  onSelect: (index: number) => void,
): HTMLElement {
  const text = (key: Parameters<typeof pipesText>[1]) => pipesText(language, key);
  return h(
    'ol',
    { className: 'violation-list' },
    ...violations.map((v, index) =>
      h(
        'li',
        {},
        h(
          'button',
          {
            type: 'button',
            className: 'violation',
            'aria-pressed': String(index === selected),
            'data-index': index,
            onclick: () => onSelect(index),
          },
          h('span', { className: 'violation-pair' }, `${v.a} ↔ ${v.b}`),
          h('span', { className: 'violation-kind' }, `${text(`kind.${v.kind}`)} · ${v.label[language]}`),
          h(
            'span',
            { className: 'violation-figures' },
            `${text('required')} ${v.requiredM.toFixed(2)} m · ${text('actual')} ${v.actualM.toFixed(2)} m`,
          ),
          h(
            'span',
            { className: 'violation-clause' },
            v.clause,
            v.verified ? null : h('em', { className: 'unverified' }, ` (${text('unverified')})`),
          ),
        ),
      ),
    ),
  );
}
