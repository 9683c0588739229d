// Pipeline GeoJSON (clean features from parseGeoJson) → pipe segments and wells for the layer and the analyses.
// Every bad value is one problem on its feature: repaired with a marked default (`fixed`) or the feature skipped
// (`error`); the rest of the file always loads.
import {
  PIPE_CLASSES,
  type PipeClass,
  type PipeNetwork,
  type PipeSegment,
  type PipeWell,
} from '../../analysis/pipes/pipe-model.ts';
import type { Problem } from '../../config/project-types.ts';
import type { CleanFeature, Position } from '../geojson/index.ts';
import type { PipeAttributeKey, PipeAttributeMapping } from './pipe-attributes.ts';
import {
  CLASS_ALIASES,
  DEFAULT_SIZE_MM,
  DEFAULT_WELL_DEPTH_M,
  defaultDepthM,
  DEPTH_RANGE_M,
  SIZE_RANGE_MM,
} from './pipe-defaults.ts';

export interface PipelineReadResult extends PipeNetwork {
  problems: Problem[];
}

export function readPipelines(features: readonly CleanFeature[], mapping: PipeAttributeMapping): PipelineReadResult {
  const result: PipelineReadResult = { segments: [], wells: [], problems: [] };
  for (const feature of features) {
    const reader = new FeatureReader(feature, mapping, result.problems);
    const geometry = feature.geometry;
    if (geometry.type === 'LineString' || geometry.type === 'MultiLineString') {
      const parts = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
      const base = reader.segment();
      parts.forEach((part, k) => {
        const path = distinctPath(part);
        if (path.length < 2)
          return reader.skip('geometry', 'a pipe needs at least two distinct points; the part was skipped');
        result.segments.push({ ...base, id: parts.length > 1 ? `${base.id}#${k + 1}` : base.id, path });
      });
    } else if (geometry.type === 'Point' || geometry.type === 'MultiPoint') {
      const points = geometry.type === 'Point' ? [geometry.coordinates] : geometry.coordinates;
      const base = reader.well();
      points.forEach((point, k) =>
        result.wells.push({
          ...base,
          id: points.length > 1 ? `${base.id}#${k + 1}` : base.id,
          position: [point[0]!, point[1]!],
        }),
      );
    } else {
      reader.skip(
        'geometry',
        `a pipeline feature must be a LineString (pipe) or a Point (well), found ${geometry.type}; it was skipped`,
      );
    }
  }
  return result;
}

function distinctPath(positions: readonly Position[]): [number, number][] {
  const path: [number, number][] = [];
  for (const [lon, lat] of positions) {
    const last = path[path.length - 1];
    if (!last || Math.abs(last[0] - lon!) > 1e-9 || Math.abs(last[1] - lat!) > 1e-9) path.push([lon!, lat!]);
  }
  return path;
}

class FeatureReader {
  private readonly path: string;
  readonly defaulted: string[] = [];

  constructor(
    private readonly feature: CleanFeature,
    private readonly mapping: PipeAttributeMapping,
    private readonly problems: Problem[],
  ) {
    this.path = `$.features[${feature.index}]`;
  }

  segment(): Omit<PipeSegment, 'path'> {
    const pipeClass = this.pipeClass();
    const { section, widthMm, heightMm } = this.section(pipeClass);
    const [startDepthM, endDepthM] = this.depths(pipeClass);
    const pressure = this.text('pressure');
    return {
      id: this.id(),
      pipeClass,
      subtype: this.text('subtype') ?? '',
      section,
      widthMm,
      heightMm,
      startDepthM,
      endDepthM,
      ...(pressure ? { pressure } : {}),
      defaulted: this.defaulted,
      attributes: this.feature.properties,
    };
  }

  well(): Omit<PipeWell, 'position'> {
    const pipeClass = this.pipeClass();
    const depthM =
      this.number('depthM', DEPTH_RANGE_M, 'm') ??
      this.fix('depthM', DEFAULT_WELL_DEPTH_M, `the default ${DEFAULT_WELL_DEPTH_M} m`);
    return { id: this.id(), pipeClass, depthM, defaulted: this.defaulted, attributes: this.feature.properties };
  }

  skip(what: string, message: string): void {
    this.problems.push({ path: `${this.path}.${what}`, message: `${this.id()}: ${message}`, severity: 'error' });
  }

  private id(): string {
    return this.text('id') ?? String(this.feature.id);
  }

  private pipeClass(): PipeClass {
    const raw = this.raw('class');
    const text = typeof raw === 'string' ? raw.trim() : '';
    const code = (PIPE_CLASSES as readonly string[]).includes(text.toUpperCase())
      ? (text.toUpperCase() as PipeClass)
      : CLASS_ALIASES[text];
    if (code) return code;
    const found = raw === undefined ? 'no class' : `unknown class ${JSON.stringify(raw)}`;
    return this.fix('class', 'BM', `class BM 不明 (${found}; known: ${PIPE_CLASSES.join(', ')})`);
  }

  private section(pipeClass: PipeClass): { section: 'circle' | 'rect'; widthMm: number; heightMm: number } {
    const declared = this.text('section');
    const rect =
      declared === 'rect' ||
      (declared !== 'circle' && this.raw('widthMm') !== undefined && this.raw('diameterMm') === undefined);
    if (declared !== undefined && declared !== 'circle' && declared !== 'rect') {
      this.refused.set('section', `${JSON.stringify(declared)} is not circle or rect`);
      this.fix('section', rect, rect ? 'a rect section (it has widthMm)' : 'a circle section');
    }
    const fallback = DEFAULT_SIZE_MM[pipeClass];
    if (!rect) {
      const diameterMm =
        this.number('diameterMm', SIZE_RANGE_MM, 'mm') ??
        this.fix('diameterMm', fallback.widthMm, `the default ${fallback.widthMm} mm`);
      return { section: 'circle', widthMm: diameterMm, heightMm: diameterMm };
    }
    const widthMm =
      this.number('widthMm', SIZE_RANGE_MM, 'mm') ??
      this.fix('widthMm', fallback.widthMm, `the default ${fallback.widthMm} mm`);
    const heightMm =
      this.number('heightMm', SIZE_RANGE_MM, 'mm') ??
      this.fix('heightMm', fallback.heightMm, `the default ${fallback.heightMm} mm`);
    return { section: 'rect', widthMm, heightMm };
  }

  private depths(pipeClass: PipeClass): [number, number] {
    const start = this.number('startDepthM', DEPTH_RANGE_M, 'm');
    const end = this.number('endDepthM', DEPTH_RANGE_M, 'm');
    if (start !== undefined && end !== undefined) return [start, end];
    if (start !== undefined || end !== undefined) {
      const known = (start ?? end)!;
      return start === undefined
        ? [this.fix('startDepthM', known, `the end depth ${known} m`), known]
        : [known, this.fix('endDepthM', known, `the start depth ${known} m`)];
    }
    const fallback = defaultDepthM(pipeClass);
    return [
      this.fix('startDepthM', fallback, `the default ${fallback} m`),
      this.fix('endDepthM', fallback, `the default ${fallback} m`),
    ];
  }

  private raw(key: PipeAttributeKey): unknown {
    return this.feature.properties[this.mapping[key]];
  }

  private text(key: PipeAttributeKey): string | undefined {
    const value = this.raw(key);
    return typeof value === 'string' && value.trim() !== ''
      ? value.trim()
      : typeof value === 'number'
        ? String(value)
        : undefined;
  }

  /** A number within range, or undefined; why a present value was refused is kept for the message of `fix`. */
  private number(key: PipeAttributeKey, range: { min: number; max: number }, unit: string): number | undefined {
    const value = this.raw(key);
    const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
    if (typeof number === 'number' && Number.isFinite(number) && number >= range.min && number <= range.max)
      return number;
    if (value !== undefined && value !== null)
      this.refused.set(key, `${JSON.stringify(value)} is not a value from ${range.min} to ${range.max} ${unit}`);
    return undefined;
  }

  private readonly refused = new Map<PipeAttributeKey, string>();

  private fix<T>(key: PipeAttributeKey, value: T, shownAs: string): T {
    const name = this.mapping[key];
    const why = this.refused.get(key) ?? (key === 'class' ? '' : 'missing');
    this.defaulted.push(key);
    this.problems.push({
      path: `${this.path}.properties.${name}`,
      message: `${this.id()}: ${name} ${why ? `${why}; ` : ''}drawn with ${shownAs}`,
      severity: 'fixed',
    });
    return value;
  }
}
