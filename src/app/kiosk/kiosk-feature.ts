// Exhibition-screen mode: listens for any touch, pointer or key, and when nobody has touched the screen for idleSeconds
// returns the app to its start and flies the attract tour. The timing is kiosk-clock.ts; this carries it out.
import type { LocalizedText } from '../../config/project-types.ts';
import {
  DEFAULT_DWELL_SECONDS,
  DEFAULT_IDLE_SECONDS,
  type KioskKnownIds,
  type KioskTourStop,
} from '../../config/validate-kiosk.ts';
import { createStore, type Store } from '../../shared/store.ts';
import { setView } from '../../viewer/camera.ts';
import { onRenderStall } from '../../viewer/render-health.ts';
import { enableKioskTouchGestures } from '../../viewer/touch-gestures.ts';
import type { App } from '../app.ts';
import { initialState } from '../state.ts';
import type { DisplayRecoveryRecord } from '../view-after-reload.ts';
import { createKioskClock, type KioskClock, type KioskEvent } from './kiosk-clock.ts';
import { createTourStage, type TourStageActions } from './tour-stage.ts';

export interface KioskSettings {
  enabled: boolean;
  idleSeconds?: number;
  tour?: KioskTourStop[];
}

export interface KioskView {
  enabled: boolean;
  touring: boolean;
  /** What the caption card shows: the stop's caption, else its viewpoint's title; null when not touring. */
  caption: LocalizedText | null;
}

export interface KioskState {
  enabled: boolean;
  touring: boolean;
  step: number;
  idleSeconds: number;
  secondsSinceInput: number;
  /** Why and when this screen reloaded itself (lost graphics, a render error, a stalled loop), oldest first. */
  recoveries: DisplayRecoveryRecord[];
}

export interface KioskFeature {
  store: Store<KioskView>;
  configure(settings: KioskSettings): void;
  state(): KioskState;
  /** What a tour stop may name now. */
  knownIds(): KioskKnownIds;
}

/** Longest flight between stops; a shorter dwell shortens it too, so a quick tour stays quick. */
const FLIGHT_SECONDS = 4;
/** How often the idle clock is read: fine enough for a reset within a second, and draws nothing. */
const TICK_MS = 250;
/** A render loop that has not ticked this long is dead (a software-rendered frame on a loaded machine takes seconds,
 * not this): seen at two checks and reloaded at once, the screen is back within 10 s. */
const STALL_SECONDS = 6;
// Anything a visitor does; the capture phase sees it before a panel can stop it.
const INPUT_EVENTS = ['pointerdown', 'touchstart', 'keydown', 'wheel'] as const;

export function createKiosk(app: App, fromUrl: boolean, stageActions: TourStageActions): KioskFeature {
  const store = createStore<KioskView>({ enabled: false, touring: false, caption: null });
  const stage = createTourStage(app, stageActions);
  let idleSeconds = DEFAULT_IDLE_SECONDS;
  let tour: KioskTourStop[] = [];
  let clock: KioskClock | null = null;
  let timer: ReturnType<typeof setInterval> | undefined;
  // Which flight is current: a flight interrupted by input or by the next stop must not start a dwell.
  let flight = 0;
  let stopStallWatch: (() => void) | undefined;
  let loaded = false;
  let restoreGestures: (() => void) | undefined;

  const projectTour = (): KioskTourStop[] =>
    (app.project()?.viewpoints ?? []).map((viewpoint) => ({
      viewpointId: viewpoint.id,
      dwellSeconds: DEFAULT_DWELL_SECONDS,
    }));

  const resetToStart = () => {
    // Every feature's results, overlays and drafts (stored comments and placements stay), the layers as the project
    // has them, then the view and language.
    app.reset();
    stage.restore().catch(() => undefined); // a scheme that cannot be shown leaves the one shown
    if (app.store.get().language !== initialState.language) app.actions.setLanguage(initialState.language);
    const home = app.project()?.home;
    if (home) setView(app.viewer, home);
  };

  const flyTo = (stop: KioskTourStop) => {
    const current = ++flight;
    const viewpoint = app.store.get().viewpoints.find((v) => v.id === stop.viewpointId);
    store.update((view) => ({ ...view, touring: true, caption: stop.caption ?? viewpoint?.title ?? stop.viewpointId }));
    // The dwell starts once the camera is there and the stop's layers, colouring and scheme are shown; a viewpoint or
    // scheme gone since does not stop the tour.
    const flown = app.actions
      .flyToViewpoint(stop.viewpointId, Math.min(FLIGHT_SECONDS, stop.dwellSeconds))
      .catch(() => undefined);
    void Promise.all([flown, stage.show(stop).catch(() => undefined)]).then(() => {
      if (current === flight) clock?.arrived(Date.now());
    });
  };

  const carryOut = (events: KioskEvent[]) => {
    for (const event of events) {
      if (event.kind === 'reset') resetToStart();
      else if (event.kind === 'step') flyTo(event.stop);
      else {
        flight++;
        app.viewer.camera.cancelFlight();
        store.update((view) => ({ ...view, touring: false, caption: null }));
      }
    }
  };
  const onInput = () => {
    if (clock) carryOut(clock.input(Date.now()));
  };

  /** `idleAlready`: the tour starts at once (after the app's own reload, nobody is touching the screen). */
  const configure = (settings: KioskSettings, idleAlready = false) => {
    const manifest = app.project()?.kiosk;
    idleSeconds = settings.idleSeconds ?? manifest?.idleSeconds ?? DEFAULT_IDLE_SECONDS;
    tour = settings.tour?.length ? settings.tour : manifest?.tour.length ? manifest.tour : projectTour();
    clearInterval(timer);
    for (const type of INPUT_EVENTS) window.removeEventListener(type, onInput, true);
    if (clock) carryOut(clock.input(Date.now()));
    clock = null;
    stopStallWatch?.();
    stopStallWatch = undefined;
    app.recovery.quiet = settings.enabled;
    if (settings.enabled !== (restoreGestures !== undefined)) {
      restoreGestures?.();
      restoreGestures = settings.enabled ? enableKioskTouchGestures(app.viewer) : undefined;
    }
    if (settings.enabled) {
      // Once loaded: while loading, shader builds and tile uploads can hold the software renderer for many seconds.
      if (loaded)
        stopStallWatch = onRenderStall(app.viewer, STALL_SECONDS, () => app.recovery.reload('render-stalled'));
      clock = createKioskClock(idleSeconds, tour, Date.now() - (idleAlready ? idleSeconds * 1000 : 0));
      for (const type of INPUT_EVENTS) window.addEventListener(type, onInput, { capture: true, passive: true });
      timer = setInterval(() => {
        if (clock) carryOut(clock.advance(Date.now()));
      }, TICK_MS);
    }
    store.update((view) => ({ ...view, enabled: settings.enabled }));
  };

  // The page address turns the mode on at once (the UI's kiosk layout shows while loading); the tour needs the
  // project's viewpoints, so the mode is set up again once it is loaded.
  if (fromUrl) configure({ enabled: true });
  void app.ready.then(() => {
    loaded = true;
    if (fromUrl || app.project()?.kiosk) configure({ enabled: true }, app.recovery.recovered);
  });

  return {
    store,
    configure: (settings) => configure(settings),
    knownIds: () => ({
      viewpointIds: app.store.get().viewpoints.map((viewpoint) => viewpoint.id),
      layerIds: app.store.get().layers.map((layer) => layer.id),
      schemeIds: stageActions.schemeIds(),
    }),
    state() {
      const clockState = clock?.state(Date.now());
      return {
        enabled: store.get().enabled,
        touring: clockState?.touring ?? false,
        step: clockState?.step ?? -1,
        idleSeconds,
        secondsSinceInput: clockState?.secondsSinceInput ?? 0,
        recoveries: app.recovery.log(),
      };
    },
  };
}
