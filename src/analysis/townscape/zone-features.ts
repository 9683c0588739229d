// Height zones and corridors arrive as GeoJSON features (already validated by src/data/geojson); these read the
// polygons and numbers the checks need, reporting per feature what is missing instead of guessing.
import type { LonLat } from '../building-record.ts';
import type { TownscapeProblem } from './townscape-problem.ts';

export interface ZoneFeature {
  id: string | number;
  geometry: { type: string; coordinates?: unknown };
  properties: Record<string, unknown>;
}

/** A polygon in lon/lat: outer ring first, then holes; rings open or closed. */
export type LonLatPolygon = LonLat[][];

export interface HeightZone {
  id: string;
  name: string;
  limitMeters: number;
  /** 控规 | 历史街区 | 机场净空 | 视廊 | '' (unknown); decides how a sloped roof is measured (see building-height.ts). */
  basis: string;
  polygons: LonLatPolygon[];
}

export const featureIdOf = (feature: ZoneFeature): string => {
  const own = feature.properties.id;
  return typeof own === 'string' || typeof own === 'number' ? String(own) : String(feature.id);
};

export function polygonsOf(geometry: ZoneFeature['geometry']): LonLatPolygon[] {
  if (geometry.type === 'Polygon') return [geometry.coordinates as LonLatPolygon];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates as LonLatPolygon[];
  return [];
}

/** A zone's own `limitMeters`, else a renewal unit's `controls.heightLimitMeters` (DESIGN.md §3). */
function limitOf(properties: Record<string, unknown>): unknown {
  if (properties.limitMeters !== undefined) return properties.limitMeters;
  const controls = properties.controls;
  return controls && typeof controls === 'object' ? (controls as Record<string, unknown>).heightLimitMeters : undefined;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** Heritage belts count as zones: a feature with a `zone` (核心保护范围/建设控制地带) and no basis is a 历史街区 zone;
 * a renewal unit's controls are a 控规 zone. */
export function readHeightZones(
  features: readonly ZoneFeature[],
  source: string,
): { zones: HeightZone[]; problems: TownscapeProblem[] } {
  const zones: HeightZone[] = [];
  const problems: TownscapeProblem[] = [];
  for (const feature of features) {
    const featureId = featureIdOf(feature);
    const report = (message: string) => problems.push({ source, featureId, message });
    const polygons = polygonsOf(feature.geometry);
    if (polygons.length === 0) {
      report(`a height zone must be a Polygon or MultiPolygon, found ${feature.geometry.type}; zone not checked`);
      continue;
    }
    const limit = limitOf(feature.properties);
    if (typeof limit !== 'number' || !Number.isFinite(limit)) {
      report(
        `no height limit: "limitMeters" (or a renewal unit's "controls.heightLimitMeters") is ${limit === undefined ? 'missing' : JSON.stringify(limit)}; buildings in this zone are not checked against it`,
      );
      continue;
    }
    if (limit < 0) {
      report(`negative height limit ${limit} m in "limitMeters"; limits are metres above ground; zone not checked`);
      continue;
    }
    const basis =
      text(feature.properties.basis) ||
      (text(feature.properties.zone) ? '历史街区' : feature.properties.controls ? '控规' : '');
    zones.push({
      id: featureId,
      name: text(feature.properties.name) || featureId,
      limitMeters: limit,
      basis,
      polygons,
    });
  }
  return { zones, problems };
}
