// Pipes and footprints projected once to local metres with their boxes and a spatial index, shared by the checks.
import { buildBoxIndex, type BoxIndex } from '../../geometry/box-index.ts';
import { planeAround, type LocalPlane } from '../../geometry/local-plane.ts';
import { boxOf } from '../../geometry/ring.ts';
import { polylineLengths } from '../../geometry/segments.ts';
import type { Box, Vec2 } from '../../geometry/types.ts';
import type { BuildingRecord, LonLat } from '../building-record.ts';
import { halfWidthM, type PipeSegment } from './pipe-model.ts';

const toLocal =
  (plane: LocalPlane) =>
  ([lon, lat]: LonLat): Vec2 =>
    plane.toLocal(lon, lat);

export interface PreparedPipe {
  segment: PipeSegment;
  path: Vec2[];
  /** Distance from the start to each point of `path`. */
  lengths: number[];
  box: Box;
  halfWidthM: number;
}

export interface PreparedPipes {
  frame: LocalPlane;
  pipes: PreparedPipe[];
  index: BoxIndex;
  maxHalfWidthM: number;
}

export function preparePipes(
  segments: readonly PipeSegment[],
  frame: LocalPlane = planeAround(segments.flatMap((s) => s.path)),
): PreparedPipes {
  let maxHalfWidthM = 0;
  const pipes = segments.map((segment) => {
    const path = segment.path.map(toLocal(frame));
    maxHalfWidthM = Math.max(maxHalfWidthM, halfWidthM(segment));
    return { segment, path, lengths: polylineLengths(path), box: boxOf(path), halfWidthM: halfWidthM(segment) };
  });
  return { frame, pipes, index: buildBoxIndex(pipes.map((p) => p.box)), maxHalfWidthM };
}

export interface PreparedBuilding {
  building: BuildingRecord;
  ring: Vec2[];
}

export function prepareBuildings(
  buildings: readonly BuildingRecord[],
  frame: LocalPlane,
): { buildings: PreparedBuilding[]; index: BoxIndex } {
  const prepared = buildings
    .filter((b) => b.footprint.length >= 3)
    .map((building) => ({ building, ring: building.footprint.map(toLocal(frame)) }));
  return { buildings: prepared, index: buildBoxIndex(prepared.map((b) => boxOf(b.ring))) };
}

export const totalLength = (pipe: PreparedPipe): number => pipe.lengths[pipe.lengths.length - 1]!;

export type { LonLat };
