// The 阴影动画 (shadow animation) part of the 日照分析 tab: play/pause, stop, and a slider over the rule's window with
// the time in true solar and Beijing time. A view of the animation store; dragging the slider pauses and sets the time.
import { clockText } from '../../analysis/sunlight/shadow-window.ts';
import type { AppState } from '../../app/state.ts';
import type { ShadowAnimation } from '../../app/sunlight/shadow-animation.ts';
import { shadowReading } from '../../app/sunlight/shadow-animation-api.ts';
import type { Store } from '../../shared/store.ts';
import { h, render } from '../dom.ts';
import { fillMessage } from '../i18n.ts';
import { sht } from './shadow-messages.ts';

export function mountShadowSection(body: HTMLElement, appStore: Store<AppState>, animation: ShadowAnimation): void {
  const section = h('section', { className: 'sunlight-shadows' });
  body.append(section);
  const report = (work: () => void) => {
    try {
      work();
    } catch (error) {
      reading.textContent = error instanceof Error ? error.message : String(error);
    }
  };
  const playButton = h('button', {
    type: 'button',
    className: 'sunlight-button',
    'data-action': 'shadow-play',
    onclick: () => report(() => animation.set({ play: !animation.store.get().playing })),
  });
  const stopButton = h('button', {
    type: 'button',
    className: 'sunlight-button',
    'data-action': 'shadow-stop',
    onclick: () => animation.stop(),
  });
  const slider = h('input', {
    type: 'range',
    className: 'shadow-slider',
    step: 1,
    oninput: () => report(() => animation.set({ time: clockText(Number(slider.value) / 60), play: false })),
  });
  const reading = h('p', { className: 'shadow-reading', 'aria-live': 'polite' });
  const note = h('p', { className: 'shadow-note' });
  const heading = h('h4', {});

  const update = () => {
    const lang = appStore.get().language;
    const { window, hours, playing } = animation.store.get();
    playButton.textContent = sht(lang, playing ? 'pause' : 'play');
    stopButton.textContent = sht(lang, 'stop');
    stopButton.hidden = !window;
    slider.hidden = !window;
    slider.setAttribute('aria-label', sht(lang, 'slider'));
    note.textContent = sht(lang, 'note');
    const now = shadowReading(animation);
    if (!window || !now) {
      reading.textContent = '';
      return;
    }
    slider.min = String(window.startHours * 60);
    slider.max = String(window.endHours * 60);
    slider.value = String(Math.round(hours * 60));
    reading.textContent = fillMessage(lang, sht(lang, 'reading'), {
      date: now.date,
      solar: now.trueSolarTime,
      beijing: now.beijingTime,
    });
  };
  render(section, heading, h('div', { className: 'sunlight-controls' }, playButton, stopButton), slider, reading, note);
  const draw = () => {
    heading.textContent = sht(appStore.get().language, 'title');
    update();
  };
  appStore.subscribe((state, previous) => {
    if (state.language !== previous.language) draw();
  });
  animation.store.subscribe(update);
  draw();
}
