// The 方案比选 tab: the scheme picker (one at a time) and the swipe comparison (two schemes, left and right of the
// divider). A view of the schemes store; the buttons call the service.
import type { AppState } from '../../app/state.ts';
import type { Schemes, SchemesState } from '../../app/schemes/schemes-service.ts';
import { localize } from '../../config/localize.ts';
import type { Language } from '../../config/project-types.ts';
import type { Store } from '../../shared/store.ts';
import { h, labelledSelect, render } from '../dom.ts';
import type { ToolTab } from '../tool-dock.ts';
import { massingTables } from './massing-table.ts';
import { sm } from './schemes-messages.ts';
import './schemes.css';

export function schemesTab(appStore: Store<AppState>, schemes: Schemes): ToolTab {
  return {
    id: 'schemes',
    title: (lang) => sm(lang, 'tab'),
    mount: (body) => mountSchemesPanel(body, appStore, schemes),
  };
}

function mountSchemesPanel(body: HTMLElement, appStore: Store<AppState>, schemes: Schemes): void {
  const status = h('p', { className: 'schemes-status', 'aria-live': 'polite' });
  const content = h('div');
  body.append(content, status);

  const run = (work: () => Promise<void>) => {
    status.textContent = sm(appStore.get().language, 'busy');
    work().then(
      () => {
        status.textContent = '';
      },
      (error: unknown) => {
        status.textContent = error instanceof Error ? error.message : String(error);
      },
    );
  };

  const draw = (state: SchemesState, lang: Language) => {
    const list = schemes.list();
    const swipe = state.compare.mode === 'swipe' ? state.compare.schemes : null;
    const picker = h(
      'div',
      { className: 'schemes-picker', role: 'radiogroup', 'aria-label': sm(lang, 'show') },
      ...list.map((scheme) => {
        const checked = !swipe && scheme.id === state.shownId;
        return h(
          'button',
          {
            type: 'button',
            className: 'scheme-choice',
            role: 'radio',
            'aria-checked': String(checked),
            'data-scheme-id': scheme.id,
            onclick: () => run(() => schemes.show(scheme.id)),
          },
          localize(scheme.title, lang),
        );
      }),
    );
    const sideSelect = (side: 0 | 1) => {
      const pair = swipe ?? defaultPair(list.map((s) => s.id));
      return labelledSelect(
        sm(lang, side === 0 ? 'left' : 'right'),
        {
          className: `schemes-side schemes-side-${side === 0 ? 'left' : 'right'}`,
          value: pair[side],
          disabled: !swipe,
          onChange: (value) => {
            const chosen = [...pair] as [string, string];
            chosen[side] = value;
            run(() => schemes.compare({ mode: 'swipe', schemes: chosen }));
          },
        },
        list.map((scheme) => [scheme.id, localize(scheme.title, lang)] as const),
      );
    };
    const modeButton = (mode: 'off' | 'swipe') =>
      h(
        'button',
        {
          type: 'button',
          className: 'schemes-mode',
          'aria-pressed': String((mode === 'swipe') === (swipe !== null)),
          'data-compare-mode': mode,
          onclick: () =>
            run(() =>
              schemes.compare(
                mode === 'off' ? { mode } : { mode, schemes: swipe ?? defaultPair(list.map((s) => s.id)) },
              ),
            ),
        },
        sm(lang, mode === 'off' ? 'compareOff' : 'swipe'),
      );
    const titleOf = (id: string) => localize(list.find((scheme) => scheme.id === id)?.title ?? id, lang);
    const massing = h(
      'section',
      { className: 'schemes-massing' },
      h('h3', {}, sm(lang, 'massing')),
      h(
        'button',
        {
          type: 'button',
          'data-action': 'scheme-massing',
          onclick: () => {
            status.textContent = sm(appStore.get().language, 'massingBusy');
            schemes.runMassing().then(
              () => {
                status.textContent = '';
              },
              (error: unknown) => {
                status.textContent = error instanceof Error ? error.message : String(error);
              },
            );
          },
        },
        sm(lang, 'runMassing'),
      ),
      ...(state.massing ? massingTables(state.massing, titleOf, lang) : []),
    );
    render(
      content,
      h('h3', {}, sm(lang, 'show')),
      picker,
      h('p', { className: 'schemes-hint' }, sm(lang, 'showHint')),
      h('h3', {}, sm(lang, 'compare')),
      h('div', { className: 'schemes-modes' }, modeButton('off'), list.length > 1 && modeButton('swipe')),
      list.length > 1 && h('div', { className: 'schemes-sides' }, sideSelect(0), sideSelect(1)),
      list.length > 1 && massing,
    );
  };
  const redraw = () => draw(schemes.store.get(), appStore.get().language);
  schemes.store.subscribe(redraw);
  // The list follows the layers (a proposal that loads or fails) and the language.
  appStore.subscribe((state, previous) => {
    if (state.language !== previous.language || state.layers !== previous.layers) redraw();
  });
  redraw();
}

/** What a swipe starts with: the existing city left, the first proposal right. */
const defaultPair = (ids: string[]): [string, string] => [ids[0]!, ids[1] ?? ids[0]!];
