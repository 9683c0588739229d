// The visible error area: every problem names its file and says what is wrong; each can be dismissed.
import type { Actions } from '../app/app.ts';
import type { AppState } from '../app/state.ts';
import type { Store } from '../shared/store.ts';
import { h, render } from './dom.ts';
import { t } from './i18n.ts';
import { shortSource } from './short-source.ts';

const SHOWN = 6;

export function mountErrorPanel(parent: HTMLElement, store: Store<AppState>, actions: Actions): void {
  const draw = (state: AppState) => {
    parent.hidden = state.errors.length === 0;
    const first = Math.max(0, state.errors.length - SHOWN);
    render(
      parent,
      h('h2', {}, `${t(state.language, 'errors')} (${state.errors.length})`),
      h(
        'ul',
        {},
        ...state.errors.slice(first).map((error, offset) =>
          h(
            'li',
            { className: 'error' },
            h('span', { className: 'error-source', title: error.source }, shortSource(error.source)),
            ' ',
            h('span', { className: 'error-message' }, error.message),
            h(
              'button',
              {
                type: 'button',
                className: 'dismiss',
                title: t(state.language, 'dismiss'),
                'aria-label': t(state.language, 'dismiss'),
                onclick: () => actions.dismissError(first + offset),
              },
              '×',
            ),
          ),
        ),
      ),
    );
  };
  store.subscribe((state, previous) => {
    if (state.errors !== previous.errors || state.language !== previous.language) draw(state);
  });
  draw(store.get());
}
