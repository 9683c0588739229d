// The kiosk's look: a body class for the touch layout (kiosk.css), the tour's caption card with the "touch to
// explore" invitation, panels closed at each reset, and file drops refused (a visitor's file is not for the screen).
import type { App } from '../../app/app.ts';
import type { KioskFeature } from '../../app/kiosk/kiosk-feature.ts';
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
  kiosk.store.subscribe((view, previous) => {
    if (view.enabled !== previous.enabled) document.body.classList.toggle('kiosk', view.enabled);
    if (view.caption === previous.caption && view.touring === previous.touring) return;
    card.hidden = !view.touring;
    if (!view.touring || view.caption === null) return;
    const chinese = localize(view.caption, 'zh-CN');
    const english = localize(view.caption, 'en');
    render(
      card,
      h('p', { className: 'kiosk-caption' }, chinese),
      english !== chinese ? h('p', { className: 'kiosk-caption-en', lang: 'en' }, english) : null,
      h(
        'p',
        { className: 'kiosk-invitation' },
        kioskText('zh-CN', 'invitation'),
        ' / ',
        h('span', { lang: 'en' }, kioskText('en', 'invitation')),
      ),
    );
  });
}
