// A bigger city for the pipeline bench: the sample district's pipes and buildings repeated side by side (west to
// east, with a street's gap between copies) until there are at least the wanted number of pipe segments.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BuildingRecord, LonLat } from '../../../src/analysis/building-record.ts';
import type { PipeSegment } from '../../../src/analysis/pipes/pipe-model.ts';
import { parseGeoJson } from '../../../src/data/geojson/index.ts';
import { DEFAULT_PIPE_ATTRIBUTES } from '../../../src/data/pipes/pipe-attributes.ts';
import { readPipelines } from '../../../src/data/pipes/read-pipelines.ts';

export interface TiledSample {
  segments: PipeSegment[];
  buildings: BuildingRecord[];
  copies: number;
  /** The copies as one GeoJSON file (segments only), for the layer build in the browser. */
  geojson(): string;
}

export function tiledSample(repoRoot: string, minSegments: number): TiledSample {
  const read = (name: string) => readFileSync(join(repoRoot, 'assets/sample', name), 'utf8');
  const base = readPipelines(
    parseGeoJson(read('pipelines.geojson'), 'pipelines.geojson').features,
    DEFAULT_PIPE_ATTRIBUTES,
  ).segments;
  const baseBuildings = parseGeoJson(read('buildings.geojson'), 'buildings.geojson').features.flatMap((f) =>
    f.geometry.type === 'Polygon'
      ? [
          {
            id: String(f.properties.id),
            ring: f.geometry.coordinates[0]!.slice(0, -1).map(([lon, lat]) => [lon!, lat!] as LonLat),
          },
        ]
      : [],
  );
  const lons = base.flatMap((s) => s.path.map(([lon]) => lon));
  const stepDeg = Math.max(...lons) - Math.min(...lons) + 0.0005;
  const copies = Math.ceil(minSegments / base.length);
  const segments: PipeSegment[] = [];
  const buildings: BuildingRecord[] = [];
  for (let copy = 0; copy < copies; copy++) {
    const shift = ([lon, lat]: LonLat): LonLat => [lon + copy * stepDeg, lat];
    for (const s of base) segments.push({ ...s, id: `${s.id}@${copy}`, path: s.path.map(shift) });
    for (const b of baseBuildings) {
      buildings.push({
        layerId: 'city',
        featureId: `${b.id}@${copy}`,
        footprint: b.ring.map(shift),
        baseHeightMeters: 0,
        heightMeters: null,
        attributes: {},
      });
    }
  }
  return {
    segments,
    buildings,
    copies,
    geojson: () =>
      JSON.stringify({
        type: 'FeatureCollection',
        features: segments.map((s) => ({
          type: 'Feature',
          geometry: { type: 'LineString', coordinates: s.path },
          properties: { ...s.attributes, id: s.id },
        })),
      }),
  };
}
