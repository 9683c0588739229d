// The 剖切 block of the 量算 tab: a horizontal cut at a height, a vertical cut along two clicked points, the count of
// buildings cut, and one button that closes the models again. A view of the section store.
import type { SectionFeature } from '../../app/section/section-feature.ts';
import type { AppState } from '../../app/state.ts';
import type { Store } from '../../shared/store.ts';
import { h, render } from '../dom.ts';
import { fillMessage } from '../i18n.ts';
import { sm } from './section-messages.ts';

const DEFAULT_CUT_HEIGHT_METERS = 10;

export function mountSectionBlock(body: HTMLElement, appStore: Store<AppState>, feature: SectionFeature): void {
  const block = h('section', { className: 'section-block' });
  body.append(block);
  const heightInput = h('input', {
    type: 'number',
    className: 'section-height',
    value: String(DEFAULT_CUT_HEIGHT_METERS),
    step: '1',
  });
  const report = (error: unknown) => {
    feature.store.update((s) => ({ ...s, problem: error instanceof Error ? error.message : String(error) }));
  };

  const draw = () => {
    const lang = appStore.get().language;
    const { section, picking, problem } = feature.store.get();
    const cutCount = section
      ? new Set((section.vertical?.faces ?? section.horizontal).map((face) => `${face.layerId}\u0000${face.featureId}`))
          .size
      : 0;
    heightInput.setAttribute('aria-label', sm(lang, 'height'));
    render(
      block,
      h('h4', {}, sm(lang, 'heading')),
      h(
        'div',
        { className: 'measure-tools' },
        h('label', {}, sm(lang, 'height'), heightInput),
        h(
          'button',
          {
            type: 'button',
            'data-action': 'section-horizontal',
            onclick: () => feature.set({ kind: 'horizontal', heightMeters: Number(heightInput.value) }).catch(report),
          },
          sm(lang, 'horizontal'),
        ),
        h(
          'button',
          {
            type: 'button',
            'data-action': 'section-vertical',
            'aria-pressed': String(picking > 0),
            onclick: () => (picking ? feature.cancelPick() : feature.pickLine()),
          },
          sm(lang, 'vertical'),
        ),
        section &&
          h(
            'button',
            { type: 'button', 'data-action': 'section-clear', onclick: () => feature.set(null).catch(report) },
            sm(lang, 'clear'),
          ),
      ),
      picking > 0 &&
        h('p', { className: 'measure-hint' }, fillMessage(lang, sm(lang, 'pickHint'), { count: picking - 1 })),
      problem && h('p', { className: 'measure-problem', role: 'alert' }, problem),
      section &&
        h(
          'p',
          { className: 'section-result' },
          section.vertical
            ? fillMessage(lang, sm(lang, 'verticalResult'), {
                length: section.vertical.lengthMeters.toFixed(1),
                count: cutCount,
              })
            : fillMessage(lang, sm(lang, 'horizontalResult'), {
                height: section.request.kind === 'horizontal' ? section.request.heightMeters : '',
                count: cutCount,
              }),
        ),
      h('p', { className: 'measure-meaning' }, sm(lang, 'note')),
    );
  };
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && feature.store.get().picking) feature.cancelPick();
  });
  feature.store.subscribe(draw);
  appStore.subscribe((state, previous) => {
    if (state.language !== previous.language) draw();
  });
  draw();
}
