// Hand-built pipes for the pipeline tests, laid out in local metres around a point in 驻马店 and stored as lon/lat.
import type { BuildingRecord } from '../../../src/analysis/building-record.ts';
import { localFrame, type Xy } from '../../../src/analysis/pipes/local-frame.ts';
import type { PipeClass, PipeSegment } from '../../../src/analysis/pipes/pipe-model.ts';

export const frame = localFrame([114.02, 32.98]);

export interface PipeSpec {
  id: string;
  pipeClass: PipeClass;
  path: Xy[];
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
    id: spec.id, pipeClass: spec.pipeClass, subtype: spec.subtype ?? '', section: typeof spec.sizeMm === 'number' ? 'circle' : 'rect',
    widthMm, heightMm, startDepthM, endDepthM, ...(spec.pressure ? { pressure: spec.pressure } : {}),
    path: spec.path.map(frame.toLonLat), defaulted: [], attributes: {},
  };
}

export function building(featureId: string, corners: Xy[]): BuildingRecord {
  return { layerId: 'city', featureId, footprint: corners.map(frame.toLonLat), baseHeightMeters: 0, heightMeters: 10, attributes: {} };
}
