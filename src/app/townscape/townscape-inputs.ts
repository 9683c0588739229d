// What the townscape checks run on: the zones and corridors of the layers the manifest's `townscape` section names
// (read from their files, whether shown or not), and the buildings of the building layers (MapLayer.buildings()).
// Data problems go to the error area once per file, as every other layer's do.
import type { BuildingRecord } from '../../analysis/building-record.ts';
import type { TownscapeProblem } from '../../analysis/townscape/townscape-problem.ts';
import { readViewCorridors, type ViewCorridor } from '../../analysis/townscape/view-corridor.ts';
import { readHeightZones, type HeightZone, type ZoneFeature } from '../../analysis/townscape/zone-features.ts';
import type { GeoJsonLayerConfig, LocalizedText } from '../../config/project-types.ts';
import { fetchText } from '../../data/fetch-text.ts';
import { parseGeoJson } from '../../data/geojson/index.ts';
import { errorMessage } from '../../shared/errors.ts';
import { retryingMemo } from '../../shared/retrying-memo.ts';
import type { App } from '../app.ts';
import { reportError } from '../errors.ts';

export interface ProposalInfo {
  layerId: string;
  title: LocalizedText;
}

export interface TownscapeInputs {
  /** The project's zones, or those of `featureCollection` (GeoJSON) when given. */
  heightZones(featureCollection?: unknown): Promise<HeightZone[]>;
  corridors(): Promise<ViewCorridor[]>;
  /** Buildings of every visible building layer, proposals included. */
  visibleBuildings(): Promise<BuildingRecord[]>;
  /** Buildings of the visible layers that are not proposals: the city as it stands. */
  existingBuildings(): Promise<BuildingRecord[]>;
  proposals(): ProposalInfo[];
  buildingsOf(layerId: string): Promise<BuildingRecord[]>;
}

export function createTownscapeInputs(app: App): TownscapeInputs {
  const townscape = () => app.project()?.townscape ?? { heightZoneLayers: [], corridorLayers: [], proposalLayers: [] };
  const report = (problems: TownscapeProblem[]) => {
    for (const p of problems) reportError(app.store, p.source, `${p.featureId}: ${p.message}`);
  };
  const configOf = (layerId: string) => app.project()?.layers.find((layer) => layer.id === layerId) as GeoJsonLayerConfig | undefined;

  /** Features of a GeoJSON layer's file, fetched and validated once (its own parse problems the layer already shows);
   * a failed fetch is tried again on the next check. */
  const files = retryingMemo(async (layerId: string): Promise<ZoneFeature[]> => {
    const config = configOf(layerId);
    if (!config) return [];
    const text = await fetchText(config.url);
    return parseGeoJson(text, config.url, config.crs ? { crs: config.crs } : {}).features as ZoneFeature[];
  });
  /** One layer's zones or corridors, read (and their problems reported) once; a file that failed is reported and counts
   * as empty for this check only. */
  const perLayer = <T>(read: (features: ZoneFeature[], source: string) => T[]) => {
    const memo = retryingMemo((layerId: string) => files.get(layerId).then((features) => read(features, configOf(layerId)?.url ?? layerId)));
    return (layerId: string) => memo.get(layerId).catch((error: unknown) => {
      reportError(app.store, configOf(layerId)?.url ?? layerId, errorMessage(error));
      return [] as T[];
    });
  };
  const zonesOf = perLayer((features, source) => {
    const read = readHeightZones(features, source);
    report(read.problems);
    return read.zones;
  });
  const corridorsOf = perLayer((features, source) => {
    const read = readViewCorridors(features, source);
    report(read.problems);
    return read.corridors;
  });

  const buildingsOf = async (layerId: string): Promise<BuildingRecord[]> => {
    const layer = app.layers.get(layerId);
    if (!layer?.buildings) return [];
    try {
      return await layer.buildings();
    } catch (error) {
      reportError(app.store, layerId, errorMessage(error));
      return [];
    }
  };
  const visibleLayerIds = (includeProposals: boolean) => app.store.get().layers
    .filter((layer) => layer.visible && layer.status === 'ready' && (includeProposals || !townscape().proposalLayers.includes(layer.id)))
    .map((layer) => layer.id);
  const collect = async (layerIds: string[]) => (await Promise.all(layerIds.map(buildingsOf))).flat();

  return {
    async heightZones(featureCollection) {
      if (featureCollection !== undefined) {
        const source = 'cim.heightCheck({zones})';
        const parsed = parseGeoJson(featureCollection, source);
        for (const problem of parsed.problems) reportError(app.store, source, `${problem.path}: ${problem.message}`);
        const read = readHeightZones(parsed.features as ZoneFeature[], source);
        report(read.problems);
        return read.zones;
      }
      const lists = await Promise.all(townscape().heightZoneLayers.map(zonesOf));
      return lists.flat();
    },
    async corridors() {
      const lists = await Promise.all(townscape().corridorLayers.map(corridorsOf));
      return lists.flat();
    },
    visibleBuildings: () => collect(visibleLayerIds(true)),
    existingBuildings: () => collect(visibleLayerIds(false)),
    proposals: () => townscape().proposalLayers.flatMap((layerId) => {
      const layer = app.store.get().layers.find((l) => l.id === layerId && l.status === 'ready');
      return layer ? [{ layerId, title: layer.title }] : [];
    }),
    buildingsOf,
  };
}
