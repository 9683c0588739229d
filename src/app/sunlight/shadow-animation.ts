// The shadow animation (阴影动画): the Sun moving through the rule's counting window on the standard day, at the
// project's longitude, with Cesium's shadows on the city. Only the look: the hours always come from the exact count.
// Starting keeps the viewer's clock, lighting and shadows; stopping puts them back (viewer/shadow-clock.ts).
import {
  clockText,
  instantAtTrueSolar,
  parseClock,
  shadowWindow,
  type ShadowWindow,
} from '../../analysis/sunlight/shadow-window.ts';
import { cityRule, type StandardDay } from '../../analysis/sunlight/sunlight-rules.ts';
import { createStore, type Store } from '../../shared/store.ts';
import { beginShadowClock, type ShadowClock } from '../../viewer/shadow-clock.ts';
import type { App } from '../app.ts';
import { ProjectStateError } from '../api-errors.ts';

/** True solar minutes shown per second of playing: the 大寒 window's 8 hours in 24 s. */
const PLAY_MINUTES_PER_SECOND = 20;
const TICK_MS = 200;

export interface ShadowAnimationState {
  /** The window animated, or null when the animation is off. */
  window: ShadowWindow | null;
  /** The true solar time shown, hours. */
  hours: number;
  playing: boolean;
}

export interface ShadowAnimationRequest {
  play?: boolean;
  /** True solar time, 'HH:MM', inside the window. */
  time?: string;
  date?: StandardDay | string;
}

export interface ShadowAnimation {
  store: Store<ShadowAnimationState>;
  /** Starts or changes the animation; wrong arguments throw a TypeError starting `cim.shadowAnimation: `. */
  set(request: ShadowAnimationRequest): void;
  /** Stops and restores the viewer. */
  stop(): void;
}

export function createShadowAnimation(app: App): ShadowAnimation {
  const store = createStore<ShadowAnimationState>({ window: null, hours: 0, playing: false });
  let clock: ShadowClock | null = null;
  let timer: ReturnType<typeof setInterval> | undefined;

  const show = (window: ShadowWindow, hours: number, playing: boolean) => {
    clock ??= beginShadowClock(app.viewer);
    clock.show(instantAtTrueSolar(window, hours));
    store.update(() => ({ window, hours, playing }));
  };
  const tick = () => {
    const { window, hours } = store.get();
    if (!window) return;
    const next = hours + (PLAY_MINUTES_PER_SECOND * TICK_MS) / 1000 / 60;
    show(window, next > window.endHours ? window.startHours : next, true); // loops over the window
  };
  const windowFor = (date: string | undefined): ShadowWindow => {
    const project = app.project();
    if (!project) throw new ProjectStateError('cim.shadowAnimation', 'no project loaded');
    const ruleDay: StandardDay = project.sunlight ? cityRule(project.sunlight).day : '大寒';
    try {
      return shadowWindow(project.home.lon, project.home.lat, date ?? ruleDay, new Date().getFullYear(), ruleDay);
    } catch (error) {
      throw error instanceof TypeError ? new TypeError(`cim.shadowAnimation: ${error.message}`) : error;
    }
  };

  const feature: ShadowAnimation = {
    store,
    set(request) {
      const current = store.get();
      const window = request.date !== undefined || !current.window ? windowFor(request.date) : current.window;
      let hours = current.window && current.window.day === window.day ? current.hours : window.startHours;
      if (request.time !== undefined) {
        hours = parseClock(request.time);
        if (!(hours >= window.startHours && hours <= window.endHours)) {
          throw new TypeError(
            `cim.shadowAnimation: time '${request.time}' is not a true solar time in the window ${clockText(window.startHours)}–${clockText(window.endHours)}`,
          );
        }
      }
      const playing = request.play ?? current.playing;
      clearInterval(timer);
      timer = playing ? setInterval(tick, TICK_MS) : undefined;
      show(window, hours, playing);
    },
    stop() {
      clearInterval(timer);
      timer = undefined;
      clock?.end();
      clock = null;
      store.update(() => ({ window: null, hours: 0, playing: false }));
    },
  };
  app.onReset(() => {
    if (store.get().window) feature.stop();
  });
  return feature;
}
