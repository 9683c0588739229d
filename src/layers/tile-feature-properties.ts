// Reads every property of a picked 3D Tiles feature: batch-table or EXT_structural_metadata properties first, then
// metadata inherited from the content, tile, group and tileset (3D Tiles 1.1), which a feature may lack itself.
import { Cesium3DTileFeature } from 'cesium';
import type { FeatureAttributes } from './map-layer.ts';

interface MetadataLike {
  getPropertyIds(): string[];
  getProperty(id: string): unknown;
}

interface PickedTileContent {
  content?: {
    metadata?: MetadataLike;
    group?: { metadata?: MetadataLike };
    tile?: { metadata?: MetadataLike };
  };
}

export function featureProperties(picked: PickedTileContent, tileset: object): FeatureAttributes {
  const attributes: Record<string, unknown> = {};
  if (picked instanceof Cesium3DTileFeature) {
    for (const name of picked.getPropertyIds()) attributes[name] = plainValue(picked.getProperty(name));
  }
  const inherited = [
    picked.content?.metadata,
    picked.content?.tile?.metadata,
    picked.content?.group?.metadata,
    (tileset as { metadata?: MetadataLike }).metadata,
  ];
  for (const metadata of inherited) {
    if (!metadata) continue;
    for (const name of metadata.getPropertyIds()) {
      if (!(name in attributes)) attributes[name] = plainValue(metadata.getProperty(name));
    }
  }
  const id = attributes.id ?? attributes.ID ?? attributes.GlobalId;
  return { featureId: id === undefined ? undefined : String(id), attributes };
}

/** Metadata arrays and vectors arrive as typed arrays or Cesium CartesianN: show them as plain lists. */
function plainValue(value: unknown): unknown {
  if (ArrayBuffer.isView(value)) return Array.from(value as unknown as ArrayLike<number>);
  if (value && typeof value === 'object' && 'x' in value && 'y' in value) {
    const v = value as { x: number; y: number; z?: number; w?: number };
    return [v.x, v.y, v.z, v.w].filter((c) => c !== undefined);
  }
  return value;
}
