// The kiosk's story cards (shown in kiosk mode only, kiosk.css): a "Stories" button opens the list of renewal units
// as large touch targets; a unit's card tells its name, mode, key indicators, before/after with its schemes, summary
// and pictures in the interface language. A view of the stories store; the buttons call the feature.
import type { UnitIndicators } from '../../analysis/units/unit-indicators.ts';
import type { StoriesView, StoryCard, UnitStories } from '../../app/kiosk/unit-stories.ts';
import { EXISTING_SCHEME_ID } from '../../config/validate-townscape.ts';
import type { AppState } from '../../app/state.ts';
import { localize } from '../../config/localize.ts';
import type { Language } from '../../config/project-types.ts';
import type { Store } from '../../shared/store.ts';
import { h, render } from '../dom.ts';
import { dataWord } from '../units/unit-card.ts';
import { kioskText as t } from './kiosk-messages.ts';

const percent = (part: number, whole: number) => (whole > 0 ? `${((100 * part) / whole).toFixed(0)} %` : '—');

function indicatorList(language: Language, i: UnitIndicators): HTMLElement {
  const pair = (key: Parameters<typeof t>[1], value: string) => [h('dt', {}, t(language, key)), h('dd', {}, value)];
  return h(
    'dl',
    { className: 'story-indicators' },
    ...pair('area', `${(i.areaM2 / 10_000).toFixed(2)} ${t(language, 'hectares')}`),
    ...pair('buildings', String(i.buildingCount)),
    ...pair('far', i.far.toFixed(2)),
    ...pair('dangerous', percent(i.grades.C + i.grades.D, i.buildingCount)),
    ...pair('before2000', percent(i.builtBefore2000, i.buildingCount)),
  );
}

function storyCard(language: Language, card: StoryCard, view: StoriesView, stories: UnitStories): HTMLElement {
  const { unit, indicators, story } = card;
  const schemeButton = (id: string, label: string) =>
    h(
      'button',
      {
        type: 'button',
        className: 'story-scheme',
        'data-scheme-id': id,
        'aria-pressed': String(view.shownSchemeId === id),
        onclick: () => void stories.showScheme(id),
      },
      label,
    );
  const schemes = view.schemes;
  return h(
    'article',
    { className: 'story-card', 'data-unit-id': unit.id },
    h(
      'header',
      {},
      h(
        'button',
        { type: 'button', className: 'story-back', onclick: () => stories.back() },
        `‹ ${t(language, 'back')}`,
      ),
      h('h2', {}, unit.name),
    ),
    h(
      'p',
      { className: 'story-mode', 'data-mode': unit.mode },
      `${t(language, 'mode')}: ${dataWord(language, unit.mode)}`,
    ),
    story.summary ? h('p', { className: 'story-summary' }, localize(story.summary, language)) : null,
    indicators ? indicatorList(language, indicators) : null,
    h('h3', {}, t(language, 'beforeAfter')),
    schemes === null
      ? h('p', { className: 'story-working' }, t(language, 'working'))
      : schemes.length === 0
        ? h('p', {}, t(language, 'noScheme'))
        : h(
            'div',
            { className: 'story-schemes' },
            schemeButton(EXISTING_SCHEME_ID, t(language, 'existing')),
            ...schemes.map((scheme) =>
              schemeButton(
                scheme.id,
                `${localize(scheme.title, language)} · ${t(language, 'far')} ${scheme.scheme.far.toFixed(2)}`,
              ),
            ),
          ),
    ...story.pictures.map((picture) =>
      h(
        'figure',
        { className: 'story-picture' },
        h('img', { src: picture.src, alt: picture.caption ? localize(picture.caption, language) : '' }),
        picture.caption ? h('figcaption', {}, localize(picture.caption, language)) : null,
      ),
    ),
  );
}

export function mountStoryCards(root: HTMLElement, appStore: Store<AppState>, stories: UnitStories): void {
  const opener = h('button', {
    type: 'button',
    className: 'kiosk-stories-open',
    onclick: () => stories.showList(true),
  });
  const panel = h('aside', { className: 'kiosk-stories', hidden: true });
  root.append(opener, panel);

  const draw = () => {
    const { language } = appStore.get();
    const view = stories.store.get();
    opener.textContent = t(language, 'stories');
    panel.hidden = !view.listOpen && view.openUnitId === null;
    if (panel.hidden) return render(panel);
    const open = view.cards?.find((card) => card.unit.id === view.openUnitId);
    const close = h(
      'button',
      { type: 'button', className: 'story-close', 'aria-label': t(language, 'close'), onclick: () => stories.close() },
      '×',
    );
    if (open) return render(panel, close, storyCard(language, open, view, stories));
    const list = view.cards;
    render(
      panel,
      close,
      h('h2', {}, t(language, 'storiesTitle')),
      list === null
        ? h('p', {}, t(language, 'loading'))
        : list.length === 0
          ? h('p', {}, t(language, 'noUnits'))
          : h(
              'ul',
              { className: 'story-list' },
              ...list.map(({ unit }) =>
                h(
                  'li',
                  {},
                  h(
                    'button',
                    {
                      type: 'button',
                      className: 'story-unit',
                      'data-unit-id': unit.id,
                      onclick: () => void stories.open(unit.id),
                    },
                    h('span', { className: 'story-unit-name' }, unit.name),
                    h('span', { className: 'story-unit-mode', 'data-mode': unit.mode }, dataWord(language, unit.mode)),
                  ),
                ),
              ),
            ),
    );
  };
  stories.store.subscribe(draw);
  appStore.subscribe((state, previous) => {
    if (state.language !== previous.language) draw();
  });
  draw();
}
