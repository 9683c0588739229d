// The swipe divider (卷帘) over the 3D view: a vertical line with a handle, dragged with the mouse or a finger
// (pointer events, so one code path for both), and the two schemes' names either side. A view of the schemes store.
import type { AppState } from '../../app/state.ts';
import type { Schemes, SchemesState } from '../../app/schemes/schemes-service.ts';
import { localize } from '../../config/localize.ts';
import type { Store } from '../../shared/store.ts';
import { h } from '../dom.ts';
import { sm } from './schemes-messages.ts';

export function mountSwipeDivider(viewerElement: HTMLElement, appStore: Store<AppState>, schemes: Schemes): void {
  const leftLabel = h('span', { className: 'swipe-label swipe-label-left' });
  const rightLabel = h('span', { className: 'swipe-label swipe-label-right' });
  const handle = h('div', {
    className: 'swipe-handle',
    role: 'slider',
    tabIndex: 0,
    'aria-valuemin': 0,
    'aria-valuemax': 100,
  });
  const divider = h('div', { className: 'swipe-divider', hidden: true }, leftLabel, handle, rightLabel);
  viewerElement.append(divider);

  const fractionAt = (clientX: number) => {
    const box = viewerElement.getBoundingClientRect();
    return (clientX - box.left) / box.width;
  };
  let dragging: number | null = null;
  handle.addEventListener('pointerdown', (event) => {
    dragging = event.pointerId;
    handle.setPointerCapture(event.pointerId);
    event.preventDefault();
  });
  handle.addEventListener('pointermove', (event) => {
    if (event.pointerId === dragging) schemes.setSwipePosition(fractionAt(event.clientX));
  });
  const release = (event: PointerEvent) => {
    if (event.pointerId === dragging) dragging = null;
  };
  handle.addEventListener('pointerup', release);
  handle.addEventListener('pointercancel', release);
  handle.addEventListener('keydown', (event) => {
    const step = { ArrowLeft: -0.05, ArrowRight: 0.05 }[event.key];
    if (step) schemes.setSwipePosition(schemes.store.get().swipePosition + step);
  });

  const draw = (state: SchemesState) => {
    divider.hidden = state.compare.mode !== 'swipe';
    if (state.compare.mode !== 'swipe') return;
    const lang = appStore.get().language;
    const title = (id: string) => localize(schemes.list().find((scheme) => scheme.id === id)?.title ?? id, lang);
    divider.style.left = `${state.swipePosition * 100}%`;
    leftLabel.textContent = title(state.compare.schemes[0]);
    rightLabel.textContent = title(state.compare.schemes[1]);
    handle.setAttribute('aria-label', sm(lang, 'divider'));
    handle.setAttribute('aria-valuenow', String(Math.round(state.swipePosition * 100)));
  };
  schemes.store.subscribe(draw);
  appStore.subscribe((state, previous) => {
    if (state.language !== previous.language) draw(schemes.store.get());
  });
}
