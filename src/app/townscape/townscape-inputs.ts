// What the townscape checks run on: the zones and corridors of the layers the manifest's `townscape` section names
// (read from their files, whether shown or not), and the app's building inputs (building-inputs.ts, shared with the
// other analyses). Data problems go to the error area once per file, as every other layer's do.
import type { TownscapeProblem } from '../../analysis/townscape/townscape-problem.ts';
import { readViewCorridors, type ViewCorridor } from '../../analysis/townscape/view-corridor.ts';
import { readHeightZones, type HeightZone, type ZoneFeature } from '../../analysis/townscape/zone-features.ts';
import type { GeoJsonLayerConfig } from '../../config/project-types.ts';
import { fetchText } from '../../data/fetch-text.ts';
import { parseGeoJson } from '../../data/geojson/index.ts';
import { errorMessage } from '../../shared/errors.ts';
import { retryingMemo } from '../../shared/retrying-memo.ts';
import type { App } from '../app.ts';
import type { BuildingInputs } from '../building-inputs.ts';
import { reportError } from '../errors.ts';

export interface TownscapeInputs extends BuildingInputs {
  /** The project's zones, or those of `featureCollection` (GeoJSON) when given. */
  heightZones(featureCollection?: unknown): Promise<HeightZone[]>;
  corridors(): Promise<ViewCorridor[]>;
}

export function createTownscapeInputs(app: App, buildings: BuildingInputs): TownscapeInputs {
  const townscape = () => app.project()?.townscape ?? { heightZoneLayers: [], corridorLayers: [], proposalLayers: [] };
  const report = (problems: TownscapeProblem[]) => {
    for (const p of problems) reportError(app.store, p.source, `${p.featureId}: ${p.message}`);
  };
  const configOf = (layerId: string) =>
    app.project()?.layers.find((layer) => layer.id === layerId) as GeoJsonLayerConfig | undefined;

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
    const memo = retryingMemo((layerId: string) =>
      files.get(layerId).then((features) => read(features, configOf(layerId)?.url ?? layerId)),
    );
    return (layerId: string) =>
      memo.get(layerId).catch((error: unknown) => {
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

  return {
    ...buildings,
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
  };
}
