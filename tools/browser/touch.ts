// Real touch input through the DevTools protocol (Input.dispatchTouchEvent), as a touchscreen sends it: the page sees
// touch and pointer events with pointerType "touch". Used by the kiosk's browser tests and the soak run.
import type { CDPSession, Page } from 'playwright-core';

type Point = { x: number; y: number };
type TouchType = 'touchStart' | 'touchMove' | 'touchEnd';

export interface Touchscreen {
  tap(at: Point): Promise<void>;
  /** Two taps, the second `gapMs` (default 80) after the first finger lifted. */
  doubleTap(at: Point, gapMs?: number): Promise<void>;
  /** One finger from `from` to `to` in `moves` steps. */
  drag(from: Point, to: Point, moves?: number): Promise<void>;
  /** Two fingers on a horizontal line through `center`, their gap going from `fromGapPx` to `toGapPx`. */
  pinch(center: Point, fromGapPx: number, toGapPx: number, moves?: number): Promise<void>;
}

const lerp = (a: number, b: number, t: number) => a + (b - a) * t;

export async function touchscreen(page: Page, session?: CDPSession): Promise<Touchscreen> {
  const cdp = session ?? (await page.context().newCDPSession(page));
  // `timestamp` (seconds since the epoch) is when the finger did it, as a touchscreen's driver stamps its events; the
  // page reads it as event.timeStamp. Without it an event is stamped when it is sent, and each send waits for the page
  // to take the previous event, so a busy page would stretch the gesture.
  const send = (type: TouchType, touchPoints: (Point & { id?: number })[], timestamp?: number) =>
    cdp.send('Input.dispatchTouchEvent', { type, touchPoints, ...(timestamp === undefined ? {} : { timestamp }) });
  // A pause between moves, as a finger takes time: Cesium's camera controller reads motion per frame.
  const pause = () => new Promise((resolve) => setTimeout(resolve, 16));
  const tap = async (at: Point) => {
    await send('touchStart', [at]);
    await send('touchEnd', []);
  };
  return {
    tap,
    async doubleTap(at, gapMs = 80) {
      // A finger's timing (down 40 ms, up `gapMs`, down 40 ms), whatever the page is doing meanwhile.
      const startSeconds = Date.now() / 1000;
      const secondSeconds = startSeconds + 0.04 + gapMs / 1000;
      await send('touchStart', [at], startSeconds);
      await send('touchEnd', [], startSeconds + 0.04);
      await send('touchStart', [at], secondSeconds);
      await send('touchEnd', [], secondSeconds + 0.04);
    },
    async drag(from, to, moves = 10) {
      await send('touchStart', [from]);
      for (let i = 1; i <= moves; i++) {
        await send('touchMove', [{ x: lerp(from.x, to.x, i / moves), y: lerp(from.y, to.y, i / moves) }]);
        await pause();
      }
      await send('touchEnd', []);
    },
    async pinch(center, fromGapPx, toGapPx, moves = 10) {
      const fingers = (gap: number) => [
        { x: center.x - gap / 2, y: center.y, id: 0 },
        { x: center.x + gap / 2, y: center.y, id: 1 },
      ];
      await send('touchStart', fingers(fromGapPx));
      for (let i = 1; i <= moves; i++) {
        await send('touchMove', fingers(lerp(fromGapPx, toGapPx, i / moves)));
        await pause();
      }
      await send('touchEnd', []);
    },
  };
}
