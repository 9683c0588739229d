// The picked feature's attributes: the standard building attributes first with translated names, then the rest.
// Every value is set as text (textContent), never as HTML.
import type { Actions } from '../app/app.ts';
import type { AppState, SelectedFeature, StandardAttributeKey } from '../app/state.ts';
import { localize } from '../config/localize.ts';
import type { Language } from '../config/project-types.ts';
import type { Store } from '../shared/store.ts';
import { h, render } from './dom.ts';
import { formatValue, isEmptyValue } from './format-value.ts';
import { t, type MessageKey } from './i18n.ts';

export function mountAttributePanel(parent: HTMLElement, store: Store<AppState>, actions: Actions): void {
  const draw = (state: AppState) => {
    const selection = state.selection;
    parent.hidden = !selection;
    if (!selection) return render(parent);
    render(parent, ...panelContent(selection, state.language, actions));
  };
  store.subscribe((state, previous) => {
    if (state.selection !== previous.selection || state.language !== previous.language) draw(state);
  });
  draw(store.get());
}

function panelContent(selection: SelectedFeature, language: Language, actions: Actions): Node[] {
  const empty = t(language, 'empty');
  const row = (name: string, value: unknown) => [h('dt', {}, name), h('dd', {}, formatValue(value, empty))];
  const standard = Object.entries(selection.standard) as Array<[StandardAttributeKey, unknown]>;
  // A property table has a column for every property any feature has (an IFC tileset: hundreds); list what this
  // feature has. The standard attributes above show even when empty.
  const others = Object.entries(selection.attributes).filter(([, value]) => !isEmptyValue(value));
  return [
    h(
      'header',
      {},
      h('h2', { className: 'feature-title' }, selection.title || t(language, 'attributes')),
      h(
        'button',
        {
          type: 'button',
          className: 'close',
          title: t(language, 'close'),
          'aria-label': t(language, 'close'),
          onclick: () => actions.clearSelection(),
        },
        '×',
      ),
    ),
    h('p', { className: 'feature-layer' }, `${t(language, 'layer')}: ${localize(selection.layerTitle, language)}`),
    h(
      'dl',
      { className: 'attributes standard' },
      ...standard.flatMap(([key, value]) => row(t(language, `attr.${key}` as MessageKey), value)),
    ),
    others.length > 0 ? h('h3', {}, t(language, 'otherAttributes')) : null,
    h('dl', { className: 'attributes other' }, ...others.flatMap(([name, value]) => row(name, value))),
  ].filter((node): node is HTMLElement => node !== null);
}
