// The pipelines tab: underground switch, class toggles, cross-section drawing with its chart, and the clearance check
// with its list. It renders from the feature's store (and the app's for the language and layers) and calls the feature.
import type { AppState } from '../../app/state.ts';
import { DEFAULT_PIT_DEPTH_M, type PipesFeature, type PipesState } from '../../app/pipes/pipes-feature.ts';
import { PIPE_CLASS_INFO } from '../../analysis/pipes/pipe-classes.ts';
import type { Language } from '../../config/project-types.ts';
import type { Store } from '../../shared/store.ts';
import { h, render } from '../dom.ts';
import { pipesText } from './pipes-messages.ts';
import { fillMessage } from '../i18n.ts';
import { sectionChart } from './section-chart.ts';
import type { ToolTab } from '../tool-dock.ts';
import { violationList } from './violation-list.ts';
import './pipes.css';

export function mountPipesPanel(body: HTMLElement, appStore: Store<AppState>, feature: PipesFeature): void {
  const underground = h('input', {
    type: 'checkbox',
    className: 'underground-switch',
    onchange: () => feature.setUnderground(underground.checked),
  });
  const undergroundLabel = h('span');
  const classesHeading = h('h3');
  const classes = h('ul', { className: 'pipe-classes' });
  const sectionHeading = h('h3');
  const drawButton = h('button', {
    type: 'button',
    className: 'draw-section',
    onclick: () => feature.drawSectionLine(),
  });
  const sectionOut = h('div', { className: 'section-out' });
  const pitHeading = h('h3');
  const pitDepthLabel = h('span');
  const pitDepth = h('input', {
    type: 'number',
    className: 'pit-depth',
    min: 0.5,
    max: 50,
    step: 0.5,
    value: DEFAULT_PIT_DEPTH_M,
  });
  const pitButton = h('button', {
    type: 'button',
    className: 'draw-pit',
    onclick: () => feature.drawExcavation(Number(pitDepth.value) > 0 ? Number(pitDepth.value) : DEFAULT_PIT_DEPTH_M),
  });
  const digButton = h('button', { type: 'button', className: 'dig', onclick: () => feature.finishDrawing() });
  const fillButton = h('button', { type: 'button', className: 'fill-pit', onclick: () => feature.excavate(null) });
  const pitOut = h('p', { className: 'hint' });
  const clearanceHeading = h('h3');
  const checkButton = h('button', {
    type: 'button',
    className: 'run-check',
    onclick: () => void feature.clearanceCheck(),
  });
  const checkOut = h('div', { className: 'check-out' });
  body.classList.add('pipes-panel');
  body.append(
    h('label', { className: 'switch-row' }, underground, undergroundLabel),
    classesHeading,
    classes,
    sectionHeading,
    drawButton,
    sectionOut,
    pitHeading,
    h('label', { className: 'pit-row' }, pitDepthLabel, pitDepth),
    h('div', { className: 'pit-buttons' }, pitButton, digButton, fillButton),
    pitOut,
    clearanceHeading,
    checkButton,
    checkOut,
  );
  const draw = () => {
    const language = appStore.get().language;
    const state = feature.store.get();
    const text = (key: Parameters<typeof pipesText>[1]) => pipesText(language, key);
    underground.checked = state.underground;
    undergroundLabel.textContent = text('underground');
    classesHeading.textContent = text('classes');
    drawClasses(language);
    sectionHeading.textContent = text('section');
    drawButton.textContent = text('drawSection');
    drawSection(state, language);
    drawPit(state, language);
    clearanceHeading.textContent = text('clearance');
    checkButton.textContent = state.checking ? text('checking') : text('runCheck');
    checkButton.disabled = state.checking;
    drawCheck(state, language);
  };

  const drawClasses = (language: Language) => {
    const layers = feature.layers();
    const present = [...new Set(layers.flatMap((layer) => layer.classes()))];
    if (present.length === 0) return render(classes, h('li', { className: 'hint' }, pipesText(language, 'noPipes')));
    render(
      classes,
      ...present.map((pipeClass) => {
        const box = h('input', {
          type: 'checkbox',
          checked: layers.some((layer) => layer.isClassVisible(pipeClass)),
          'data-class': pipeClass,
          onchange: () => feature.setClassVisible(pipeClass, box.checked),
        });
        return h(
          'li',
          {},
          h(
            'label',
            {},
            box,
            h('span', { className: 'swatch', style: `background:${PIPE_CLASS_INFO[pipeClass].displayCss}` }),
            `${pipeClass} ${PIPE_CLASS_INFO[pipeClass].name[language]}`,
          ),
        );
      }),
    );
  };

  const drawSection = (state: PipesState, language: Language) => {
    if (state.drawing?.kind === 'section')
      return render(
        sectionOut,
        h('p', { className: 'hint' }, `${pipesText(language, 'drawHint')} (${state.drawing.points}/2)`),
      );
    if (!state.section) return render(sectionOut);
    const { hits, lengthM } = state.section;
    render(
      sectionOut,
      h(
        'p',
        { className: 'section-title' },
        fillMessage(language, pipesText(language, hits.length ? 'sectionTitle' : 'sectionEmpty'), {
          length: lengthM.toFixed(1),
          count: hits.length,
        }),
      ),
      hits.length ? sectionChart(hits, lengthM, language) : null,
    );
  };

  const drawPit = (state: PipesState, language: Language) => {
    const text = (key: Parameters<typeof pipesText>[1]) => pipesText(language, key);
    pitHeading.textContent = text('excavation');
    pitDepthLabel.textContent = text('pitDepth');
    pitButton.textContent = text('drawPit');
    digButton.textContent = text('dig');
    fillButton.textContent = text('fillPit');
    const outline = state.drawing?.kind === 'pit' ? state.drawing : null;
    digButton.hidden = !outline;
    digButton.disabled = (outline?.points ?? 0) < 3;
    fillButton.hidden = !state.excavation;
    pitOut.textContent = outline
      ? fillMessage(language, text('pitHint'), { count: outline.points })
      : state.excavation
        ? fillMessage(language, text('pitOpen'), {
            count: state.excavation.ring.length,
            depth: state.excavation.depthM,
          })
        : '';
  };

  const drawCheck = (state: PipesState, language: Language) => {
    if (!state.violations) return render(checkOut);
    const summary =
      state.violations.length === 0
        ? pipesText(language, 'noViolations')
        : fillMessage(language, pipesText(language, 'violations'), { count: state.violations.length });
    render(
      checkOut,
      h('p', { className: 'check-summary' }, summary),
      violationList(
        state.violations,
        state.selectedViolation,
        language,
        (index) => void feature.selectViolation(index),
      ),
    );
  };

  feature.store.subscribe(draw);
  appStore.subscribe((state, previous) => {
    if (state.language !== previous.language || state.layers !== previous.layers) draw();
  });
  draw();
}

/** The tool-dock tab of the pipelines feature. */
export const pipesTab = (appStore: Store<AppState>, feature: PipesFeature): ToolTab => ({
  id: 'pipes',
  title: (language) => pipesText(language, 'tab'),
  mount: (body) => mountPipesPanel(body, appStore, feature),
});
