// An IFC model's buildings as the analyses see them (BuildingRecord): one per IfcBuilding (or the whole model when it
// has none), footprint = convex hull of its elements' bounds on the ground, height = its vertical extent.
import type { BuildingRecord, LonLat } from '../../analysis/building-record.ts';
import { ecefToGeodetic } from '../../geometry/ellipsoid.ts';
import { convexHull } from '../../geometry/convex-hull.ts';
import type { IfcConversion } from './ifc-conversion.ts';

function record(
  layerId: string,
  conversion: IfcConversion,
  features: number[],
  attributes: Record<string, unknown>,
  featureId: string,
): BuildingRecord {
  const m = conversion.placement.modelMatrix;
  const b = conversion.featureBounds;
  const [lons, lats]: number[][] = [[], []];
  let [low, high] = [Infinity, -Infinity];
  for (const f of features) {
    for (let k = 0; k < 8; k++) {
      const [x, y, z] = [b[f * 6 + (k & 1 ? 3 : 0)]!, b[f * 6 + 1 + (k & 2 ? 3 : 0)]!, b[f * 6 + 2 + (k & 4 ? 3 : 0)]!];
      const [lon, lat, h] = ecefToGeodetic(
        m[0]! * x + m[4]! * y + m[8]! * z + m[12]!,
        m[1]! * x + m[5]! * y + m[9]! * z + m[13]!,
        m[2]! * x + m[6]! * y + m[10]! * z + m[14]!,
      );
      lons.push(lon);
      lats.push(lat);
      [low, high] = [Math.min(low, h), Math.max(high, h)];
    }
  }
  return {
    layerId,
    featureId,
    footprint: convexHull(lons, lats, lons.length) as LonLat[],
    baseHeightMeters: low,
    heightMeters: high - low,
    attributes,
  };
}

export function ifcBuildingRecords(layerId: string, conversion: IfcConversion): BuildingRecord[] {
  const withElements = conversion.buildings.filter((b) => b.features.length > 0);
  if (withElements.length === 0) {
    const all = conversion.elements.map((_, i) => i);
    return [
      record(layerId, conversion, all, { name: conversion.source, source: conversion.source }, conversion.source),
    ];
  }
  return withElements.map((b) => {
    // The building's property sets as "Set.Property" attributes, as the element tables name them.
    const properties = Object.entries(b.propertySets ?? {}).flatMap(([set, values]) =>
      Object.entries(values).map(([key, value]) => [`${set}.${key}`, value]),
    );
    return record(
      layerId,
      conversion,
      b.features,
      {
        ...Object.fromEntries(properties),
        name: b.name,
        GlobalId: b.globalId,
        ifcClass: 'IfcBuilding',
        source: conversion.source,
      },
      b.globalId,
    );
  });
}
