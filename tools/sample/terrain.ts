// Ground elevation (1985 national height datum, metres): the old town sits on a gentle rise north of 练江河,
// about 81 m at the river and 85 m at the edges — the plain around 驻马店.
import type { Vec2 } from './geom.ts';

const RIVER_LEVEL_METERS = 80.8;
const RISE_PER_METER = 0.004;

/** riverY: the river centreline's y at a given x (the river runs west–east). */
export function makeGroundElevation(riverPoints: readonly Vec2[]): (point: Vec2) => number {
  const riverY = (x: number): number => {
    for (let i = 1; i < riverPoints.length; i++) {
      const a = riverPoints[i - 1]!;
      const b = riverPoints[i]!;
      if (x <= b[0] || i === riverPoints.length - 1) {
        const t = Math.min(1, Math.max(0, (x - a[0]) / (b[0] - a[0])));
        return a[1] + t * (b[1] - a[1]);
      }
    }
    return riverPoints[0]![1];
  };
  return ([x, y]) => {
    const rise = RISE_PER_METER * Math.abs(y - riverY(x)) + 0.5 * Math.sin(x / 370) * Math.cos(y / 410);
    return Math.round((RIVER_LEVEL_METERS + rise) * 100) / 100;
  };
}
