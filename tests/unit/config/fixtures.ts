// A small valid manifest that tests copy and break one piece at a time.
export const MANIFEST_URL = 'http://127.0.0.1:4173/projects/zhumadian/project.json';
export const KNOWN_KINDS = { knownKinds: ['3dtiles', 'geojson', 'ifc'] };

export function validManifest(): Record<string, any> {
  return {
    title: { 'zh-CN': '驻马店老城区城市更新', en: 'Zhumadian old town renewal' },
    home: { lon: 114.02, lat: 32.97, heightMeters: 1500 },
    layers: [
      { id: 'city', kind: '3dtiles', title: '城市模型', url: '../../tilesets/zhumadian-city/tileset.json' },
      { id: 'units', kind: 'geojson', title: { en: 'Renewal units' }, url: 'renewal-units.geojson', crs: 'EPSG:4547' },
      {
        id: 'scheme',
        kind: 'ifc',
        title: 'Scheme A',
        url: 'ifc/a.ifc',
        placement: { lon: 114.02, lat: 32.97, heightMeters: 50 },
      },
    ],
    viewpoints: [{ id: 'overview', title: '总览', view: { lon: 114.02, lat: 32.97, heightMeters: 3000 } }],
  };
}
