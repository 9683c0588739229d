// Scheme A's IFC4 file opens in web-ifc 0.0.78, every element streams a mesh, and the georeferencing reads back
// as written and puts the model inside its renewal unit.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  IfcAPI,
  IFCBUILDING,
  IFCBUILDINGELEMENTPROXY,
  IFCBUILDINGSTOREY,
  IFCMAPCONVERSION,
  IFCPROJECT,
  IFCPROJECTEDCRS,
  IFCPROPERTYSET,
  IFCSITE,
  IFCSLAB,
  IFCWALL,
} from 'web-ifc';
import { localToGrid } from '../../../tools/sample/frame.ts';
import { IFC_GUID_PATTERN, compressGuid } from '../../../tools/sample/ifc-guid.ts';
import { mapConversionOf } from '../../../tools/sample/ifc-scheme.ts';
import { real, str } from '../../../tools/sample/ifc-step.ts';
import { containsPoint, sample } from './fixture.ts';

const text = sample().files.get('assets/sample/scheme-a.ifc')!;
const api = new IfcAPI();
let model = -1;

beforeAll(async () => {
  api.SetWasmPath(join(import.meta.dirname, '../../../node_modules/web-ifc/'), true);
  await api.Init();
  model = api.OpenModel(new TextEncoder().encode(text));
});
afterAll(() => api.CloseModel(model));

const count = (type: number) => api.GetLineIDsWithType(model, type).size();
const first = (type: number) => api.GetLine(model, api.GetLineIDsWithType(model, type).get(0));

describe('STEP encoding', () => {
  it('writes reals with a decimal point and strings with \\X2\\ escapes', () => {
    expect([real(1), real(0.5), real(-2), real(1e-7), real(3650947.06)]).toEqual([
      '1.',
      '0.5',
      '-2.',
      '1.E-07',
      '3650947.06',
    ]);
    expect(str("it's a\\b")).toBe("'it''s a\\\\b'");
    expect(str('方案A')).toBe("'\\X2\\65B96848\\X0\\A'");
  });

  it('compresses GUIDs to 22 IFC base-64 characters', () => {
    expect(compressGuid(new Uint8Array(16))).toBe('0000000000000000000000');
    expect(compressGuid(new Uint8Array(16).fill(255))).toBe('3$$$$$$$$$$$$$$$$$$$$$');
  });
});

describe('scheme A in web-ifc', () => {
  it('has the project → site → buildings → storeys hierarchy, with units in metres', () => {
    expect(text.includes("FILE_SCHEMA(('IFC4'))")).toBe(true);
    expect(count(IFCPROJECT)).toBe(1);
    expect(count(IFCSITE)).toBe(1);
    expect(count(IFCBUILDING)).toBe(sample().district.schemes.a.length);
    expect(count(IFCBUILDINGSTOREY)).toBeGreaterThan(50);
    expect(/IFCSIUNIT\(\*,\.LENGTHUNIT\.,\$,\.METRE\.\)/.test(text)).toBe(true);
    const names = api.GetLineIDsWithType(model, IFCBUILDING);
    expect(api.GetLine(model, names.get(0)).Name.value).toBe('A1号楼');
    expect(count(IFCPROPERTYSET)).toBeGreaterThan(10);
  });

  it('gives every element valid, unique GlobalIds', () => {
    const rooted =
      /^#\d+=IFC(?:PROJECT|SITE|BUILDING|BUILDINGSTOREY|WALL|SLAB|BUILDINGELEMENTPROXY|PROPERTYSET|REL\w+)\('([^']*)',/gm;
    const ids = [...text.matchAll(rooted)].map((m) => m[1]!);
    expect(ids.length).toBeGreaterThan(500);
    for (const id of ids) expect(IFC_GUID_PATTERN.test(id), id).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('streams a non-empty mesh for every wall, slab and proxy', () => {
    const elements = count(IFCWALL) + count(IFCSLAB) + count(IFCBUILDINGELEMENTPROXY);
    expect(count(IFCWALL)).toBeGreaterThan(100);
    const meshes = new Set<number>();
    let emptyGeometries = 0;
    api.StreamAllMeshes(model, (mesh) => {
      meshes.add(mesh.expressID);
      for (let i = 0; i < mesh.geometries.size(); i++) {
        const geometry = api.GetGeometry(model, mesh.geometries.get(i).geometryExpressID);
        if (geometry.GetIndexDataSize() === 0) emptyGeometries++;
        geometry.delete();
      }
    });
    expect(meshes.size).toBe(elements);
    expect(emptyGeometries).toBe(0);
  });

  it('reads back the IfcMapConversion and IfcProjectedCRS it was written with', () => {
    const expected = mapConversionOf(sample().district.schemes.frame);
    const conversion = first(IFCMAPCONVERSION);
    expect({
      eastings: conversion.Eastings.value,
      northings: conversion.Northings.value,
      orthogonalHeight: conversion.OrthogonalHeight.value,
      xAxisAbscissa: conversion.XAxisAbscissa.value,
      xAxisOrdinate: conversion.XAxisOrdinate.value,
      scale: conversion.Scale.value,
    }).toEqual(expected);
    expect(Math.abs(Math.atan2(expected.xAxisOrdinate, expected.xAxisAbscissa))).toBeGreaterThan(0.01); // a real rotation
    const crs = first(IFCPROJECTEDCRS);
    expect(crs.Name.value).toBe('EPSG:4547');
  });

  it('places the model inside its renewal unit when georeferenced (DESIGN §4.6)', () => {
    const { district } = sample();
    const c = mapConversionOf(district.schemes.frame);
    const unit = district.units.find((u) => u.spec.id === district.schemes.unitId)!.polygon.map(localToGrid);
    let vertices = 0;
    api.StreamAllMeshes(model, (mesh) => {
      for (let i = 0; i < mesh.geometries.size(); i++) {
        const placed = mesh.geometries.get(i);
        const geometry = api.GetGeometry(model, placed.geometryExpressID);
        const data = api.GetVertexArray(geometry.GetVertexData(), geometry.GetVertexDataSize());
        const m = placed.flatTransformation;
        for (let v = 0; v < data.length; v += 6 * 7) {
          const [px, py, pz] = [data[v]!, data[v + 1]!, data[v + 2]!];
          // web-ifc is y-up: model (x, y, z) = (X, -Z, Y) of the transformed vertex.
          const X = m[0]! * px + m[4]! * py + m[8]! * pz + m[12]!;
          const Z = m[2]! * px + m[6]! * py + m[10]! * pz + m[14]!;
          const [x, y] = [X, -Z];
          const e = c.scale * (x * c.xAxisAbscissa - y * c.xAxisOrdinate) + c.eastings;
          const n = c.scale * (x * c.xAxisOrdinate + y * c.xAxisAbscissa) + c.northings;
          expect(containsPoint(unit, [e, n])).toBe(true);
          vertices++;
        }
        geometry.delete();
      }
    });
    expect(vertices).toBeGreaterThan(100);
  });
});
