// The kiosk's idle clock and tour sequencing with fake time.
import { describe, expect, it } from 'vitest';
import { createKioskClock } from '../../../src/app/kiosk/kiosk-clock.ts';

const tour = [
  { viewpointId: 'a', dwellSeconds: 2 },
  { viewpointId: 'b', dwellSeconds: 3 },
];

describe('kiosk clock', () => {
  it('resets after idleSeconds, then steps through the tour counting dwell from each arrival, and loops', () => {
    const clock = createKioskClock(90, tour, 0);
    expect(clock.advance(89_999)).toEqual([]);
    expect(clock.state(89_999)).toEqual({ touring: false, step: -1, secondsSinceInput: 89.999 });
    expect(clock.advance(90_000)).toEqual([{ kind: 'reset' }, { kind: 'step', step: 0, stop: tour[0] }]);
    // Still flying: the dwell has not begun however long the flight takes.
    expect(clock.advance(200_000)).toEqual([]);
    clock.arrived(200_000);
    expect(clock.advance(201_999)).toEqual([]);
    expect(clock.advance(202_000)).toEqual([{ kind: 'step', step: 1, stop: tour[1] }]);
    clock.arrived(203_000);
    expect(clock.advance(205_999)).toEqual([]);
    expect(clock.advance(206_000)).toEqual([{ kind: 'step', step: 0, stop: tour[0] }]);
    expect(clock.state(206_000)).toMatchObject({ touring: true, step: 0 });
  });

  it('input stops the tour and restarts the idle clock; input while idle only restarts it', () => {
    const clock = createKioskClock(10, tour, 0);
    expect(clock.input(5_000)).toEqual([]);
    expect(clock.advance(14_999)).toEqual([]);
    expect(clock.advance(15_000)).toHaveLength(2);
    expect(clock.input(16_000)).toEqual([{ kind: 'stopped' }]);
    expect(clock.state(16_500)).toEqual({ touring: false, step: -1, secondsSinceInput: 0.5 });
    // An arrival of the flight input interrupted does not start a dwell.
    clock.arrived(16_600);
    expect(clock.advance(25_999)).toEqual([]);
    expect(clock.advance(26_000)).toEqual([{ kind: 'reset' }, { kind: 'step', step: 0, stop: tour[0] }]);
  });

  it('without tour stops it resets once every idle period', () => {
    const clock = createKioskClock(5, [], 0);
    expect(clock.advance(5_000)).toEqual([{ kind: 'reset' }]);
    expect(clock.advance(9_999)).toEqual([]);
    expect(clock.advance(10_000)).toEqual([{ kind: 'reset' }]);
    expect(clock.state(10_000).touring).toBe(false);
  });
});
