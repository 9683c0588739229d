// Messages between the app and the sunlight worker: plain data both ways.
import type { BuildingRecord } from '../../analysis/building-record.ts';
import type { SunlightOptions, SunlightPosition, SunlightResult } from '../../analysis/sunlight/sunlight-analysis.ts';

export interface SunlightRequest {
  id: number;
  buildings: BuildingRecord[];
  points: SunlightPosition[];
  options: SunlightOptions;
}

export type SunlightReply = { id: number; result: SunlightResult } | { id: number; error: string };
