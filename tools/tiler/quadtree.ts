// Spatial layout of a city tileset: a quadtree with ADD refinement where every node holds the most significant
// buildings of its area and passes the rest to its children.
//
// Why this shape: a city seen from afar is its big and tall buildings; small ones only matter up close. With ADD,
// nothing is drawn twice and no simplified copies are needed (footprint extrusions can't be simplified usefully),
// and the far view costs one tile of landmarks instead of every block. A node's geometric error is the size (max of
// height and footprint diagonal, metres) of the largest building it leaves to its descendants — exactly what goes
// missing on screen if its children are not drawn. Buildings are ranked by that same size, so every error is at
// most the smallest size its own node shows, errors never grow with depth, and leaves are 0.
import type { BuildingLayout } from './footprint-store.ts';

export interface TileNode {
  level: number;
  x: number;
  y: number;
  /** Buildings whose geometry is this tile's content, most significant first. */
  buildings: Uint32Array;
  children: TileNode[];
  geometricErrorMeters: number;
}

/** Identical centres can't be split further; past this depth a leaf takes whatever is left. */
const MAX_LEVEL = 20;

interface Square {
  minX: number;
  minY: number;
  side: number;
}

export function buildQuadtree(store: BuildingLayout, maxFeaturesPerTile: number): TileNode {
  const count = store.count;
  const x = new Float64Array(count);
  const y = new Float64Array(count);
  const latScale = Math.cos((((store.extent.south + store.extent.north) / 2) * Math.PI) / 180);
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let b = 0; b < count; b++) {
    const [lon, lat] = store.center(b);
    // Degrees of longitude shrink with latitude; scaling keeps quadrants roughly square on the ground.
    x[b] = lon * latScale;
    y[b] = lat;
    [minX, minY, maxX, maxY] = [
      Math.min(minX, x[b]!),
      Math.min(minY, y[b]!),
      Math.max(maxX, x[b]!),
      Math.max(maxY, y[b]!),
    ];
  }
  const bySize = Uint32Array.from({ length: count }, (_, i) => i).sort(
    (a, b) => store.sizeMeters(b) - store.sizeMeters(a) || a - b,
  );
  const root: Square = { minX, minY, side: Math.max(maxX - minX, maxY - minY) };

  function build(buildings: Uint32Array, square: Square, level: number, tx: number, ty: number): TileNode {
    if (buildings.length <= maxFeaturesPerTile || level >= MAX_LEVEL) {
      return { level, x: tx, y: ty, buildings, children: [], geometricErrorMeters: 0 };
    }
    const rest = buildings.subarray(maxFeaturesPerTile);
    const half = square.side / 2;
    const [midX, midY] = [square.minX + half, square.minY + half];
    const quadrants: number[][] = [[], [], [], []];
    for (const b of rest) quadrants[(x[b]! >= midX ? 1 : 0) + (y[b]! >= midY ? 2 : 0)]!.push(b);
    const children = quadrants.flatMap((members, q) => {
      if (members.length === 0) return [];
      const [east, north] = [q & 1, q >> 1];
      const child = { minX: square.minX + east * half, minY: square.minY + north * half, side: half };
      return [build(Uint32Array.from(members), child, level + 1, tx * 2 + east, ty * 2 + north)];
    });
    return {
      level,
      x: tx,
      y: ty,
      buildings: buildings.slice(0, maxFeaturesPerTile),
      children,
      geometricErrorMeters: store.sizeMeters(rest[0]!),
    };
  }

  return build(bySize, root, 0, 0, 0);
}

/** Every node, parents before children. */
export function* walk(node: TileNode): Generator<TileNode> {
  yield node;
  for (const child of node.children) yield* walk(child);
}
