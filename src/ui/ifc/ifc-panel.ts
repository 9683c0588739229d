// The BIM tab: open an IFC by file picker or by dropping it on the map, then one card per IFC model (progress and
// cancel, placement, filters, spatial tree). Renders from the IFC feature and the app's language.
import { reportError } from '../../app/errors.ts';
import type { AppState } from '../../app/state.ts';
import type { IfcFeature } from '../../app/ifc/ifc-feature.ts';
import type { Store } from '../../shared/store.ts';
import { h, render } from '../dom.ts';
import type { ToolTab } from '../tool-dock.ts';
import { ifcText } from './ifc-messages.ts';
import { cardKey, modelCard, updateProgress } from './ifc-model-card.ts';
import './ifc.css';

const isIfcFile = (file: File) => /\.ifc(zip)?$/i.test(file.name);

/** A drop the browser would act on by itself: a file or a link opens in place of the app. Text dropped into a field
 * is left alone. */
const wouldNavigate = (event: DragEvent) =>
  event.dataTransfer?.types.includes('Files') ||
  !(event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement);

/** Dropping .ifc / .ifczip files anywhere on the page opens them (the viewer canvas is most of the page); any other
 * drop is refused with a message instead of replacing the app. */
function acceptDrops(page: Window, appStore: Store<AppState>, feature: IfcFeature): void {
  page.addEventListener('dragover', (event) => {
    if (wouldNavigate(event)) event.preventDefault();
  });
  page.addEventListener('drop', (event) => {
    if (!wouldNavigate(event)) return;
    event.preventDefault();
    for (const file of event.dataTransfer?.files ?? []) {
      if (isIfcFile(file)) void feature.openFile(file);
      else reportError(appStore, file.name, ifcText(appStore.get().language, 'unsupportedDrop'));
    }
  });
}

export function mountIfcPanel(body: HTMLElement, appStore: Store<AppState>, feature: IfcFeature): void {
  const input = h('input', { type: 'file', accept: '.ifc,.ifczip', multiple: true, className: 'ifc-file-input' });
  input.addEventListener('change', () => {
    for (const file of [...(input.files ?? [])]) void feature.openFile(file);
    input.value = '';
  });
  const openButton = h('button', { type: 'button', className: 'ifc-open', onclick: () => input.click() });
  const hint = h('p', { className: 'ifc-hint' });
  const models = h('div', { className: 'ifc-models' });
  body.classList.add('ifc-panel');
  body.append(openButton, input, hint, models);
  acceptDrops(window, appStore, feature);

  const drawn = new Map<string, { key: string; card: HTMLElement }>();
  const draw = () => {
    const language = appStore.get().language;
    openButton.textContent = ifcText(language, 'open');
    hint.textContent = ifcText(language, 'dropHint');
    const list = feature.models();
    // Keep an open placement form untouched while the user types into it.
    const focused = document.activeElement;
    if (focused instanceof HTMLInputElement && focused.type === 'number' && models.contains(focused)) return;
    const cards = list.map((model) => {
      const key = cardKey(model, language);
      const kept = drawn.get(model.layerId);
      if (kept?.key === key) {
        updateProgress(kept.card, model, language);
        return kept.card;
      }
      const card = modelCard(model, feature, language);
      drawn.set(model.layerId, { key, card });
      return card;
    });
    for (const id of drawn.keys()) if (!list.some((model) => model.layerId === id)) drawn.delete(id);
    if (cards.length === models.children.length && cards.every((card, i) => models.children[i] === card)) return;
    render(models, ...(cards.length ? cards : [h('p', {}, ifcText(language, 'none'))]));
  };
  feature.subscribe(draw);
  appStore.subscribe((state, previous) => {
    if (state.language !== previous.language) draw();
  });
  draw();
}

export function ifcTab(appStore: Store<AppState>, feature: IfcFeature): ToolTab {
  return {
    id: 'ifc',
    title: (language) => ifcText(language, 'tab'),
    mount: (body) => mountIfcPanel(body, appStore, feature),
  };
}
