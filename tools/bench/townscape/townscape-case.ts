// Townscape bench (pure code, no browser): the height check over 100,000 synthetic buildings and 400 plan zones
// against the all-pairs reference, and a 1280-sample skyline over the sample district against per-azimuth ray casting.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BuildingRecord, LonLat } from '../../../src/analysis/building-record.ts';
import { checkHeights } from '../../../src/analysis/townscape/height-check.ts';
import { skylineProfile, type AzimuthSamples, type EyePoint } from '../../../src/analysis/townscape/skyline.ts';
import { readHeightZones, type ZoneFeature } from '../../../src/analysis/townscape/zone-features.ts';
import { syntheticFootprints } from '../../tiler/synthetic-footprints.ts';
import type { BenchCase, BenchRow } from '../bench-case.ts';
import { alternatingOrder, median } from '../stats.ts';
import { bruteForceHeightCheck, bruteForceSkyline } from './brute-force.ts';

interface GeoFeature {
  id?: string | number;
  geometry: { type: string; coordinates: number[][][] };
  properties: Record<string, unknown>;
}

export function buildingsFrom(features: Iterable<GeoFeature>, layerId: string): BuildingRecord[] {
  const records: BuildingRecord[] = [];
  for (const feature of features) {
    const outer = feature.geometry.coordinates[0]!.slice(0, -1) as LonLat[];
    const height = feature.properties.heightMeters;
    const floors = feature.properties.floors;
    const heightMeters = typeof height === 'number' ? height : typeof floors === 'number' ? floors * 3 : null;
    records.push({
      layerId,
      featureId: String(feature.properties.id ?? feature.id),
      footprint: outer,
      baseHeightMeters: 0,
      heightMeters,
      attributes: feature.properties,
    });
  }
  return records;
}

/** A 控规 map: 20 × 20 parcels of 700 m over the synthetic city, limits 24–100 m. */
function planZones(): ZoneFeature[] {
  const features: ZoneFeature[] = [];
  const [lon0, lat0, dLon, dLat] = [114.02 - 0.0755, 32.98 - 0.0635, 0.00751, 0.00631];
  for (let r = 0; r < 20; r++) {
    for (let c = 0; c < 20; c++) {
      const [x, y] = [lon0 + c * dLon, lat0 + r * dLat];
      const ring = [
        [x, y],
        [x + dLon, y],
        [x + dLon, y + dLat],
        [x, y + dLat],
        [x, y],
      ];
      features.push({
        id: `P${r}-${c}`,
        geometry: { type: 'Polygon', coordinates: [ring] },
        properties: { limitMeters: 24 + ((r * 7 + c * 13) % 8) * 10.5, basis: '控规' },
      });
    }
  }
  return features;
}

function time<T>(work: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = work();
  return { ms: performance.now() - start, value };
}

export const townscapeCase: BenchCase = {
  name: 'townscape',
  description:
    'height check (100,000 buildings × 400 zones) and a 1280-azimuth skyline (sample district), each against a brute-force reference',
  async run(context) {
    const notes: string[] = [];
    const buildings = buildingsFrom(syntheticFootprints(100_000, 7) as Iterable<GeoFeature>, 'synthetic');
    const { zones } = readHeightZones(planZones(), 'plan-zones');
    const heightSamples = { app: [] as number[], reference: [] as number[] };
    let violations = 0;
    for (let run = 0; run < context.runs; run++) {
      for (const side of alternatingOrder(['app', 'reference'] as const, run)) {
        const measured = time(() =>
          side === 'app' ? checkHeights(buildings, zones).violations : bruteForceHeightCheck(buildings, zones),
        );
        heightSamples[side].push(measured.ms);
        if (side === 'app') violations = measured.value.length;
        context.log(
          `height check ${side} run ${run + 1}: ${measured.ms.toFixed(0)} ms, ${measured.value.length} violations`,
        );
      }
    }
    const sampleFile = join(context.repoRoot, 'assets/sample/buildings.geojson');
    const district = buildingsFrom(
      (JSON.parse(readFileSync(sampleFile, 'utf8')) as { features: GeoFeature[] }).features,
      'city',
    );
    const eye: EyePoint = [114.0189805, 32.9771405, 7.6];
    const view: AzimuthSamples = { startDeg: 300, stepDeg: 120 / 1280, count: 1280 };
    const skylineSamples = { app: [] as number[], reference: [] as number[] };
    let maxDifferenceDeg = 0;
    for (let run = 0; run < context.runs; run++) {
      for (const side of alternatingOrder(['app', 'reference'] as const, run)) {
        const measured = time(() =>
          side === 'app' ? skylineProfile(district, eye, view).elevationDeg : bruteForceSkyline(district, eye, view),
        );
        skylineSamples[side].push(measured.ms);
        if (side === 'reference') {
          const app = skylineProfile(district, eye, view).elevationDeg;
          maxDifferenceDeg = Math.max(...app.map((a, i) => Math.abs(a - measured.value[i]!)));
        }
      }
    }
    notes.push(
      `height check: ${violations} violations; skyline app vs reference differ by at most ${maxDifferenceDeg.toExponential(1)}° over ${view.count} azimuths (120° view, ${district.length} buildings)`,
    );
    const row = (metric: string, samples: { app: number[]; reference: number[] }, goalRatio: number): BenchRow => ({
      metric,
      unit: 'ms',
      app: median(samples.app),
      reference: median(samples.reference),
      goalRatio,
      samples,
    });
    return {
      rows: [row('height check, 100k buildings', heightSamples, 1), row('skyline, 1280 azimuths', skylineSamples, 1)],
      notes,
    };
  },
};
