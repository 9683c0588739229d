// Shared fixtures for the sample tests: the default district generated once per test file, its files parsed the
// way a consumer reads them (lon/lat GeoJSON), and small geometry helpers.
import { generateDistrict, type District } from '../../../tools/sample/district.ts';
import { lonLatToLocal } from '../../../tools/sample/frame.ts';
import type { Vec2 } from '../../../tools/sample/geom.ts';
import { sampleFiles } from '../../../tools/sample/outputs.ts';

export interface GeoFeature {
  type: 'Feature';
  geometry: { type: string; coordinates: any };
  properties: Record<string, unknown>;
}

let cached: { district: District; files: Map<string, string> } | undefined;

export function sample(): { district: District; files: Map<string, string> } {
  cached ??= (() => {
    const district = generateDistrict();
    return { district, files: sampleFiles(district) };
  })();
  return cached;
}

export function features(name: string): GeoFeature[] {
  const text = sample().files.get(`assets/sample/${name}`);
  if (!text) throw new Error(`no file ${name}`);
  const collection = JSON.parse(text) as { type: string; features: GeoFeature[] };
  if (collection.type !== 'FeatureCollection') throw new Error(`${name} is not a FeatureCollection`);
  return collection.features;
}

/** A polygon's outer ring in local metres, without the closing point. */
export function outerRing(feature: GeoFeature): Vec2[] {
  const ring = (feature.geometry.coordinates[0] as [number, number][]).map(([lon, lat]) => lonLatToLocal(lon, lat));
  return ring.slice(0, -1);
}

export function lineLocal(feature: GeoFeature): Vec2[] {
  return (feature.geometry.coordinates as number[][]).map(([lon, lat]) => lonLatToLocal(lon!, lat!));
}

/** True when two simple polygons share interior points (edges cross, or one contains the other). */
export function polygonsOverlap(a: Vec2[], b: Vec2[]): boolean {
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      if (segmentsCross(a[i]!, a[(i + 1) % a.length]!, b[j]!, b[(j + 1) % b.length]!)) return true;
    }
  }
  return containsPoint(a, b[0]!) || containsPoint(b, a[0]!);
}

export function segmentsCross(p1: Vec2, p2: Vec2, q1: Vec2, q2: Vec2): boolean {
  const orient = (a: Vec2, b: Vec2, c: Vec2) =>
    Math.sign((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]));
  return orient(p1, p2, q1) * orient(p1, p2, q2) < 0 && orient(q1, q2, p1) * orient(q1, q2, p2) < 0;
}

export function containsPoint(ring: Vec2[], point: Vec2): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[i]!;
    const b = ring[j]!;
    if (a[1] > point[1] !== b[1] > point[1] && point[0] < ((b[0] - a[0]) * (point[1] - a[1])) / (b[1] - a[1]) + a[0])
      inside = !inside;
  }
  return inside;
}

export function ringCentroid(ring: Vec2[]): Vec2 {
  let x = 0;
  let y = 0;
  let area = 0;
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i]!;
    const b = ring[(i + 1) % ring.length]!;
    const w = a[0] * b[1] - b[0] * a[1];
    area += w;
    x += (a[0] + b[0]) * w;
    y += (a[1] + b[1]) * w;
  }
  return [x / (3 * area), y / (3 * area)];
}
