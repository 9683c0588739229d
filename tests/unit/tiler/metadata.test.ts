import { describe, expect, it } from 'vitest';
import { inferKind, KindTally, NO_DATA, propertyIds } from '../../../src/data/gltf/metadata.ts';
import { boxRing, collection, polygonFeature, tileToTemp, ZHUMADIAN } from './fixtures.ts';

describe('metadata kinds', () => {
  it('picks the narrowest kind that fits', () => {
    expect(inferKind([1, 2, 65_534])).toEqual({ kind: 'UINT16' });
    expect(inferKind([1, undefined, 65_534])).toEqual({ kind: 'UINT16', noData: 65_535 });
    expect(inferKind([1, undefined, 65_535])).toEqual({ kind: 'INT32', noData: NO_DATA.INT32 });
    expect(inferKind([-3, 70_000])).toEqual({ kind: 'INT32' });
    expect(inferKind([1.5, 2])).toEqual({ kind: 'FLOAT64' });
    expect(inferKind([3e9, null])).toEqual({ kind: 'FLOAT64', noData: NO_DATA.FLOAT64 });
    expect(inferKind([true, false])).toEqual({ kind: 'BOOLEAN' });
    expect(inferKind([true, undefined])).toEqual({ kind: 'STRING' });
    expect(inferKind(['a', 1])).toEqual({ kind: 'STRING' });
    expect(inferKind([{ a: 1 }])).toEqual({ kind: 'STRING' });
    expect(inferKind([null, undefined])).toBeUndefined();
  });

  it('infers the same kind from a running tally, missing values counted from the total', () => {
    const tally = new KindTally();
    for (const value of [1, 65_534]) tally.add(value);
    expect(tally.kind()).toEqual({ kind: 'UINT16' });
    expect(tally.kind(3)).toEqual({ kind: 'UINT16', noData: 65_535 });
    const booleans = new KindTally();
    booleans.add(true);
    expect(booleans.kind(1)).toEqual({ kind: 'BOOLEAN' });
    expect(booleans.kind(2)).toEqual({ kind: 'STRING' });
    expect(new KindTally().kind(5)).toBeUndefined();
  });

  it('makes schema ids out of any attribute name', () => {
    const ids = propertyIds(['name', '建筑名称', 'floor count', '3d', 'id'], ['id']);
    expect(ids.get('name')).toBe('name');
    expect(ids.get('建筑名称')).toBe('property_1');
    expect(ids.get('floor count')).toBe('floor_count');
    expect(ids.get('3d')).toBe('_3d');
    expect(ids.get('id')).toBe('id_2');
    for (const id of ids.values()) expect(id).toMatch(/^[a-zA-Z_][a-zA-Z0-9_]*$/);
  });
});

describe('property tables', () => {
  const spots = [0, 1, 2].map((i) => boxRing(ZHUMADIAN.lon + i * 0.001, ZHUMADIAN.lat, 10, 10));
  const features = [
    polygonFeature('b0', [spots[0]!], {
      heightMeters: 12.5,
      floors: 4,
      name: '驻马店市第一中学 教学楼',
      yearBuilt: 1985,
      ratio: 0.25,
      heritage: true,
      结构: '砖混',
    }),
    polygonFeature(undefined, [spots[1]!], {
      id: 'from-properties',
      floors: 6,
      name: 'Plain name',
      ratio: 1,
      heritage: false,
    }),
    polygonFeature('b2', [spots[2]!], {
      heightMeters: '30',
      yearBuilt: 2010,
      heritage: false,
      结构: '框架',
      note: { a: 1 },
    }),
  ];

  it('writes one row per feature id with typed values and Chinese text intact', async () => {
    const { glbs, report } = await tileToTemp(collection(features));
    expect(glbs.size).toBe(1);
    const glb = [...glbs.values()][0]!;
    const metadata = glb.json.extensions.EXT_structural_metadata;
    const properties = metadata.schema.classes.building.properties;
    expect(properties.id).toEqual({ type: 'STRING' });
    expect(properties.heightMeters).toEqual({ type: 'SCALAR', componentType: 'FLOAT64' });
    expect(properties.floors).toEqual({ type: 'SCALAR', componentType: 'UINT16', noData: 65_535 });
    expect(properties.yearBuilt).toMatchObject({ componentType: 'UINT16', noData: 65_535 });
    expect(properties.ratio).toMatchObject({ componentType: 'FLOAT64' });
    expect(properties.heritage).toEqual({ type: 'BOOLEAN' });
    expect(properties.heightMeters_2).toBeUndefined();
    const structureId = report.renamedProperties.结构!;
    expect(properties[structureId]).toEqual({ name: '结构', type: 'STRING' });

    // Rows follow the tile's order (most significant first); look them up by id.
    const rows = glb.propertyTable();
    const byId = new Map(rows.map((row) => [row.id, row]));
    expect(byId.get('b0')).toMatchObject({
      heightMeters: 12.5,
      floors: 4,
      name: '驻马店市第一中学 教学楼',
      yearBuilt: 1985,
    });
    expect(byId.get('b0')![structureId]).toBe('砖混');
    expect(byId.get('from-properties')).toMatchObject({
      heightMeters: 18,
      floors: 6,
      yearBuilt: 65_535,
      heritage: false,
    });
    expect(byId.get('from-properties')![structureId]).toBe('');
    expect(byId.get('b2')).toMatchObject({ heightMeters: 30, floors: 65_535, name: '', note: '{"a":1}' });
  });

  it('ties every vertex to the row of the building it belongs to', async () => {
    const { glbs } = await tileToTemp(collection(features));
    const glb = [...glbs.values()][0]!;
    const rows = glb.propertyTable();
    const featureIds = glb.attribute('_FEATURE_ID_0');
    const positions = glb.attribute('POSITION');
    const mesh = glb.json.meshes[0].primitives[0];
    expect(mesh.extensions.EXT_mesh_features.featureIds).toEqual([{ featureCount: 3, attribute: 0, propertyTable: 0 }]);
    // Buildings sit ~93 m apart along east (x); each vertex's x tells which building it is.
    for (let v = 0; v < featureIds.length; v++) {
      const row = rows[featureIds[v]!]!;
      const expectedX = { b0: -93.5, 'from-properties': 0, b2: 93.5 }[row.id as string]!;
      expect(Math.abs(positions[v * 3]! - expectedX)).toBeLessThan(5.5);
      const heightMeters = row.heightMeters as number;
      expect(positions[v * 3 + 1]!).toBeLessThanOrEqual(heightMeters + 1e-3);
    }
  });
});
