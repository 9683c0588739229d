// The layer list: a switch, status and (where it makes sense) an opacity slider per layer, with the layer's legend.
// Rows are kept per layer id and updated in place, so dragging a slider is never interrupted by a re-render.
import type { Actions } from '../app/app.ts';
import type { AppState, LayerState } from '../app/state.ts';
import { localize } from '../config/localize.ts';
import type { Language } from '../config/project-types.ts';
import type { Store } from '../shared/store.ts';
import { h, render } from './dom.ts';
import { t } from './i18n.ts';
import { shortenUrlsIn } from './short-source.ts';

interface Row {
  element: HTMLElement;
  update(layer: LayerState, language: Language): void;
}

export function mountLayerPanel(parent: HTMLElement, store: Store<AppState>, actions: Actions): void {
  const heading = h('h2');
  const list = h('ul', { className: 'layer-list' });
  parent.append(heading, list);
  const rows = new Map<string, Row>();

  const draw = (state: AppState) => {
    heading.textContent = t(state.language, 'layers');
    const wanted = state.layers.map((layer) => {
      let row = rows.get(layer.id);
      if (!row) rows.set(layer.id, (row = createRow(layer.id, actions)));
      row.update(layer, state.language);
      return row.element;
    });
    for (const id of rows.keys()) if (!state.layers.some((layer) => layer.id === id)) rows.delete(id);
    if (wanted.length !== list.children.length || wanted.some((el, i) => list.children[i] !== el))
      render(list, ...wanted);
  };
  store.subscribe((state, previous) => {
    if (state.layers !== previous.layers || state.language !== previous.language) draw(state);
  });
  draw(store.get());
}

function createRow(id: string, actions: Actions): Row {
  const checkbox = h('input', { type: 'checkbox', onchange: () => actions.setLayerVisible(id, checkbox.checked) });
  const title = h('span', { className: 'layer-title' });
  const status = h('span', { className: 'layer-status', role: 'status' });
  const slider = h('input', {
    type: 'range',
    min: 0,
    max: 1,
    step: 0.05,
    className: 'opacity',
    oninput: () => actions.setLayerOpacity(id, Number(slider.value)),
  });
  const error = h('p', { className: 'layer-error' });
  const legend = h('ul', { className: 'legend' });
  // Only layers added at run time have one: the manifest's layers are the project and can only be hidden.
  const remove = h(
    'button',
    { type: 'button', className: 'layer-remove', onclick: () => void actions.removeLayer(id) },
    '×',
  );
  const element = h(
    'li',
    { className: 'layer', 'data-layer-id': id },
    h('div', { className: 'layer-head' }, h('label', { className: 'layer-toggle' }, checkbox, title, status), remove),
    slider,
    error,
    legend,
  );

  return {
    element,
    update(layer, language) {
      element.dataset.status = layer.status;
      checkbox.checked = layer.visible;
      checkbox.disabled = layer.status === 'error';
      title.textContent = localize(layer.title, language) || layer.id;
      status.textContent =
        layer.status === 'loading'
          ? t(language, 'statusLoading')
          : layer.status === 'error'
            ? t(language, 'statusError')
            : '';
      remove.hidden = !layer.removable;
      remove.title = `${t(language, 'remove')} ${title.textContent}`;
      remove.setAttribute('aria-label', remove.title);
      slider.hidden = !layer.supportsOpacity || layer.status !== 'ready';
      slider.title = t(language, 'opacity');
      slider.setAttribute('aria-label', `${t(language, 'opacity')} ${title.textContent}`);
      if (document.activeElement !== slider) slider.value = String(layer.opacity);
      error.hidden = !layer.error;
      error.textContent = shortenUrlsIn(layer.error ?? '');
      legend.hidden = layer.legend.length === 0 || !layer.visible;
      render(
        legend,
        ...layer.legend.map((entry) =>
          h(
            'li',
            {},
            h('span', { className: 'swatch', style: `background:${entry.color}` }),
            localize(entry.label, language),
          ),
        ),
      );
    },
  };
}
