// Deterministic synthetic building footprints around Zhumadian for tests and for measuring the tiler at scale:
// rotated rectangles, L-shapes and courtyard blocks (with a hole) on a street grid, with DESIGN.md §3 attributes.
// Coordinates are lon/lat, or a projected CRS's (easting, northing) when one is asked for (the same buildings).
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { makeFromLonLat } from '../../src/data/crs.ts';
import { metersPerDegree } from '../../src/geometry/ellipsoid.ts';

export const ORIGIN = { lonDegrees: 114.02, latDegrees: 32.98 };
const PLOT_METERS = 45;
const STRUCTURES = ['砖混', '框架', '剪力墙', '砖木'];
const USES = ['居住', '商业', '办公', '工业', '公共服务'];
const GRADES = ['A', 'B', 'C', 'D', 'unknown'];

/** mulberry32: a tiny seeded PRNG, so every run makes the same city. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Outline points (metres, CCW) of a building shape centred on the origin. */
function outline(kind: number, w: number, d: number): number[][][] {
  const rect = (hw: number, hd: number) => [
    [-hw, -hd],
    [hw, -hd],
    [hw, hd],
    [-hw, hd],
  ];
  if (kind === 0) return [rect(w / 2, d / 2)];
  if (kind === 1) {
    const [hw, hd] = [w / 2, d / 2];
    return [
      [
        [-hw, -hd],
        [hw, -hd],
        [hw, 0],
        [0, 0],
        [0, hd],
        [-hw, hd],
      ],
    ];
  }
  // Courtyard: the hole is listed clockwise, as GeoJSON's right-hand rule asks.
  return [rect(w / 2, d / 2), rect(w / 4, d / 4).reverse()];
}

/** `crsCode`: EPSG code of the coordinates written (4326 by default). */
export function* syntheticFootprints(count: number, seed = 1, crsCode = 4326): Generator<object> {
  const next = random(seed);
  const project = makeFromLonLat(crsCode);
  const perRow = Math.ceil(Math.sqrt(count));
  const perDegree = metersPerDegree(ORIGIN.latDegrees);
  for (let i = 0; i < count; i++) {
    const [col, row] = [i % perRow, Math.floor(i / perRow)];
    const [cx, cy] = [(col - perRow / 2) * PLOT_METERS, (row - perRow / 2) * PLOT_METERS];
    const [w, d] = [10 + next() * 28, 8 + next() * 16];
    const angle = next() * Math.PI;
    const kind = next() < 0.7 ? 0 : next() < 0.7 ? 1 : 2;
    const rings = outline(kind, w, d).map((ring) => {
      const points = ring.map(([x, y]) => {
        const [rx, ry] = [
          x! * Math.cos(angle) - y! * Math.sin(angle) + cx,
          x! * Math.sin(angle) + y! * Math.cos(angle) + cy,
        ];
        return project(ORIGIN.lonDegrees + rx / perDegree.east, ORIGIN.latDegrees + ry / perDegree.north);
      });
      return [...points, points[0]!];
    });
    const floors = 1 + Math.floor(next() ** 2 * 32);
    const properties: Record<string, unknown> = {
      name: `${USES[i % USES.length]}楼 ${i}`,
      floors,
      yearBuilt: 1960 + Math.floor(next() * 64),
      structure: STRUCTURES[Math.floor(next() * STRUCTURES.length)],
      use: USES[Math.floor(next() * USES.length)],
      safetyGrade: GRADES[Math.floor(next() * GRADES.length)],
      renewalUnitId: `RU-${String(Math.floor(row / 20) * 100 + Math.floor(col / 20)).padStart(4, '0')}`,
    };
    // Some records only know their floor count, as in real surveys.
    if (next() < 0.8) properties.heightMeters = Math.round((floors * 3 + next() * 2) * 10) / 10;
    yield { type: 'Feature', id: `B${i}`, properties, geometry: { type: 'Polygon', coordinates: rings } };
  }
}

/**
 * Streams a FeatureCollection of `count` synthetic footprints to a file without building it in memory; a projected
 * `crsCode` is named in the legacy `crs` member, ahead of the features, so the tiler needs no --crs.
 */
export async function writeSyntheticFootprints(path: string, count: number, seed = 1, crsCode = 4326): Promise<void> {
  const out = createWriteStream(path);
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  const crs = crsCode === 4326 ? '' : `"crs":{"type":"name","properties":{"name":"EPSG:${crsCode}"}},`;
  await write(`{"type":"FeatureCollection",${crs}"features":[\n`);
  let first = true;
  for (const feature of syntheticFootprints(count, seed, crsCode)) {
    await write(`${first ? '' : ',\n'}${JSON.stringify(feature)}`);
    first = false;
  }
  await write('\n]}\n');
  out.end();
  await once(out, 'finish');
}
