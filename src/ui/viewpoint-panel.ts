// Prepared viewpoints: one big button each (touch screens), plus the home view.
import type { Actions } from '../app/app.ts';
import type { AppState } from '../app/state.ts';
import { localize } from '../config/localize.ts';
import type { Store } from '../shared/store.ts';
import { h, render } from './dom.ts';
import { t } from './i18n.ts';

export function mountViewpointPanel(parent: HTMLElement, store: Store<AppState>, actions: Actions): void {
  const heading = h('h2');
  const list = h('div', { className: 'viewpoint-list' });
  parent.append(heading, list);

  const draw = (state: AppState) => {
    heading.textContent = t(state.language, 'viewpoints');
    heading.hidden = state.viewpoints.length === 0;
    render(
      list,
      ...state.viewpoints.map((viewpoint) =>
        h(
          'button',
          {
            type: 'button',
            className: 'viewpoint',
            'data-viewpoint-id': viewpoint.id,
            title: viewpoint.description ? localize(viewpoint.description, state.language) : undefined,
            onclick: () => void actions.flyToViewpoint(viewpoint.id),
          },
          localize(viewpoint.title, state.language) || viewpoint.id,
        ),
      ),
    );
  };
  store.subscribe((state, previous) => {
    if (state.viewpoints !== previous.viewpoints || state.language !== previous.language) draw(state);
  });
  draw(store.get());
}
