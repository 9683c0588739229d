// Points along a line (沿线 analysis, e.g. along a facade): every `spacingMeters` along the polyline, both ends
// included, heights interpolated between its vertices.
import { localPlane } from '../../geometry/local-plane.ts';
import type { SunlightPosition } from './sunlight-analysis.ts';

export function pointsAlongLine(line: readonly SunlightPosition[], spacingMeters: number): SunlightPosition[] {
  if (line.length === 0) return [];
  if (!(spacingMeters > 0)) throw new Error(`Assertion failed: spacing ${spacingMeters} m`);
  const plane = localPlane(line[0]![0], line[0]![1]);
  const local = line.map(([lon, lat, height]) => [...plane.toLocal(lon, lat), height] as const);
  const points: SunlightPosition[] = [line[0]!];
  let sinceLast = 0; // distance walked since the last point placed
  for (let i = 1; i < local.length; i++) {
    const [ax, ay, ah] = local[i - 1]!;
    const [bx, by, bh] = local[i]!;
    const length = Math.hypot(bx - ax, by - ay);
    let along = spacingMeters - sinceLast;
    for (; along <= length + 1e-9; along += spacingMeters) {
      const t = length === 0 ? 1 : along / length;
      points.push([...plane.toLonLat(ax + t * (bx - ax), ay + t * (by - ay)), ah + t * (bh - ah)]);
    }
    sinceLast = length - (along - spacingMeters);
  }
  if (sinceLast > 1e-6) points.push(line[line.length - 1]!);
  return points;
}
