// What the renewal tools work on, read once the project has loaded: the units and heritage zones from the GeoJSON
// layers with those roles (read from their files, whether shown or not), the buildings of the existing-city layers,
// each building's unit, and each unit's indicators. Data problems go to the error area, once per feature.
import type { BuildingRecord } from '../../analysis/building-record.ts';
import { readRenewalUnits, type RenewalUnit, type UnitFeature } from '../../analysis/units/renewal-unit.ts';
import { safetyGradeOf } from '../../analysis/units/safety-grade.ts';
import { assignBuildingsToUnits } from '../../analysis/units/unit-assignment.ts';
import { unitIndicators, type UnitIndicators } from '../../analysis/units/unit-indicators.ts';
import type { AttributeMapping, GeoJsonLayerConfig, GeoJsonRole } from '../../config/project-types.ts';
import { DEFAULT_ATTRIBUTES } from '../../config/validate-attributes.ts';
import { fetchText } from '../../data/fetch-text.ts';
import { parseGeoJson } from '../../data/geojson/index.ts';
import { errorMessage } from '../../shared/errors.ts';
import type { App } from '../app.ts';
import { reportError } from '../errors.ts';
import { pluralForm } from '../../shared/plural.ts';

export interface HeritageZone {
  id: string;
  name: string;
  /** 核心保护范围 or 建设控制地带 (or the data's own word). */
  zone: string;
  limitMeters: number | null;
  rules: string;
  polygon: [number, number][][];
}

export interface RenewalData {
  unitsLayerId: string | null;
  heritageLayerId: string | null;
  units: RenewalUnit[];
  indicators: Map<string, UnitIndicators>;
  heritageZones: HeritageZone[];
  buildings: BuildingRecord[];
  /** Building feature id → index of its unit in `units`. */
  unitOfBuilding: Map<string, number>;
  attributes: AttributeMapping;
}

/** Up to this many feature ids are named in one message; the rest are counted. */
const IDS_NAMED = 12;

export async function loadRenewalData(app: App): Promise<RenewalData> {
  const project = app.project();
  const attributes = project?.attributes ?? DEFAULT_ATTRIBUTES; // a project that failed to open has no units either
  const unitsLayer = roleLayer(app, 'renewal-units');
  const heritageLayer = roleLayer(app, 'heritage-zones');
  const [unitFeatures, zoneFeatures, buildings] = await Promise.all([
    featuresOf(app, unitsLayer),
    featuresOf(app, heritageLayer),
    existingBuildings(app),
  ]);
  const { units, problems } = readRenewalUnits(unitFeatures);
  for (const problem of problems) reportError(app.store, unitsLayer!.url, `${problem.featureId}: ${problem.message}`);
  reportMissingAttributes(app, buildings, attributes);
  return withBuildings(
    {
      unitsLayerId: unitsLayer?.id ?? null,
      heritageLayerId: heritageLayer?.id ?? null,
      units,
      heritageZones: zoneFeatures.flatMap(heritageZone),
      attributes,
    },
    buildings,
  );
}

/** The data over `buildings`: each building's unit and each unit's indicators worked out from them. Also used to
 * drop a removed layer's buildings, so no analysis keeps them. */
export function withBuildings(
  base: Omit<RenewalData, 'buildings' | 'unitOfBuilding' | 'indicators'>,
  buildings: BuildingRecord[],
): RenewalData {
  const { units, attributes } = base;
  const assignment = assignBuildingsToUnits(units, buildings);
  const unitOfBuilding = new Map<string, number>();
  const members = units.map(() => [] as BuildingRecord[]);
  assignment.forEach((unit, b) => {
    if (unit < 0) return;
    unitOfBuilding.set(buildings[b]!.featureId, unit);
    members[unit]!.push(buildings[b]!);
  });
  const indicators = new Map(units.map((unit, u) => [unit.id, unitIndicators(unit, members[u]!, attributes)]));
  return { ...base, buildings, unitOfBuilding, indicators };
}

/** The project's first GeoJSON layer with this role. */
export const roleLayer = (app: App, role: GeoJsonRole): GeoJsonLayerConfig | undefined =>
  app
    .project()
    ?.layers.find(
      (layer): layer is GeoJsonLayerConfig => layer.kind === 'geojson' && (layer as GeoJsonLayerConfig).role === role,
    );

/** A GeoJSON layer's features read from its file (whether shown or not); a failed read is reported and empty. */
export async function featuresOf(app: App, layer: GeoJsonLayerConfig | undefined): Promise<UnitFeature[]> {
  if (!layer) return [];
  try {
    // The layer itself reports the file's geometry problems; features it could not read are simply absent here.
    return parseGeoJson(await fetchText(layer.url), layer.url, layer.crs ? { crs: layer.crs } : {}).features;
  } catch (error) {
    reportError(app.store, layer.url, errorMessage(error));
    return [];
  }
}

/** Buildings of the 3D Tiles layers that loaded and are not proposals (townscape.proposalLayers). */
async function existingBuildings(app: App): Promise<BuildingRecord[]> {
  const proposals = app.project()?.townscape?.proposalLayers ?? [];
  const ids = app.store
    .get()
    .layers.filter((layer) => layer.kind === '3dtiles' && layer.status === 'ready' && !proposals.includes(layer.id))
    .map((layer) => layer.id);
  const lists = await Promise.all(
    ids.map(async (id) => {
      try {
        return (await app.layers.get(id)?.buildings?.()) ?? [];
      } catch (error) {
        reportError(app.store, id, errorMessage(error));
        return [];
      }
    }),
  );
  return lists.flat();
}

function reportMissingAttributes(app: App, buildings: readonly BuildingRecord[], attributes: AttributeMapping): void {
  const byLayer = new Map<string, { missing: string[]; invalid: string[] }>();
  for (const building of buildings) {
    const value = building.attributes[attributes.safetyGrade];
    const entry = byLayer.get(building.layerId) ?? { missing: [], invalid: [] };
    byLayer.set(building.layerId, entry);
    if (value === undefined || value === null || value === '') entry.missing.push(building.featureId);
    else if (safetyGradeOf(value) === 'unknown' && String(value).trim().toLowerCase() !== 'unknown')
      entry.invalid.push(`${building.featureId} (${String(value)})`);
  }
  const list = (ids: string[]) =>
    ids.slice(0, IDS_NAMED).join(', ') + (ids.length > IDS_NAMED ? ` and ${ids.length - IDS_NAMED} more` : '');
  for (const [layerId, { missing, invalid }] of byLayer) {
    const name = attributes.safetyGrade;
    if (missing.length)
      reportError(
        app.store,
        layerId,
        `${missing.length} ${pluralForm('en', missing.length, { one: 'building has', other: 'buildings have' })} no "${name}" attribute (shown as unknown grade): ${list(missing)}`,
      );
    if (invalid.length)
      reportError(
        app.store,
        layerId,
        `${invalid.length} ${pluralForm('en', invalid.length, { one: 'building has', other: 'buildings have' })} a "${name}" that is not A, B, C, D or unknown (shown as unknown): ${list(invalid)}`,
      );
  }
}

function heritageZone(feature: UnitFeature): HeritageZone[] {
  const { geometry, properties: p } = feature;
  const polygons =
    geometry.type === 'Polygon'
      ? [geometry.coordinates as [number, number][][]]
      : geometry.type === 'MultiPolygon'
        ? (geometry.coordinates as [number, number][][][])
        : [];
  const limit = Number(p.limitMeters);
  return polygons.map((polygon) => ({
    id: String(p.id ?? feature.id),
    name: String(p.name ?? p.id ?? feature.id),
    zone: String(p.zone ?? ''),
    limitMeters: p.limitMeters !== undefined && p.limitMeters !== null && Number.isFinite(limit) ? limit : null,
    rules: typeof p.rules === 'string' ? p.rules : '',
    polygon,
  }));
}
