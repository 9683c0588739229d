// Hand-built pipes for the pipeline tests, laid out in local metres around a point in 驻马店 and stored as lon/lat.
import type { BuildingRecord } from '../../../src/analysis/building-record.ts';
import { localPlane } from '../../../src/geometry/local-plane.ts';
import type { Vec2 } from '../../../src/geometry/types.ts';
import type { PipeClass, PipeSegment } from '../../../src/analysis/pipes/pipe-model.ts';

export const frame = localPlane(114.02, 32.98);
/** Local metres → [lon, lat], point-free for `map`. */
export const toLonLat = ([x, y]: Vec2): Vec2 => frame.toLonLat(x, y);

export interface PipeSpec {
  id: string;
  pipeClass: PipeClass;
  path: Vec2[];
  /** Circle diameter, or [width, height] of a rect section. */
  sizeMm: number | [number, number];
  depthM: number | [number, number];
  subtype?: string;
  pressure?: string;
}

export function pipe(spec: PipeSpec): PipeSegment {
  const [widthMm, heightMm] = typeof spec.sizeMm === 'number' ? [spec.sizeMm, spec.sizeMm] : spec.sizeMm;
  const [startDepthM, endDepthM] = typeof spec.depthM === 'number' ? [spec.depthM, spec.depthM] : spec.depthM;
  return {
    id: spec.id,
    pipeClass: spec.pipeClass,
    subtype: spec.subtype ?? '',
    section: typeof spec.sizeMm === 'number' ? 'circle' : 'rect',
    widthMm,
    heightMm,
    startDepthM,
    endDepthM,
    ...(spec.pressure ? { pressure: spec.pressure } : {}),
    path: spec.path.map(toLonLat),
    defaulted: [],
    attributes: {},
  };
}

export function building(featureId: string, corners: Vec2[]): BuildingRecord {
  return {
    layerId: 'city',
    featureId,
    footprint: corners.map(toLonLat),
    baseHeightMeters: 0,
    heightMeters: 10,
    attributes: {},
  };
}
