import { describe, expect, it } from 'vitest';
import { halfWidthMeters } from '../../../tools/sample/pipe-violations.ts';
import type { PipeClass } from '../../../tools/sample/pipe-specs.ts';
import type { PipeSegment } from '../../../tools/sample/pipelines.ts';
import type { Vec2 } from '../../../tools/sample/geom.ts';
import { features, lineLocal, outerRing, sample, segmentsCross, type GeoFeature } from './fixture.ts';

const all = features('pipelines.geojson');
const segments = all.filter((f) => f.geometry.type === 'LineString');
const wells = new Map(
  all.filter((f) => f.geometry.type === 'Point').map((w) => [w.properties.id as string, w.properties]),
);
const byId = new Map(segments.map((s) => [s.properties.id as string, s]));
const seeded = (
  JSON.parse(sample().files.get('assets/sample/pipeline-violations.json')!) as {
    violations: { id: string; kind: string; requiredMeters: number; segmentIds: string[]; buildingId?: string }[];
  }
).violations;

const radius = (p: Record<string, unknown>): number =>
  ((p.section === 'circle' ? p.diameterMm : p.widthMm) as number) / 2000;
const height = (p: Record<string, unknown>): number =>
  ((p.section === 'circle' ? p.diameterMm : p.heightMm) as number) / 1000;
const isDrainage = (p: Record<string, unknown>) => p.class === 'PS';
/** Outer top / bottom depth at the middle (drainage depths are to the invert, CJJ 61). */
const top = (p: Record<string, unknown>) =>
  ((p.startDepthM as number) + (p.endDepthM as number)) / 2 - (isDrainage(p) ? height(p) : 0);
const bottom = (p: Record<string, unknown>) =>
  ((p.startDepthM as number) + (p.endDepthM as number)) / 2 + (isDrainage(p) ? 0 : height(p));

function pointToSegment(p: Vec2, a: Vec2, b: Vec2): number {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const t = Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
}

function gap(line: Vec2[], other: Vec2[], closed: boolean): number {
  const edges = (pts: Vec2[], loop: boolean) =>
    pts.slice(0, loop ? pts.length : -1).map((a, i) => [a, pts[(i + 1) % pts.length]!] as const);
  let best = Infinity;
  for (const [a, b] of edges(line, false)) {
    for (const [c, d] of edges(other, closed))
      best = Math.min(
        best,
        pointToSegment(a, c, d),
        pointToSegment(b, c, d),
        pointToSegment(c, a, b),
        pointToSegment(d, a, b),
      );
  }
  return best;
}

describe('sample pipelines', () => {
  it('drainage flows downhill: the invert never rises along a segment', () => {
    const drains = segments.filter((s) => isDrainage(s.properties));
    expect(drains.length).toBeGreaterThan(300);
    for (const s of drains) {
      const p = s.properties;
      const start = wells.get(p.startWellId as string)!.groundElevationM as number;
      const end = wells.get(p.endWellId as string)!.groundElevationM as number;
      expect(start - (p.startDepthM as number), String(p.id)).toBeGreaterThanOrEqual(
        end - (p.endDepthM as number) - 0.011,
      );
    }
  });

  it('outside the seeded cases, parallel pipes keep the GB 50289 horizontal clear distances', () => {
    const rules: [PipeClass, PipeClass, (a: PipeSegment, b: PipeSegment) => number][] = [
      ['JS', 'PS', (a) => (halfWidthMeters(a.section) * 2 > 0.2 ? 1.5 : 1)],
      ['JS', 'RQ', () => 0.5],
      ['JS', 'RL', () => 1.5],
      ['JS', 'DL', () => 0.5],
      ['JS', 'TX', () => 1],
      ['RQ', 'DL', () => 0.5],
      ['RL', 'DL', () => 2],
    ];
    const seededIds = new Set(seeded.flatMap((v) => v.segmentIds));
    const byStreet = new Map<string, PipeSegment[]>();
    for (const s of sample().district.pipes.segments)
      byStreet.set(s.streetName, [...(byStreet.get(s.streetName) ?? []), s]);
    let checked = 0;
    for (const list of byStreet.values()) {
      for (const [first, second, required] of rules) {
        for (const a of list.filter((s) => s.pipeClass === first && !seededIds.has(s.id))) {
          for (const b of list.filter((s) => s.pipeClass === second && !seededIds.has(s.id))) {
            const clear =
              Math.abs(a.offsetMeters - b.offsetMeters) - halfWidthMeters(a.section) - halfWidthMeters(b.section);
            expect(clear, `${a.id} / ${b.id}`).toBeGreaterThanOrEqual(required(a, b) - 1e-9);
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('the seeded violations are really there, measured from the written geometry', () => {
    expect(seeded.length).toBeGreaterThanOrEqual(3);
    const buildings = new Map(features('buildings.geojson').map((b) => [b.properties.id as string, b]));
    for (const v of seeded) {
      const [a, b] = v.segmentIds.map((id) => byId.get(id)!) as [GeoFeature, GeoFeature | undefined];
      let clear: number;
      if (v.buildingId) {
        clear = gap(lineLocal(a), outerRing(buildings.get(v.buildingId)!), true) - radius(a.properties);
      } else if (v.kind === 'horizontal') {
        clear = gap(lineLocal(a), lineLocal(b!), false) - radius(a.properties) - radius(b!.properties);
      } else {
        const [la, lb] = [lineLocal(a), lineLocal(b!)];
        expect(
          la.slice(1).some((p, i) => lb.slice(1).some((q, j) => segmentsCross(la[i]!, p, lb[j]!, q))),
          `${v.id} crosses`,
        ).toBe(true);
        const [upper, lower] = top(a.properties) < top(b!.properties) ? [a, b!] : [b!, a];
        clear = top(lower.properties) - bottom(upper.properties);
      }
      expect(clear, v.id).toBeLessThan(v.requiredMeters);
      expect(clear, v.id).toBeGreaterThan(-0.01);
    }
  });
});
