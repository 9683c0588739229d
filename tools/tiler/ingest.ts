// Feature by feature: resolve the CRS, clean the footprint, find a height, and keep the building compactly —
// or record why it was skipped. Bad features never stop the run; only dataset-wide mistakes (wrong CRS) do.
import { isGeographicCrs, looksAxisSwapped, makeToLonLat, parseCrsCode, type LonLat } from '../../src/data/crs.ts';
import { DataError, errorMessage } from '../../src/shared/errors.ts';
import { readFootprint, type SkipKind } from './footprint-geometry.ts';
import type { BuildingRecord } from './footprint-store.ts';

export interface IngestOptions {
  /** EPSG code of the coordinates; default: the file's `crs` member, else lon/lat. */
  crs?: number;
  heightField: string;
  floorsField: string;
  floorHeightMeters: number;
}

export interface SkippedFeature {
  index: number;
  id?: string;
  kind: SkipKind;
  reason: string;
}

const MAX_HEIGHT_METERS = 1000;

function toNumber(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.trim() !== '') return Number(value);
  return NaN;
}

function describe(value: unknown): string {
  return value === undefined || value === null ? 'missing' : JSON.stringify(value);
}

function firstPosition(geometry: unknown): number[] | undefined {
  let node = (geometry as { coordinates?: unknown } | null)?.coordinates;
  while (Array.isArray(node) && Array.isArray(node[0])) node = node[0];
  return Array.isArray(node) && typeof node[0] === 'number' && typeof node[1] === 'number' ? node : undefined;
}

/** Where accepted buildings go: the full FootprintStore, or a partitioned run's light layout pass. */
export interface BuildingSink {
  add(record: BuildingRecord, featureIndex: number): unknown;
}

export class FootprintIngest<Sink extends BuildingSink> {
  readonly skipped: SkippedFeature[] = [];
  featuresIn = 0;
  private crsFromFile: number | undefined;
  private toLonLat: ((x: number, y: number) => LonLat) | undefined;

  constructor(
    private readonly source: string,
    private readonly options: IngestOptions,
    readonly sink: Sink,
  ) {}

  /** The EPSG code in use (known once the first feature is read). */
  get crsCode(): number {
    return this.options.crs ?? this.crsFromFile ?? 4326;
  }

  /** A top-level FeatureCollection member: checks `type` and picks up a legacy `crs` member. */
  onMember(key: string, value: unknown): void {
    if (key === 'type' && value !== 'FeatureCollection') {
      throw new DataError(
        this.source,
        `GeoJSON type is ${JSON.stringify(value)}, expected "FeatureCollection"`,
        '$.type',
      );
    }
    if (key !== 'crs' || this.options.crs !== undefined) return;
    if (this.toLonLat)
      throw new DataError(this.source, 'the "crs" member comes after the features; pass --crs', '$.crs');
    const name = (value as { properties?: { name?: unknown } } | null)?.properties?.name;
    try {
      this.crsFromFile = parseCrsCode(String(name));
    } catch (error) {
      throw new DataError(this.source, errorMessage(error), '$.crs.properties.name');
    }
  }

  addFeature(feature: unknown, index: number): void {
    this.featuresIn++;
    const f = (feature ?? {}) as { id?: unknown; properties?: unknown; geometry?: unknown };
    const properties = (f.properties && typeof f.properties === 'object' ? f.properties : {}) as Record<
      string,
      unknown
    >;
    const rawId = f.id ?? properties.id;
    const id = rawId === undefined || rawId === null ? undefined : String(rawId);
    const skip = (kind: SkipKind, reason: string) =>
      this.skipped.push({ index, ...(id === undefined ? {} : { id }), kind, reason });

    const heightMeters = this.heightOf(properties);
    if (typeof heightMeters === 'string') return void skip('no-height', heightMeters);
    const result = readFootprint(f.geometry, this.converterFor(f.geometry));
    if ('reason' in result) return void skip(result.kind, result.reason);
    const { id: _dropped, ...rest } = properties;
    this.sink.add({ footprint: result.footprint, id: id ?? `feature-${index}`, heightMeters, properties: rest }, index);
  }

  /** Height from the height field, else floors × floor height; a string is the reason there is none. */
  private heightOf(properties: Record<string, unknown>): number | string {
    const { heightField, floorsField, floorHeightMeters } = this.options;
    const height = toNumber(properties[heightField]);
    const floors = toNumber(properties[floorsField]);
    const meters = height > 0 ? height : floors > 0 ? floors * floorHeightMeters : NaN;
    if (!Number.isFinite(meters)) {
      return (
        `no usable height: ${heightField} is ${describe(properties[heightField])}, ` +
        `${floorsField} is ${describe(properties[floorsField])}`
      );
    }
    if (meters > MAX_HEIGHT_METERS) return `height ${meters} m is implausible (over ${MAX_HEIGHT_METERS} m)`;
    return meters;
  }

  /** The CRS is fixed at the first feature; its first position also catches northing/easting data. */
  private converterFor(geometry: unknown): (x: number, y: number) => LonLat {
    if (this.toLonLat) return this.toLonLat;
    const code = this.crsCode;
    const position = firstPosition(geometry);
    if (position && !isGeographicCrs(code) && Math.abs(position[0]!) <= 180 && Math.abs(position[1]!) <= 90) {
      throw new DataError(this.source, `coordinates look like lon/lat degrees, not EPSG:${code} metres; check --crs`);
    }
    if (position && looksAxisSwapped(code, position[0]!, position[1]!)) {
      throw new DataError(
        this.source,
        `coordinates look like (northing, easting) for EPSG:${code}; GeoJSON stores (easting, northing) — swap the axes`,
      );
    }
    try {
      this.toLonLat = makeToLonLat(code);
    } catch (error) {
      throw new DataError(this.source, errorMessage(error));
    }
    return this.toLonLat;
  }
}
