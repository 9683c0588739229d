// Messages between the app and the sunlight worker: plain data both ways. Points (cim.sunlight) or a scheme's
// before/after impact (cim.sunlightImpact).
import type { BuildingRecord } from '../../analysis/building-record.ts';
import type { SchemeImpact, SchemeImpactInput } from '../../analysis/sunlight/scheme-impact.ts';
import type { SunlightOptions, SunlightPosition, SunlightResult } from '../../analysis/sunlight/sunlight-analysis.ts';

export type SunlightRequest =
  | { id: number; kind: 'points'; buildings: BuildingRecord[]; points: SunlightPosition[]; options: SunlightOptions }
  | { id: number; kind: 'impact'; input: SchemeImpactInput };

export type SunlightReply = { id: number; result: SunlightResult | SchemeImpact } | { id: number; error: string };
