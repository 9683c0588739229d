// Real touch input through the DevTools protocol (Input.dispatchTouchEvent), as a touchscreen sends it: the page sees
// touch and pointer events with pointerType "touch". Used by the kiosk's browser tests and the soak run.
import type { CDPSession, Page } from 'playwright-core';

type Point = { x: number; y: number };

export interface Touchscreen {
  tap(at: Point): Promise<void>;
  doubleTap(at: Point): Promise<void>;
  /** One finger from `from` to `to` in `moves` steps. */
  drag(from: Point, to: Point, moves?: number): Promise<void>;
  /** Two fingers on a horizontal line through `center`, their gap going from `fromGapPx` to `toGapPx`. */
  pinch(center: Point, fromGapPx: number, toGapPx: number, moves?: number): Promise<void>;
}

const lerp = (a: number, b: number, t: number) => a + (b - a) * t;

export async function touchscreen(page: Page, session?: CDPSession): Promise<Touchscreen> {
  const cdp = session ?? (await page.context().newCDPSession(page));
  const send = (type: 'touchStart' | 'touchMove' | 'touchEnd', touchPoints: (Point & { id?: number })[]) =>
    cdp.send('Input.dispatchTouchEvent', { type, touchPoints });
  // A pause between moves, as a finger takes time: Cesium's camera controller reads motion per frame.
  const pause = () => new Promise((resolve) => setTimeout(resolve, 16));
  const tap = async (at: Point) => {
    await send('touchStart', [at]);
    await send('touchEnd', []);
  };
  return {
    tap,
    async doubleTap(at) {
      await tap(at);
      await new Promise((resolve) => setTimeout(resolve, 80));
      await tap(at);
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
