// Builders for small GeoJSON inputs.
export const square = (x = 114.02, y = 32.98, size = 0.001) => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
  [x, y],
];

export const feature = (geometry: unknown, properties: unknown = {}, id?: unknown) => ({
  type: 'Feature',
  ...(id === undefined ? {} : { id }),
  geometry,
  properties,
});

export const collection = (...features: unknown[]) => ({ type: 'FeatureCollection', features });

export const polygon = (...rings: unknown[]) => ({ type: 'Polygon', coordinates: rings });
