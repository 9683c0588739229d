// The analysis dock: one tab per feature (renewal overview, pipelines, townscape checks, IFC …). Features add their
// tab at start-up; the dock only switches between them, so a feature's panel never needs to know about the others.
import type { AppState } from '../app/state.ts';
import type { Language } from '../config/project-types.ts';
import type { Store } from '../shared/store.ts';
import { h } from './dom.ts';
import { t } from './i18n.ts';

export interface ToolTab {
  /** Stable id; the tab button carries `data-tool-id` for tests and kiosk scripts. */
  id: string;
  title(language: Language): string;
  /** Called once with the tab's body element. */
  mount(body: HTMLElement): void;
}

export interface ToolDock {
  addTab(tab: ToolTab): void;
  /** Shows a tab's body (or closes the dock with null). */
  open(id: string | null): void;
}

export function mountToolDock(parent: HTMLElement, store: Store<AppState>): ToolDock {
  const heading = h('h2');
  const tabBar = h('div', { className: 'tool-tabs', role: 'tablist' });
  const bodies = h('div', { className: 'tool-bodies' });
  parent.append(heading, tabBar, bodies);
  const tabs: { tab: ToolTab; button: HTMLButtonElement; body: HTMLElement }[] = [];
  let openId: string | null = null;

  const draw = (language: Language) => {
    heading.textContent = t(language, 'tools');
    parent.hidden = tabs.length === 0;
    for (const { tab, button, body } of tabs) {
      button.textContent = tab.title(language);
      button.setAttribute('aria-selected', String(tab.id === openId));
      body.hidden = tab.id !== openId;
    }
  };
  store.subscribe((state, previous) => {
    if (state.language !== previous.language) draw(state.language);
  });

  const dock: ToolDock = {
    addTab(tab) {
      const button = h('button', {
        type: 'button',
        className: 'tool-tab',
        role: 'tab',
        'data-tool-id': tab.id,
        onclick: () => dock.open(openId === tab.id ? null : tab.id),
      });
      const body = h('div', { className: 'tool-body', 'data-tool-id': tab.id, role: 'tabpanel' });
      tabBar.append(button);
      bodies.append(body);
      tabs.push({ tab, button, body });
      tab.mount(body);
      draw(store.get().language);
    },
    open(id) {
      openId = id;
      draw(store.get().language);
    },
  };
  draw(store.get().language);
  return dock;
}
