// The 方案比选 tab: the scheme picker (one at a time) and the comparisons: swipe (two schemes, left and right of the
// divider) and side by side (two to four views). A view of the schemes store; the buttons call the service.
import type { AppState } from '../../app/state.ts';
import type { Schemes, SchemesState } from '../../app/schemes/schemes-service.ts';
import type { CompareMode } from '../../app/schemes/compare-request.ts';
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
    const sideBySide = state.compare.mode === 'side-by-side' ? state.compare.schemes : null;
    const ids = list.map((scheme) => scheme.id);
    const picker = h(
      'div',
      { className: 'schemes-picker', role: 'radiogroup', 'aria-label': sm(lang, 'show') },
      ...list.map((scheme) => {
        const checked = state.compare.mode === 'off' && scheme.id === state.shownId;
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
      const pair = swipe ?? defaultPair(ids);
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
    const modeButton = (mode: CompareMode) =>
      h(
        'button',
        {
          type: 'button',
          className: 'schemes-mode',
          'aria-pressed': String(state.compare.mode === mode),
          'data-compare-mode': mode,
          onclick: () =>
            run(() =>
              schemes.compare(
                mode === 'off'
                  ? { mode }
                  : mode === 'swipe'
                    ? { mode, schemes: swipe ?? defaultPair(ids) }
                    : { mode, schemes: sideBySide ?? defaultPair(ids) },
              ),
            ),
        },
        sm(lang, mode === 'off' ? 'compareOff' : mode === 'swipe' ? 'swipe' : 'sideBySide'),
      );
    // Side by side: a box per scheme, two to four of them ticked (in the list's order, the first in the main view).
    const viewChoices = (shown: string[]) =>
      h(
        'fieldset',
        { className: 'schemes-views' },
        h('legend', {}, sm(lang, 'views')),
        ...list.map((scheme) => {
          const ticked = shown.includes(scheme.id);
          const box = h('input', {
            type: 'checkbox',
            className: 'scheme-view-choice',
            'data-scheme-id': scheme.id,
            checked: ticked,
            disabled: ticked ? shown.length <= 2 : shown.length >= 4,
            onchange: () => {
              const chosen = ids.filter((id) => (id === scheme.id ? !ticked : shown.includes(id)));
              run(() => schemes.compare({ mode: 'side-by-side', schemes: chosen }));
            },
          });
          return h('label', {}, box, ` ${localize(scheme.title, lang)}`);
        }),
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
      h(
        'div',
        { className: 'schemes-modes' },
        modeButton('off'),
        list.length > 1 && modeButton('swipe'),
        list.length > 1 && modeButton('side-by-side'),
      ),
      list.length > 1 && !sideBySide && h('div', { className: 'schemes-sides' }, sideSelect(0), sideSelect(1)),
      sideBySide && viewChoices(sideBySide),
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

/** What a comparison starts with: the existing city left (or in the main view), the first proposal right. */
const defaultPair = (ids: string[]): [string, string] => [ids[0]!, ids[1] ?? ids[0]!];
