// Pipes and footprints projected once to local metres with their boxes and a grid index, shared by the checks.
import type { BuildingRecord, LonLat } from '../building-record.ts';
import { boxOf, GridIndex, type Box } from './grid-index.ts';
import { frameAround, type LocalFrame, type Xy } from './local-frame.ts';
import { halfWidthM, type PipeSegment } from './pipe-model.ts';
import { polylineLengths } from './plane-math.ts';

const CELL_SIZE_M = 25;

export interface PreparedPipe {
  segment: PipeSegment;
  path: Xy[];
  /** Distance from the start to each point of `path`. */
  lengths: number[];
  box: Box;
  halfWidthM: number;
}

export interface PreparedPipes {
  frame: LocalFrame;
  pipes: PreparedPipe[];
  index: GridIndex;
  maxHalfWidthM: number;
}

export function preparePipes(segments: readonly PipeSegment[], frame: LocalFrame = frameAround(segments.flatMap((s) => s.path))): PreparedPipes {
  let maxHalfWidthM = 0;
  const pipes = segments.map((segment) => {
    const path = segment.path.map(frame.toXy);
    maxHalfWidthM = Math.max(maxHalfWidthM, halfWidthM(segment));
    return { segment, path, lengths: polylineLengths(path), box: boxOf(path), halfWidthM: halfWidthM(segment) };
  });
  return { frame, pipes, index: new GridIndex(pipes.map((p) => p.box), CELL_SIZE_M), maxHalfWidthM };
}

export interface PreparedBuilding {
  building: BuildingRecord;
  ring: Xy[];
}

export function prepareBuildings(buildings: readonly BuildingRecord[], frame: LocalFrame): { buildings: PreparedBuilding[]; index: GridIndex } {
  const prepared = buildings.filter((b) => b.footprint.length >= 3).map((building) => ({ building, ring: building.footprint.map(frame.toXy) }));
  return { buildings: prepared, index: new GridIndex(prepared.map((b) => boxOf(b.ring)), CELL_SIZE_M) };
}

/** Point at a distance along a prepared path. */
export function pointAlong(pipe: PreparedPipe, distanceM: number): Xy {
  const { path, lengths } = pipe;
  for (let i = 1; i < path.length; i++) {
    if (distanceM <= lengths[i]! || i === path.length - 1) {
      const span = lengths[i]! - lengths[i - 1]!;
      const t = span === 0 ? 0 : Math.max(0, Math.min(1, (distanceM - lengths[i - 1]!) / span));
      return [path[i - 1]![0] + t * (path[i]![0] - path[i - 1]![0]), path[i - 1]![1] + t * (path[i]![1] - path[i - 1]![1])];
    }
  }
  return path[0]!;
}

export const totalLength = (pipe: PreparedPipe): number => pipe.lengths[pipe.lengths.length - 1]!;

export type { LonLat };
