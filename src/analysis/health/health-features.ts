// Green spaces, facilities and walkways arrive as GeoJSON features (already validated by src/data/geojson); these
// read what the health check needs, reporting per feature what is missing or of the wrong shape instead of guessing.
// A green space or facility with a `scheme` property (a proposal layer id) is part of that scheme: counted only with
// the scheme in place (a scheme's new pocket park or kindergarten).
import type { LonLat } from '../building-record.ts';
import { featureIdOf, type LonLatPolygon, polygonsOf, type ZoneFeature } from '../townscape/zone-features.ts';
import type { HealthProblem } from './health-problem.ts';
import { FACILITY_CATEGORIES, facilityCategoryOf } from './health-thresholds.ts';

export interface GreenSpace {
  id: string;
  name: string;
  polygons: LonLatPolygon[];
  /** The proposal layer id of the scheme it belongs to; null: it exists. */
  scheme: string | null;
}

export interface Facility {
  id: string;
  name: string;
  /** A FACILITY_CATEGORIES id. */
  category: string;
  position: LonLat;
  scheme: string | null;
}

export interface WalkLine {
  id: string;
  lines: LonLat[][];
  /** Walkable only from the first position to the last (a one-way gate, an escalator). */
  oneWay: boolean;
}

interface Read<T> {
  items: T[];
  problems: HealthProblem[];
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The feature's `scheme`; a value that is not a text is reported and the feature counted as existing. */
function schemeOf(feature: ZoneFeature, report: (message: string) => void): string | null {
  const value = feature.properties.scheme;
  if (value === undefined || value === null || value === '') return null;
  if (typeof value === 'string') return value;
  report(`"scheme" must be a proposal layer id (a text), found ${JSON.stringify(value)}; counted as existing`);
  return null;
}

/** The items of the schemes in place (proposal layer ids) and the existing ones. */
export const inSchemes = <T extends { scheme: string | null }>(items: readonly T[], schemes: readonly string[]): T[] =>
  items.filter((item) => item.scheme === null || schemes.includes(item.scheme));

function readEach<T>(
  features: readonly ZoneFeature[],
  source: string,
  read: (feature: ZoneFeature, id: string, report: (message: string) => void) => T | undefined,
): Read<T> {
  const result: Read<T> = { items: [], problems: [] };
  for (const feature of features) {
    const featureId = featureIdOf(feature);
    const item = read(feature, featureId, (message) => result.problems.push({ source, featureId, message }));
    if (item !== undefined) result.items.push(item);
  }
  return result;
}

export const readGreenSpaces = (features: readonly ZoneFeature[], source: string): Read<GreenSpace> =>
  readEach(features, source, (feature, id, report) => {
    const polygons = polygonsOf(feature.geometry);
    if (polygons.length > 0)
      return { id, name: text(feature.properties.name) || id, polygons, scheme: schemeOf(feature, report) };
    report(`a green space must be a Polygon or MultiPolygon, found ${feature.geometry.type}; not counted`);
    return undefined;
  });

export const readFacilities = (features: readonly ZoneFeature[], source: string): Read<Facility> =>
  readEach(features, source, (feature, id, report) => {
    const { geometry, properties } = feature;
    if (geometry.type !== 'Point') {
      report(`a facility must be a Point, found ${geometry.type}; not counted`);
      return undefined;
    }
    const category = facilityCategoryOf(properties.category);
    if (!category) {
      const found = properties.category === undefined ? 'missing' : JSON.stringify(properties.category);
      report(
        `"category" is ${found}; expected one of ${FACILITY_CATEGORIES.map((c) => c.id).join(', ')} (or its Chinese name); not counted`,
      );
      return undefined;
    }
    const [lon, lat] = geometry.coordinates as number[];
    return {
      id,
      name: text(properties.name) || id,
      category: category.id,
      position: [lon!, lat!],
      scheme: schemeOf(feature, report),
    };
  });

const ONE_WAY_VALUES: readonly unknown[] = [true, 1, 'yes', 'true', '1'];

export const readWalkLines = (features: readonly ZoneFeature[], source: string): Read<WalkLine> =>
  readEach(features, source, (feature, id, report) => {
    const { geometry, properties } = feature;
    const lines =
      geometry.type === 'LineString'
        ? [geometry.coordinates as LonLat[]]
        : geometry.type === 'MultiLineString'
          ? (geometry.coordinates as LonLat[][])
          : null;
    if (!lines) {
      report(`a walkway must be a LineString or MultiLineString, found ${geometry.type}; not walkable`);
      return undefined;
    }
    const usable = lines.filter((line) => line.length >= 2);
    if (usable.length < lines.length) report('a line with fewer than 2 positions was left out');
    return usable.length > 0 ? { id, lines: usable, oneWay: ONE_WAY_VALUES.includes(properties.oneway) } : undefined;
  });
