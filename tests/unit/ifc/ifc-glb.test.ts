// The IFC glb's property table: one row per feature, one "Set.Property" column per property found on any element,
// missing cells empty, and two sets whose names join to the same column ("A.B" + "C", "A" + "B.C") kept in one.
import { describe, expect, it } from 'vitest';
import type { ElementMeshes } from '../../../src/data/ifc/element-meshes.ts';
import { ifcGlb } from '../../../src/data/ifc/ifc-glb.ts';
import type { IfcElementInfo } from '../../../src/data/ifc/element-reader.ts';
import { readGlb } from '../tiler/glb-reader.ts';

const element = (
  expressId: number,
  propertySets: IfcElementInfo['propertySets'],
  quantities: IfcElementInfo['quantities'] = {},
): IfcElementInfo => ({
  expressId,
  globalId: `g${expressId}`,
  ifcClass: 'IfcWall',
  name: `wall ${expressId}`,
  propertySets,
  quantities,
});

const meshes = (features: number): ElementMeshes => ({
  expressIds: Array.from({ length: features }, (_, i) => i + 1),
  groups: [
    {
      color: [1, 1, 1, 1],
      positions: new Float32Array(features * 9),
      normals: new Float32Array(features * 9),
      indices: Uint32Array.from({ length: features * 3 }, (_, i) => i),
      featureIds: Float32Array.from({ length: features * 3 }, (_, i) => Math.floor(i / 3)),
    },
  ],
  originIfc: [0, 0, 0],
  featureBounds: new Float64Array(features * 6),
  featureVertexCounts: new Uint32Array(features).fill(3),
});

describe('IFC glb property table', () => {
  it('has a column per property over all elements, with missing cells empty', () => {
    const elements = [
      element(
        1,
        { Pset_WallCommon: { IsExternal: true, FireRating: 'REI60' } },
        { Qto_WallBaseQuantities: { Length: 4.5 } },
      ),
      element(2, { Pset_WallCommon: { FireRating: 'REI90' }, 自定义: { 材料: '砖' } }),
      element(3, {}),
    ];
    const glb = readGlb(ifcGlb({ elements, meshes: meshes(3) }));
    const rows = glb.propertyTable(0);
    const properties = glb.json.extensions.EXT_structural_metadata.schema.classes.ifcElement.properties;
    const column = (name: string) => {
      const id = Object.keys(properties).find((key) => key === name || properties[key].name === name)!;
      return rows.map((row) => row[id]);
    };
    expect(rows.map((row) => row.GlobalId)).toEqual(['g1', 'g2', 'g3']);
    expect(column('Pset_WallCommon.FireRating')).toEqual(['REI60', 'REI90', '']);
    expect(column('Qto_WallBaseQuantities.Length')[0]).toBe(4.5);
    expect(column('自定义.材料')).toEqual(['', '砖', '']);
    // A boolean with missing rows is stored as text, BOOLEAN having no "no data" value.
    expect(column('Pset_WallCommon.IsExternal')).toEqual(['true', '', '']);
  });

  it('keeps both sets whose names join to the same column', () => {
    const elements = [element(1, { 'A.B': { C: 'first' } }), element(2, { A: { 'B.C': 'second' } })];
    const glb = readGlb(ifcGlb({ elements, meshes: meshes(2) }));
    const properties = glb.json.extensions.EXT_structural_metadata.schema.classes.ifcElement.properties;
    const ids = Object.keys(properties).filter((id) => (properties[id].name ?? id) === 'A.B.C');
    expect(ids).toHaveLength(1);
    expect(glb.propertyTable(0).map((row) => row[ids[0]!])).toEqual(['first', 'second']);
  });
});
