// window.cim addition of the measurement feature (README, "Scripting API"): the figures of the 量算 tab as plain data.
import type {
  AngleResult,
  AreaResult,
  DistanceResult,
  HeightResult,
  MeasureKind,
} from '../../analysis/measure/measure.ts';
import type { MeasureFeature } from './measure-feature.ts';

export interface MeasureApi {
  /** What each figure means: src/analysis/measure/measure.ts and README "Measurement". Wrong arguments are
   * TypeErrors starting `cim.measure: `. */
  measure(request: { kind: 'distance'; points: number[][] }): DistanceResult;
  measure(request: { kind: 'height'; points: number[][] }): HeightResult;
  measure(request: { kind: 'area'; points: number[][] }): AreaResult;
  measure(request: { kind: 'angle'; points: number[][] }): AngleResult;
  measure(request: { kind: MeasureKind; points: number[][] }): DistanceResult | HeightResult | AreaResult | AngleResult;
}

export function createMeasureApi(feature: MeasureFeature): MeasureApi {
  return { measure: ((request: unknown) => ({ ...feature.measure(request) })) as MeasureApi['measure'] };
}
