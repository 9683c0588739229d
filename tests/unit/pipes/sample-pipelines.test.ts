// The bundled sample: the check must find exactly the violations the generator seeded (pipeline-violations.json).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { BuildingRecord, LonLat } from '../../../src/analysis/building-record.ts';
import { checkClearances } from '../../../src/analysis/pipes/clearance-check.ts';
import { parseGeoJson, type CleanGeometry } from '../../../src/data/geojson/index.ts';
import { DEFAULT_PIPE_ATTRIBUTES } from '../../../src/data/pipes/pipe-attributes.ts';
import { readPipelines } from '../../../src/data/pipes/read-pipelines.ts';
import { bruteForceClearances } from '../../../tools/bench/pipes/brute-force.ts';

function outerRing(geometry: CleanGeometry): LonLat[] {
  if (geometry.type !== 'Polygon') throw new Error(`sample buildings are polygons, found ${geometry.type}`);
  return geometry.coordinates[0]!.slice(0, -1).map(([lon, lat]) => [lon!, lat!]);
}

const file = (name: string) => readFileSync(new URL(`../../../assets/sample/${name}`, import.meta.url), 'utf8');

describe('sample pipelines', () => {
  const pipes = readPipelines(
    parseGeoJson(file('pipelines.geojson'), 'pipelines.geojson').features,
    DEFAULT_PIPE_ATTRIBUTES,
  );
  const buildings: BuildingRecord[] = parseGeoJson(file('buildings.geojson'), 'buildings.geojson').features.map(
    (f) => ({
      layerId: 'city',
      featureId: String(f.properties.id),
      footprint: outerRing(f.geometry),
      baseHeightMeters: 0,
      heightMeters: null,
      attributes: {},
    }),
  );
  const seeded = (
    JSON.parse(file('pipeline-violations.json')) as {
      violations: { id: string; kind: string; requiredMeters: number; segmentIds: string[]; buildingId?: string }[];
    }
  ).violations;

  it('reads every pipe and well without problems', () => {
    expect(pipes.problems).toEqual([]);
    expect(pipes.segments.length).toBeGreaterThan(3000);
    expect(pipes.wells.length).toBeGreaterThan(5000);
  });

  it('finds each seeded violation, and every violation it reports involves a seeded pipe', () => {
    const found = checkClearances(pipes.segments, { buildings });
    for (const v of seeded) {
      const other = v.buildingId ?? v.segmentIds[1]!;
      const match = found.find((f) => [f.a, f.b].includes(v.segmentIds[0]!) && [f.a, f.b].includes(other));
      expect(match, v.id).toBeDefined();
      expect(match!.kind, v.id).toBe(v.buildingId ? 'building' : v.kind);
      expect(match!.requiredM, v.id).toBe(v.requiredMeters);
      expect(match!.actualM, v.id).toBeLessThan(v.requiredMeters);
    }
    const seededPipes = new Set(seeded.flatMap((v) => v.segmentIds.slice(-1)));
    for (const f of found) expect(seededPipes.has(f.a) || seededPipes.has(f.b), `${f.a} / ${f.b}`).toBe(true);
  });

  it('agrees with the all-pairs reference of the bench, violation for violation', () => {
    const key = (v: { kind: string; a: string; b: string; actualM: number }) =>
      `${v.kind} ${[v.a, v.b].sort().join('/')} ${v.actualM}`;
    const indexed = checkClearances(pipes.segments, { buildings }).map(key);
    expect(bruteForceClearances(pipes.segments, buildings).map(key).sort()).toEqual(indexed.sort());
  });
});
