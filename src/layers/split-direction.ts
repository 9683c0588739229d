// A side of the swipe divider as Cesium's SplitDirection (tilesets and models draw only their side's fragments, in
// the picking pass too, so a pick on either side finds what is drawn there).
import { SplitDirection } from 'cesium';
import type { Side } from './side-plan.ts';

export const splitDirectionOf = (side: Side): SplitDirection =>
  side === 'left' ? SplitDirection.LEFT : side === 'right' ? SplitDirection.RIGHT : SplitDirection.NONE;
