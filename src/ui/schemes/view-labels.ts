// Side by side (多屏比对): over each view its scheme's name, and a frame that separates the views. A view of the
// schemes store; the labels take no pointer events, so every view stays free to orbit and pick.
import type { AppState } from '../../app/state.ts';
import type { Schemes, SchemesState } from '../../app/schemes/schemes-service.ts';
import { localize } from '../../config/localize.ts';
import type { Store } from '../../shared/store.ts';
import { cellStyle, viewCells } from '../../viewer/view-cells.ts';
import { h, render } from '../dom.ts';

export function mountViewLabels(viewerElement: HTMLElement, appStore: Store<AppState>, schemes: Schemes): void {
  const layer = h('div', { className: 'side-by-side-labels', hidden: true });
  viewerElement.append(layer);

  const draw = (state: SchemesState) => {
    const { compare } = state;
    layer.hidden = compare.mode !== 'side-by-side';
    if (compare.mode !== 'side-by-side') return render(layer);
    const lang = appStore.get().language;
    const title = (id: string) => localize(schemes.list().find((scheme) => scheme.id === id)?.title ?? id, lang);
    const cells = viewCells(compare.schemes.length);
    render(
      layer,
      ...compare.schemes.map((id, index) => {
        const cell = h(
          'div',
          { className: 'side-by-side-cell', 'data-view': index },
          h('span', { className: 'side-by-side-label', 'data-scheme-id': id }, title(id)),
        );
        Object.assign(cell.style, cellStyle(cells[index]!));
        return cell;
      }),
    );
  };
  schemes.store.subscribe(draw);
  appStore.subscribe((state, previous) => {
    if (state.language !== previous.language) draw(schemes.store.get());
  });
}
