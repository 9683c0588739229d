// window.cim addition of the section feature (README, "Sections"): cut the models open and get the cut faces.
import type { HorizontalCutFace, VerticalCutFace } from '../../analysis/section/section-cut.ts';
import type { LonLat } from '../../analysis/building-record.ts';
import type { SectionFeature } from './section-feature.ts';

export type SectionResult =
  | { kind: 'horizontal'; heightMeters: number; faces: HorizontalCutFace[] }
  | { kind: 'vertical'; from: LonLat; to: LonLat; lengthMeters: number; faces: VerticalCutFace[] };

export interface SectionApi {
  /** Cuts every building layer open at an ellipsoid height or along a line (the slab left of from → to between them),
   * draws the cut faces and resolves with them; null closes the models. Wrong arguments are TypeErrors starting
   * `cim.section: `. */
  section(
    request: { kind: 'horizontal'; heightMeters: number } | { kind: 'vertical'; from: number[]; to: number[] } | null,
  ): Promise<SectionResult | null>;
}

export function createSectionApi(feature: SectionFeature): SectionApi {
  return {
    async section(request) {
      const run = await feature.set(request);
      if (!run) return null;
      return run.request.kind === 'horizontal'
        ? { ...run.request, faces: run.horizontal }
        : { ...run.request, lengthMeters: run.vertical!.lengthMeters, faces: run.vertical!.faces };
    },
  };
}
