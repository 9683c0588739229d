// The kiosk's look: a body class for the touch layout (kiosk.css), the tour's caption card with the "touch to
// explore" invitation and, at a stop that colours the buildings, their legend (the renewal tab that holds it is closed
// on the kiosk), panels closed at each reset, and file drops refused (a visitor's file is not for the screen).
import { thematicClasses } from '../../analysis/units/thematic.ts';
import type { App } from '../../app/app.ts';
import type { KioskFeature } from '../../app/kiosk/kiosk-feature.ts';
import type { RenewalState } from '../../app/units/renewal-feature.ts';
import type { Store } from '../../shared/store.ts';
import { localize } from '../../config/localize.ts';
import { h, render } from '../dom.ts';
import type { ToolDock } from '../tool-dock.ts';
import { kioskText } from './kiosk-messages.ts';
import './kiosk.css';

export function mountKioskOverlay(
  root: HTMLElement,
  kiosk: KioskFeature,
  dock: ToolDock,
  onReset: App['onReset'],
  renewal: Store<RenewalState>,
): void {
  const card = h('section', { className: 'kiosk-card', 'aria-live': 'polite', hidden: true });
  root.append(card);
  onReset(() => dock.open(null));

  // Capture phase on the window runs before the IFC panel's own drop handler, which is then never reached.
  const refuseDrop = (event: DragEvent) => {
    if (!kiosk.store.get().enabled) return;
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  window.addEventListener('dragover', refuseDrop, true);
  window.addEventListener('drop', refuseDrop, true);

  // The page address may have turned the mode on before this was mounted.
  document.body.classList.toggle('kiosk', kiosk.store.get().enabled);
  const draw = () => {
    const view = kiosk.store.get();
    card.hidden = !view.touring;
    if (!view.touring || view.caption === null) return;
    const chinese = localize(view.caption, 'zh-CN');
    const english = localize(view.caption, 'en');
    render(
      card,
      h('p', { className: 'kiosk-caption' }, chinese),
      english !== chinese ? h('p', { className: 'kiosk-caption-en', lang: 'en' }, english) : null,
      legend(renewal.get()),
      h(
        'p',
        { className: 'kiosk-invitation' },
        kioskText('zh-CN', 'invitation'),
        ' / ',
        h('span', { lang: 'en' }, kioskText('en', 'invitation')),
      ),
    );
  };
  kiosk.store.subscribe((view, previous) => {
    if (view.enabled !== previous.enabled) document.body.classList.toggle('kiosk', view.enabled);
    if (view.caption !== previous.caption || view.touring !== previous.touring) draw();
  });
  // A stop's colouring is set once its flight has begun, and its counts follow.
  renewal.subscribe((state, previous) => {
    if (state.thematic !== previous.thematic || state.classCounts !== previous.classCounts) draw();
  });
}

/** The colouring's classes that some building falls in, in both languages; nothing when the buildings are plain. */
function legend({ thematic, classCounts }: RenewalState): HTMLElement | null {
  const shown = thematicClasses(thematic).filter((c) => (classCounts[c.key] ?? 0) > 0);
  if (shown.length === 0) return null;
  return h(
    'ul',
    { className: 'kiosk-legend' },
    ...shown.map((c) =>
      h(
        'li',
        { 'data-class': c.key },
        h('span', { className: 'swatch', style: `background:${c.color}` }),
        c.label['zh-CN'],
        c.label.en !== c.label['zh-CN'] ? h('span', { lang: 'en' }, c.label.en) : null,
      ),
    ),
  );
}
