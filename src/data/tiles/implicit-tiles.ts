// Implicit tiling (3D Tiles 1.1, 3DTILES_implicit_tiling): the contents of the tiles a tree of subtree files says are
// available. loaders.gl parses each binary subtree and its availability bitstreams; the walk is ours so that its size
// is bounded by what is available (a subtree saying "all available" for ever stops at limits.maxFeaturesPerLayer
// tiles) rather than by the levels the file claims.
import { Tile3DSubtreeLoader } from '@loaders.gl/3d-tiles';
import type { DeploymentLimits } from '../../config/deployment-config.ts';
import { DataError, errorMessage } from '../../shared/errors.ts';
import { checkCount } from '../../shared/header-checks.ts';
import { resolveUri } from '../resolve-uri.ts';
import type { FetchBytes } from './tile-content.ts';

export interface ImplicitTiling {
  subdivisionScheme?: string;
  subtreeLevels?: number;
  availableLevels?: number;
  /** The pre-1.1 extension's name for availableLevels − 1. */
  maximumLevel?: number;
  subtrees?: { uri?: string };
}

export interface ImplicitContent {
  url: string;
  /** Levels below the implicit root. */
  level: number;
}

/** A subtree's availability: all or none, or one bit per tile (least significant bit first). */
interface Availability {
  constant?: number;
  explicitBitstream?: Uint8Array;
}

interface Subtree {
  tileAvailability: Availability;
  contentAvailability?: Availability | Availability[];
  childSubtreeAvailability: Availability;
}

/** Coordinates of a tile in the implicit tree: its level and x, y (z for octrees). */
interface TileCoordinates {
  level: number;
  xyz: number[];
}

const isAvailable = (availability: Availability | undefined, index: number) =>
  availability?.constant !== undefined
    ? availability.constant === 1
    : (((availability?.explicitBitstream?.[index >> 3] ?? 0) >> (index & 7)) & 1) === 1;

const fill = (template: string, { level, xyz }: TileCoordinates) =>
  template
    .replaceAll('{level}', String(level))
    .replaceAll('{x}', String(xyz[0]))
    .replaceAll('{y}', String(xyz[1]))
    .replaceAll('{z}', String(xyz[2] ?? 0));

/** The child `morton` of `parent` `depth` levels down (its Morton index interleaves the x, y, z bits). */
function descendant(parent: TileCoordinates, morton: number, depth: number): TileCoordinates {
  const xyz = parent.xyz.map((coordinate, axis) => {
    let local = 0;
    for (let bit = 0; bit < depth; bit++)
      local += Math.floor(morton / 2 ** (bit * parent.xyz.length + axis)) % 2 ? 2 ** bit : 0;
    return coordinate * 2 ** depth + local;
  });
  return { level: parent.level + depth, xyz };
}

/** Every available content of the implicit tree rooted at a tile with `tiling` and content URI `templates`. */
export async function implicitContents(
  tiling: ImplicitTiling,
  templates: string[],
  tilesetUrl: string,
  fetchBytes: FetchBytes,
  limits: DeploymentLimits,
): Promise<ImplicitContent[]> {
  const dimensions = tiling.subdivisionScheme === 'OCTREE' ? 3 : 2;
  const branching = 2 ** dimensions;
  const levels = checkCount(
    tilesetUrl,
    'implicitTiling.availableLevels',
    tiling.availableLevels ?? (tiling.maximumLevel ?? -1) + 1,
    Math.min(limits.maxNestingDepth, 32),
    'limits.maxNestingDepth, and 32-bit tile coordinates',
  );
  const subtreeLevels = checkCount(
    tilesetUrl,
    'implicitTiling.subtreeLevels',
    tiling.subtreeLevels,
    levels,
    'availableLevels',
  );
  const subtreeTemplate = tiling.subtrees?.uri;
  if (!subtreeTemplate || subtreeLevels < 1)
    throw new DataError(tilesetUrl, 'implicitTiling needs subtreeLevels ≥ 1 and a subtrees uri template');
  const found: ImplicitContent[] = [];
  let tiles = 0;
  const subtrees: TileCoordinates[] = [{ level: 0, xyz: new Array(dimensions).fill(0) }];
  while (subtrees.length > 0) {
    const root = subtrees.pop()!;
    const subtreeUrl = resolveUri(fill(subtreeTemplate, root), tilesetUrl, 'the subtree uri');
    const subtree = await readSubtree(subtreeUrl, fetchBytes);
    const contents = [subtree.contentAvailability ?? []].flat();
    // Depth first over the available tiles: a tile's index is the tiles of the levels above plus its Morton index.
    const stack = [{ depth: 0, morton: 0 }];
    while (stack.length > 0) {
      const { depth, morton } = stack.pop()!;
      const tile = descendant(root, morton, depth);
      const index = (branching ** depth - 1) / (branching - 1) + morton;
      if (tile.level >= levels || !isAvailable(subtree.tileAvailability, index)) continue;
      checkCount(
        subtreeUrl,
        'the available implicit tiles',
        ++tiles,
        limits.maxFeaturesPerLayer,
        'limits.maxFeaturesPerLayer',
      );
      templates.forEach((template, i) => {
        if (isAvailable(contents[i], index))
          found.push({
            url: resolveUri(fill(template, tile), tilesetUrl, 'an implicit content uri'),
            level: tile.level,
          });
      });
      for (let child = 0; child < branching; child++) {
        const childMorton = morton * branching + child;
        if (depth + 1 < subtreeLevels) stack.push({ depth: depth + 1, morton: childMorton });
        else if (isAvailable(subtree.childSubtreeAvailability, childMorton))
          subtrees.push(descendant(root, childMorton, depth + 1));
      }
    }
  }
  return found;
}

async function readSubtree(url: string, fetchBytes: FetchBytes): Promise<Subtree> {
  const bytes = await fetchBytes(url);
  try {
    // The loader itself, with the context it needs: the folder a bitstream's external buffer is resolved against.
    const context = {
      baseUrl: url.slice(0, url.lastIndexOf('/')),
      fetch: async (bufferUrl: string) => new Response((await fetchBytes(bufferUrl)).slice().buffer),
    };
    const subtree = await Tile3DSubtreeLoader.parse(
      bytes.slice().buffer,
      {},
      context as unknown as Parameters<typeof Tile3DSubtreeLoader.parse>[2],
    );
    return subtree as unknown as Subtree;
  } catch (error) {
    if (error instanceof DataError) throw error;
    throw new DataError(url, `the subtree could not be read (${errorMessage(error)})`);
  }
}
