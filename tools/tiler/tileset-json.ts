// tileset.json for a footprint quadtree: 3D Tiles 1.1, ADD refinement, region bounding volumes, root transform
// into the local ENU frame the glb content is written in.
import type { TileNode } from './quadtree.ts';
import { regionJson, unionRegion, type Region } from './region.ts';

export interface WrittenContent {
  uri: string;
  region: Region;
}

interface TileJson {
  boundingVolume: { region: number[] };
  geometricError: number;
  refine?: 'ADD';
  transform?: number[];
  content: { uri: string; boundingVolume: { region: number[] } };
  children?: TileJson[];
}

function tileJson(node: TileNode, contents: Map<TileNode, WrittenContent>): { json: TileJson; region: Region } {
  const content = contents.get(node)!;
  const children = node.children.map((child) => tileJson(child, contents));
  // A tile's volume must enclose its children's too, or culling it would hide them.
  const region = children.reduce((r, child) => unionRegion(r, child.region), content.region);
  const json: TileJson = {
    boundingVolume: regionJson(region),
    geometricError: node.geometricErrorMeters,
    content: { uri: content.uri, boundingVolume: regionJson(content.region) },
  };
  if (children.length) json.children = children.map((c) => c.json);
  return { json, region };
}

export function tilesetJson(
  root: TileNode,
  contents: Map<TileNode, WrittenContent>,
  transform: number[],
  tilesetGeometricErrorMeters: number,
): object {
  const { json } = tileJson(root, contents);
  return {
    asset: { version: '1.1', generator: 'cim-renewal-viewer footprint tiler' },
    geometricError: Math.max(tilesetGeometricErrorMeters, root.geometricErrorMeters),
    root: { ...json, refine: 'ADD', transform },
  };
}
