// Cross-section (横断面): every pipe a straight line on the ground crosses, at its offset along the line and its depth.
import type { LonLat } from '../building-record.ts';
import { localPlane } from '../../geometry/local-plane.ts';
import { polylineLengths, segmentIntersection } from '../../geometry/segments.ts';
import { burialDepthAt, outerDepths, type PipeClass, type PipeSegment } from './pipe-model.ts';

export interface CrossSectionHit {
  id: string;
  class: PipeClass;
  subtype: string;
  section: 'circle' | 'rect';
  /** Distance from the line's first point to the pipe axis, metres. */
  offsetM: number;
  depthTopM: number;
  depthBottomM: number;
  widthMm: number;
  heightMm: number;
}

export function crossSection(segments: readonly PipeSegment[], line: readonly [LonLat, LonLat]): CrossSectionHit[] {
  const frame = localPlane(...line[0]);
  const a = frame.toLocal(...line[0]);
  const b = frame.toLocal(...line[1]);
  const lengthM = Math.hypot(b[0] - a[0], b[1] - a[1]);
  const [minLon, maxLon] = [Math.min(line[0][0], line[1][0]), Math.max(line[0][0], line[1][0])];
  const [minLat, maxLat] = [Math.min(line[0][1], line[1][1]), Math.max(line[0][1], line[1][1])];
  const hits: CrossSectionHit[] = [];
  for (const segment of segments) {
    // Cheap reject on lon/lat boxes before projecting anything.
    if (segment.path.every(([lon]) => lon < minLon) || segment.path.every(([lon]) => lon > maxLon)) continue;
    if (segment.path.every(([, lat]) => lat < minLat) || segment.path.every(([, lat]) => lat > maxLat)) continue;
    const path = segment.path.map(([lon, lat]) => frame.toLocal(lon, lat));
    const lengths = polylineLengths(path);
    const total = lengths[lengths.length - 1]! || 1;
    for (let i = 1; i < path.length; i++) {
      const hit = segmentIntersection(a, b, path[i - 1]!, path[i]!);
      if (!hit) continue;
      const along = lengths[i - 1]! + hit.u * (lengths[i]! - lengths[i - 1]!);
      const { topM, bottomM } = outerDepths(segment, burialDepthAt(segment, along / total));
      hits.push({
        id: segment.id,
        class: segment.pipeClass,
        subtype: segment.subtype,
        section: segment.section,
        offsetM: round(hit.t * lengthM),
        depthTopM: round(topM),
        depthBottomM: round(bottomM),
        widthMm: segment.widthMm,
        heightMm: segment.heightMm,
      });
    }
  }
  return hits.sort((x, y) => x.offsetM - y.offsetM);
}

const round = (value: number): number => Math.round(value * 1000) / 1000;
