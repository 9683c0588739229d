// The 量算 tab: the four tools, the hint for the one taking clicks, Finish / Cancel, the results with their figures
// and a copy button each, Copy all and Clear. A view of the measure store; the buttons call the feature.
import type { AppState } from '../../app/state.ts';
import type { MeasureFeature } from '../../app/measure/measure-feature.ts';
import { KIND_NAMES, measurementLines, measurementText } from '../../app/measure/measure-text.ts';
import { MEASURE_KINDS } from '../../analysis/measure/measure.ts';
import type { Language } from '../../config/project-types.ts';
import type { Store } from '../../shared/store.ts';
import { copyThroughField } from '../copy-text.ts';
import { h, render } from '../dom.ts';
import { fillMessage } from '../i18n.ts';
import type { ToolTab } from '../tool-dock.ts';
import { mountSectionBlock } from '../section/section-block.ts';
import type { SectionFeature } from '../../app/section/section-feature.ts';
import { mt } from './measure-messages.ts';
import './measure.css';

export function mountMeasurePanel(body: HTMLElement, appStore: Store<AppState>, feature: MeasureFeature): void {
  const intro = h('p');
  const tools = h('div', { className: 'measure-tools' });
  const hint = h('p', { className: 'measure-hint', 'aria-live': 'polite' });
  const problem = h('p', { className: 'measure-problem', role: 'alert' });
  const results = h('ul', { className: 'measure-results' });
  const actions = h('div', { className: 'measure-actions' });
  const copyStatus = h('p', { className: 'measure-copy-status', 'aria-live': 'polite' });
  const copyField = h('textarea', { className: 'measure-copy-text', readOnly: true, hidden: true });
  const meaning = h('p', { className: 'measure-meaning' });
  body.classList.add('measure-panel');
  body.append(intro, tools, hint, problem, results, actions, copyStatus, copyField, meaning);
  const language = () => appStore.get().language;

  const copy = (text: string) => {
    copyStatus.textContent = mt(language(), copyThroughField(copyField, text) ? 'copied' : 'copyRefused');
    copyField.setAttribute('aria-label', mt(language(), 'copyField'));
  };
  const button = (label: string, action: string, onclick: () => void, extra: Record<string, string | boolean> = {}) =>
    h('button', { type: 'button', 'data-action': action, onclick, ...extra }, label);

  const draw = () => {
    const lang: Language = language();
    const state = feature.store.get();
    intro.textContent = mt(lang, 'intro');
    meaning.textContent = mt(lang, 'meaning');
    render(
      tools,
      ...MEASURE_KINDS.map((kind) =>
        button(
          mt(lang, `tool.${kind}`),
          `measure-${kind}`,
          () => (state.tool === kind ? feature.cancel() : feature.start(kind)),
          { 'aria-pressed': String(state.tool === kind) },
        ),
      ),
    );
    hint.textContent = state.tool
      ? fillMessage(lang, mt(lang, `hint.${state.tool}`), { count: state.pending.length })
      : '';
    problem.textContent = state.problem ?? '';
    if (state.measurements.length === 0) render(results, h('li', { className: 'hint' }, mt(lang, 'none')));
    else {
      render(
        results,
        ...state.measurements.map((m) =>
          h(
            'li',
            { 'data-measurement-id': m.id, 'data-kind': m.kind },
            h('span', { className: 'measure-kind' }, `${KIND_NAMES[m.kind][lang]} #${m.id}`),
            button(mt(lang, 'copy'), 'measure-copy', () => copy(measurementText(m, lang))),
            ...measurementLines(m, lang).map((line) => h('span', { className: 'measure-line' }, line)),
          ),
        ),
      );
    }
    const polyline = state.tool === 'distance' || state.tool === 'area';
    render(
      actions,
      polyline ? button(mt(lang, 'finish'), 'measure-finish', () => feature.finish()) : null,
      state.tool ? button(mt(lang, 'cancel'), 'measure-cancel', () => feature.cancel()) : null,
      state.measurements.length
        ? button(mt(lang, 'copyAll'), 'measure-copy-all', () =>
            copy(state.measurements.map((m) => measurementText(m, lang)).join('\n\n')),
          )
        : null,
      state.measurements.length ? button(mt(lang, 'clear'), 'measure-clear', () => feature.clear()) : null,
    );
  };

  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && feature.store.get().tool) feature.cancel();
  });
  feature.store.subscribe(draw);
  appStore.subscribe((state, previous) => {
    if (state.language !== previous.language) draw();
  });
  draw();
}

/** The tool-dock tab of the measurement feature, with the sections block below. */
export const measureTab = (appStore: Store<AppState>, feature: MeasureFeature, sections: SectionFeature): ToolTab => ({
  id: 'measure',
  title: (language) => mt(language, 'tab'),
  mount: (body) => {
    mountMeasurePanel(body, appStore, feature);
    mountSectionBlock(body, appStore, sections);
  },
});
