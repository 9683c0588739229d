// Several features paint the same building layer (the drape's tint, a thematic map, the health check's homes): their
// paints are stacked instead of the last one replacing the others. Pure.
import type { FeaturePaint } from './map-layer.ts';

/** One paint from `paints`, bottom first: the topmost colour given wins, and a feature shows only where every paint
 * that speaks for it shows it. Null when there is nothing to paint. */
export function composePaints(paints: readonly FeaturePaint[]): FeaturePaint | null {
  if (paints.length <= 1) return paints[0] ?? null;
  return (get) => {
    let color: string | undefined;
    let show = true;
    let spoke = false;
    for (const paint of paints) {
      const look = paint(get);
      if (!look) continue;
      spoke = true;
      color = look.color ?? color;
      show &&= look.show;
    }
    return spoke ? { ...(color === undefined ? {} : { color }), show } : undefined;
  };
}
