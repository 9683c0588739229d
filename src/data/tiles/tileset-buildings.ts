// Any 3D Tiles 1.0/1.1 tileset → one BuildingRecord per feature, read from the tiles themselves (no renderer): walks
// tileset.json, its external tilesets with their transforms and its implicit trees (implicit-tiles.ts), reads each
// content once with a few requests in flight, and keeps only per-feature outlines in memory. A feature that appears at several levels of detail (same
// mapped id) is taken from the finest tile. Content without features counts as one building (e.g. one house per glb).
import type { BuildingRecord } from '../../analysis/building-record.ts';
import { DEFAULT_LIMITS, type DeploymentLimits } from '../../config/deployment-config.ts';
import { DataError, errorMessage } from '../../shared/errors.ts';
import { checkCount } from '../../shared/header-checks.ts';
import { resolveUri } from '../resolve-uri.ts';
import { featureGeometries, type FeatureGeometry } from './feature-geometry.ts';
import { implicitContents, type ImplicitTiling } from './implicit-tiles.ts';
import { IDENTITY, multiply, type Mat4 } from './mat4.ts';
import { parseTileContent, type FetchBytes } from './tile-content.ts';

export interface TilesetBuildingsOptions {
  url: string;
  layerId: string;
  /** Property names of the feature id and the height attribute in this tileset's data. */
  attributes: { id: string; heightMeters: string };
  /** The layer's placement (model matrix), for tilesets without georeference. */
  modelMatrix?: Mat4;
  fetchBytes: FetchBytes;
  reportProblem(source: string, message: string): void;
  /** Content requests in flight at once. */
  concurrency?: number;
  /** Caps on tile nesting and on what one content may make the reader allocate. */
  limits?: DeploymentLimits;
}

interface TileJson {
  transform?: number[];
  content?: ContentJson;
  contents?: ContentJson[];
  children?: TileJson[];
  implicitTiling?: ImplicitTiling;
  extensions?: { '3DTILES_implicit_tiling'?: ImplicitTiling };
  metadata?: { properties?: Record<string, unknown> };
}

interface ContentJson {
  uri?: string;
  url?: string;
  group?: number;
  metadata?: { properties?: Record<string, unknown> };
}

interface TilesetJson {
  asset?: { version?: string; gltfUpAxis?: string };
  root?: TileJson;
  metadata?: { properties?: Record<string, unknown> };
  groups?: { properties?: Record<string, unknown> }[];
}

interface ContentJob {
  url: string;
  matrix: Mat4;
  depth: number;
  upAxis: 'Y' | 'Z';
  /** Metadata the content inherits (content, tile, group, tileset), nearest first. */
  inherited: Record<string, unknown>;
}

export async function readTilesetBuildings(options: TilesetBuildingsOptions): Promise<BuildingRecord[]> {
  const jobs: ContentJob[] = [];
  await walkTileset(
    { ...options, limits: options.limits ?? DEFAULT_LIMITS, tilesets: new Set() },
    options.url,
    options.modelMatrix ?? IDENTITY,
    0,
    jobs,
  );
  // Same id deeper in the tree: a finer level of detail of the same building. Same id at the same depth: the data's
  // ids are not unique (common in 1.0 batch tables, e.g. 0…n in every tile), so both are kept.
  const byId = new Map<string, { depth: number; records: BuildingRecord[] }>();
  const reported = new Set<string>();
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const job = jobs[next++]!;
      try {
        for (const record of await readContent(job, options)) {
          const known = byId.get(record.featureId);
          if (known && known.depth === job.depth) known.records.push(record);
          else if (!known || known.depth < job.depth)
            byId.set(record.featureId, { depth: job.depth, records: [record] });
        }
      } catch (error) {
        // One problem repeated by every tile (no georeference, a compression codec) is reported once.
        const message = error instanceof DataError ? error.message : errorMessage(error);
        if (!reported.has(message)) options.reportProblem(job.url, message);
        reported.add(message);
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 4 }, worker));
  return [...byId.values()].flatMap((entry) => entry.records);
}

interface WalkOptions extends TilesetBuildingsOptions {
  limits: DeploymentLimits;
  /** Tileset URLs read so far: one that comes again (itself, a cycle, a diamond) is not fetched again. */
  tilesets: Set<string>;
}

async function walkTileset(
  options: WalkOptions,
  url: string,
  parentMatrix: Mat4,
  depth: number,
  jobs: ContentJob[],
): Promise<void> {
  options.tilesets.add(url.split('#')[0]!);
  let tileset: TilesetJson;
  try {
    tileset = JSON.parse(new TextDecoder().decode(await options.fetchBytes(url))) as TilesetJson;
  } catch (error) {
    if (error instanceof DataError) throw error;
    throw new DataError(url, `the tileset is not valid JSON (${errorMessage(error)})`);
  }
  if (!tileset.root) throw new DataError(url, 'the tileset has no "root" tile');
  const upAxis = tileset.asset?.gltfUpAxis?.toUpperCase() === 'Z' ? 'Z' : 'Y';
  const visit = async (tile: TileJson, matrix: Mat4, level: number) => {
    checkCount(url, 'the nesting of tiles', level, options.limits.maxNestingDepth, 'limits.maxNestingDepth');
    const own = tile.transform ? multiply(matrix, tile.transform) : matrix;
    const contents = [...(tile.content ? [tile.content] : []), ...(tile.contents ?? [])];
    const implicit = tile.implicitTiling ?? tile.extensions?.['3DTILES_implicit_tiling'];
    if (implicit) {
      // The URIs are templates; the implicit tiles share the root's transform and inherit its metadata.
      const templates = contents.flatMap((content) => content.uri ?? content.url ?? []);
      const inherited = { ...tileset.metadata?.properties, ...tile.metadata?.properties };
      for (const found of await implicitContents(implicit, templates, url, options.fetchBytes, options.limits))
        jobs.push({ url: found.url, matrix: own, depth: level + found.level, upAxis, inherited });
      return;
    }
    for (const content of contents) {
      const uri = content.uri ?? content.url;
      if (!uri) continue;
      const contentUrl = resolveUri(uri, url, 'the content uri');
      if (/\.json($|\?)/i.test(uri)) {
        if (options.tilesets.has(contentUrl.split('#')[0]!)) {
          options.reportProblem(
            url,
            `the external tileset ${uri} was already read (the tilesets reference each other in a cycle or ` +
              'more than once); it is not read again',
          );
        } else await walkTileset(options, contentUrl, own, level + 1, jobs);
        continue;
      }
      const inherited = {
        ...tileset.metadata?.properties,
        ...(content.group === undefined ? {} : tileset.groups?.[content.group]?.properties),
        ...tile.metadata?.properties,
        ...content.metadata?.properties,
      };
      jobs.push({ url: contentUrl, matrix: own, depth: level, upAxis, inherited });
    }
    for (const child of tile.children ?? []) await visit(child, own, level + 1);
  };
  await visit(tileset.root, parentMatrix, depth);
}

async function readContent(job: ContentJob, options: TilesetBuildingsOptions): Promise<BuildingRecord[]> {
  const content = await parseTileContent(
    await options.fetchBytes(job.url),
    job.url,
    job.upAxis,
    options.fetchBytes,
    options.limits,
  );
  return featureGeometries(content, job.matrix, job.url).map((geometry) =>
    buildingRecord(
      geometry,
      { ...job.inherited, ...content.tables[geometry.table]?.[geometry.featureId] },
      job,
      options,
    ),
  );
}

function buildingRecord(
  geometry: FeatureGeometry,
  attributes: Record<string, unknown>,
  job: ContentJob,
  options: TilesetBuildingsOptions,
): BuildingRecord {
  const id = attributes[options.attributes.id];
  const mappedHeight = Number(attributes[options.attributes.heightMeters]);
  const hasHeight =
    attributes[options.attributes.heightMeters] !== null && Number.isFinite(mappedHeight) && mappedHeight > 0;
  return {
    layerId: options.layerId,
    featureId:
      id === undefined || id === null || id === ''
        ? `${job.url}#${geometry.featureId < 0 ? 'content' : geometry.key}`
        : String(id),
    footprint: geometry.footprint,
    footprintAreaM2: geometry.footprintAreaM2,
    baseHeightMeters: geometry.baseHeightMeters,
    heightMeters: hasHeight ? mappedHeight : geometry.measuredHeightMeters,
    attributes,
  };
}
