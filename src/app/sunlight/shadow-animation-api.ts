// window.cim.shadowAnimation (README, "Scripting API"): start, set or stop the shadow animation the panel shows.
import { beijingClock, clockText, instantAtTrueSolar } from '../../analysis/sunlight/shadow-window.ts';
import type { ShadowAnimation, ShadowAnimationRequest } from './shadow-animation.ts';
import { argumentError } from '../api-errors.ts';

export interface ShadowAnimationReading {
  date: string;
  /** 'HH:MM' true solar time. */
  trueSolarTime: string;
  /** 'HH:MM' Beijing time (UTC+8). */
  beijingTime: string;
  playing: boolean;
}

export interface ShadowAnimationApi {
  /** Starts or changes the animation ({play?, time?: 'HH:MM' true solar, date?: '大寒'|'冬至'|'YYYY-MM-DD'}), or
   * stops it and restores the viewer (null, which returns null). */
  shadowAnimation(request: ShadowAnimationRequest | null): ShadowAnimationReading | null;
}

export function createShadowAnimationApi(animation: ShadowAnimation): ShadowAnimationApi {
  return {
    shadowAnimation(request) {
      if (request === null) {
        animation.stop();
        return null;
      }
      if (typeof request !== 'object' || Array.isArray(request))
        throw argumentError('cim.shadowAnimation', 'give {play?, time?, date?} or null');
      const { play, time, date } = request;
      if (play !== undefined && typeof play !== 'boolean')
        throw argumentError('cim.shadowAnimation', 'play must be true or false');
      if (time !== undefined && typeof time !== 'string')
        throw argumentError('cim.shadowAnimation', "time must be 'HH:MM' (true solar time)");
      if (date !== undefined && typeof date !== 'string')
        throw argumentError('cim.shadowAnimation', "date must be '大寒', '冬至' or 'YYYY-MM-DD'");
      animation.set(request);
      return shadowReading(animation);
    },
  };
}

/** What the animation shows now (also the panel's labels). */
export function shadowReading(animation: ShadowAnimation): ShadowAnimationReading | null {
  const { window, hours, playing } = animation.store.get();
  if (!window) return null;
  return {
    date: window.date,
    trueSolarTime: clockText(hours),
    beijingTime: beijingClock(instantAtTrueSolar(window, hours)),
    playing,
  };
}
