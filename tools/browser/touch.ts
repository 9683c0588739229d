// Real touch input through the DevTools protocol (Input.dispatchTouchEvent), as a touchscreen sends it: the page sees
// touch and pointer events with pointerType "touch". Used by the kiosk's browser tests and the soak run.
//
// A gesture is a finger's timeline: each event at a time (ms from the gesture's start), sent with that time as its
// `timestamp` (seconds since the epoch), which the page reads as event.timeStamp, as a touchscreen's driver stamps its
// events. Each DevTools send resolves only once the page has taken the event; the next is sent the finger's interval
// after that, so Cesium's camera controller, which reads motion once per frame, sees every move.
import type { CDPSession, Page } from 'playwright-core';

type Point = { x: number; y: number };
type TouchPoint = Point & { id?: number };
type TouchEvent = { type: 'touchStart' | 'touchMove' | 'touchEnd'; points: TouchPoint[]; atMs: number };

export interface Touchscreen {
  tap(at: Point): Promise<void>;
  /** Two taps, the second `gapMs` (default 80) after the first finger lifted. */
  doubleTap(at: Point, gapMs?: number): Promise<void>;
  /** One finger from `from` to `to` in `moves` steps. */
  drag(from: Point, to: Point, moves?: number): Promise<void>;
  /** Two fingers on a horizontal line through `center`, their gap going from `fromGapPx` to `toGapPx`. */
  pinch(center: Point, fromGapPx: number, toGapPx: number, moves?: number): Promise<void>;
}

/** A finger rests this long on the glass in a tap, and moves this often in a drag. */
const TAP_MS = 40;
const MOVE_EVERY_MS = 16;

const lerp = (a: number, b: number, t: number) => a + (b - a) * t;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

const tapEvents = (at: Point, startMs: number): TouchEvent[] => [
  { type: 'touchStart', points: [at], atMs: startMs },
  { type: 'touchEnd', points: [], atMs: startMs + TAP_MS },
];

/** Down at `positions(0)`, `moves` moves to `positions(1)`, up. */
function strokeEvents(positions: (share: number) => TouchPoint[], moves: number): TouchEvent[] {
  const events: TouchEvent[] = [{ type: 'touchStart', points: positions(0), atMs: 0 }];
  for (let i = 1; i <= moves; i++) {
    events.push({ type: 'touchMove', points: positions(i / moves), atMs: i * MOVE_EVERY_MS });
  }
  events.push({ type: 'touchEnd', points: [], atMs: (moves + 1) * MOVE_EVERY_MS });
  return events;
}

export async function touchscreen(page: Page, session?: CDPSession): Promise<Touchscreen> {
  const cdp = session ?? (await page.context().newCDPSession(page));
  const play = async (events: TouchEvent[]) => {
    const startMs = Date.now();
    let previousAtMs = 0;
    for (const { type, points, atMs } of events) {
      await sleep(atMs - previousAtMs);
      previousAtMs = atMs;
      await cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points, timestamp: (startMs + atMs) / 1000 });
    }
  };
  return {
    tap: (at) => play(tapEvents(at, 0)),
    doubleTap: (at, gapMs = 80) => play([...tapEvents(at, 0), ...tapEvents(at, TAP_MS + gapMs)]),
    drag: (from, to, moves = 10) =>
      play(strokeEvents((share) => [{ x: lerp(from.x, to.x, share), y: lerp(from.y, to.y, share) }], moves)),
    pinch(center, fromGapPx, toGapPx, moves = 10) {
      const fingers = (share: number): TouchPoint[] => {
        const gap = lerp(fromGapPx, toGapPx, share);
        return [
          { x: center.x - gap / 2, y: center.y, id: 0 },
          { x: center.x + gap / 2, y: center.y, id: 1 },
        ];
      };
      return play(strokeEvents(fingers, moves));
    },
  };
}
