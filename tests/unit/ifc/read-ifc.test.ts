// Reading real IFC files: one feature per element with a body, properties and storeys, the spatial tree, and
// georeferencing checked against an independent proj4 computation of the file's own IfcMapConversion.
import { readFileSync } from 'node:fs';
import proj4 from 'proj4';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { IfcAPI } from 'web-ifc';
import { geodeticToEcef, ecefToGeodetic, type Vec3 } from '../../../src/geometry/ellipsoid.ts';
import { IfcLoadCancelled } from '../../../src/data/ifc/load-cancelled.ts';
import { convertIfc } from '../../../src/data/ifc/convert-ifc.ts';
import { readIfc, readIfcElements, type IfcModelData } from '../../../src/data/ifc/read-ifc.ts';
import type { SpatialNode } from '../../../src/data/ifc/spatial-tree.ts';
import { manualPlacementOf, raiseModelMatrix } from '../../../src/data/ifc/georeference.ts';
import { readGlb } from '../tiler/glb-reader.ts';
import {
  bytesOf,
  elementsWithBody,
  haveSamples,
  ifcEngine,
  SAMPLES,
  SCHEME_A,
  SHARED_FILES,
  textBytes,
} from './fixtures.ts';

let api: IfcAPI;
beforeAll(async () => {
  api = await ifcEngine();
});

const apply = (m: number[], [x, y, z]: number[]): Vec3 =>
  [0, 1, 2].map((i) => m[i]! * x! + m[4 + i]! * y! + m[8 + i]! * z! + m[12 + i]!) as Vec3;

/** The 8 corners of every feature's bounds, in model coordinates (IFC axes relative to the origin). */
function corners(data: IfcModelData): number[][] {
  const out: number[][] = [];
  const b = data.meshes.featureBounds;
  for (let f = 0; f < b.length / 6; f++) {
    for (let k = 0; k < 8; k++)
      out.push([b[f * 6 + (k & 1 ? 3 : 0)]!, b[f * 6 + 1 + (k & 2 ? 3 : 0)]!, b[f * 6 + 2 + (k & 4 ? 3 : 0)]!]);
  }
  return out;
}

const countFeatures = (node: SpatialNode): number =>
  node.features.length + node.children.reduce((n, c) => n + countFeatures(c), 0);

describe('scheme A (IFC4, IfcMapConversion to EPSG:4547)', () => {
  let data: IfcModelData;
  beforeAll(() => {
    data = readIfc(api, bytesOf(SCHEME_A), 'scheme-a.ifc');
  });

  it('makes one feature per element with a body', () => {
    expect(new Set(data.meshes.expressIds)).toEqual(elementsWithBody(api, bytesOf(SCHEME_A)));
    expect(data.elements).toHaveLength(data.meshes.expressIds.length);
    const perVertex = new Set(data.meshes.groups.flatMap((g) => [...new Set(g.featureIds)]));
    expect(perVertex.size).toBe(data.elements.length);
    const counted = new Uint32Array(data.elements.length);
    for (const group of data.meshes.groups) for (const f of group.featureIds) counted[f]!++;
    expect(data.meshes.featureVertexCounts).toEqual(counted);
  });

  it('lands within 0.5 m of an independent proj4 computation of its IfcMapConversion', () => {
    const text = readFileSync(SCHEME_A, 'latin1');
    const [, crs] = /IFCPROJECTEDCRS\('EPSG:(\d+)'/.exec(text)!;
    const numbers = /IFCMAPCONVERSION\(#\d+,#\d+,([^)]*)\)/.exec(text)![1]!.split(',').map(Number);
    const [e0, n0, h0, abscissa, ordinate, scale] = numbers as [number, number, number, number, number, number];
    expect(crs).toBe('4547');
    const tm = proj4('+proj=tmerc +lat_0=0 +lon_0=114 +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m', 'WGS84');
    const theta = Math.atan2(ordinate, abscissa);
    expect(data.placement.placedBy).toBe('map-conversion');
    expect(data.placement.crs).toBe('EPSG:4547');
    let worst = 0;
    for (const local of corners(data)) {
      const [x, y, z] = local.map((v, i) => v + data.meshes.originIfc[i]!) as Vec3;
      const e = scale * (x * Math.cos(theta) - y * Math.sin(theta)) + e0;
      const n = scale * (x * Math.sin(theta) + y * Math.cos(theta)) + n0;
      const [lon, lat] = tm.forward([e, n]);
      const expected = geodeticToEcef(lon!, lat!, z + h0);
      const actual = apply(data.placement.modelMatrix, local);
      worst = Math.max(worst, Math.hypot(...expected.map((v, i) => v - actual[i]!)));
    }
    expect(worst).toBeLessThan(0.5);
    const [lon, lat] = data.placement.origin;
    expect(lon).toBeCloseTo(114.0177, 3);
    expect(lat).toBeCloseTo(32.9836, 3);
  });

  it('keeps vertices near the origin (float32-safe) with the placement in float64', () => {
    for (const group of data.meshes.groups) for (const v of group.positions) expect(Math.abs(v)).toBeLessThan(1000);
    expect(data.placement.modelMatrix.slice(12, 15).every((v) => Math.abs(v) > 1e5)).toBe(true);
  });

  it('reads class, name, GlobalId, storey, property sets and buildings', () => {
    const slab = data.elements.find((e) => e.ifcClass === 'IfcSlab')!;
    expect(slab.globalId).toMatch(/^[0-9A-Za-z_$]{22}$/);
    expect(slab.storey).toBe('1F');
    expect(slab.propertySets.Pset_SlabCommon).toMatchObject({ LoadBearing: true });
    expect(data.buildings.map((b) => b.name)).toContain('A1号楼');
    // Each building's own property sets: its use and storeys (what the sunlight impact reads for new housing).
    expect(data.buildings.find((b) => b.name === 'A1号楼')!.propertySets.Pset_BuildingCommon).toMatchObject({
      OccupancyType: '居住',
      NumberOfStoreys: 18,
    });
    expect(data.buildings.reduce((n, b) => n + b.features.length, 0)).toBe(data.elements.length);
    expect(new Set(data.elements.map((e) => e.globalId)).size).toBe(data.elements.length);
  });

  it('builds the spatial tree Project → Site → Building → Storey with every feature once', () => {
    expect(data.tree.ifcClass).toBe('IfcProject');
    const site = data.tree.children[0]!;
    expect(site.ifcClass).toBe('IfcSite');
    expect(site.children.map((b) => b.ifcClass)).toEqual(data.buildings.map(() => 'IfcBuilding'));
    expect(site.children[0]!.children[0]!.ifcClass).toBe('IfcBuildingStorey');
    expect(countFeatures(data.tree)).toBe(data.elements.length);
  });

  it('reports progress through the phases, never going back, and can be cancelled', () => {
    for (const path of [SCHEME_A, ...(haveSamples ? SHARED_FILES.map((file) => SAMPLES + file) : [])]) {
      const phases: string[] = [];
      const geometry: number[] = [];
      readIfc(api, bytesOf(path), path, {
        placement: { lon: 114, lat: 33, heightMeters: 0, headingDeg: 0 },
        onProgress: (phase, f) => {
          phases.push(`${phase}:${f === 1 ? 1 : 'part'}`);
          if (phase === 'geometry') geometry.push(f);
        },
      });
      expect(phases[0]).toBe('parse:part');
      expect(phases.at(-1)).toBe('properties:1');
      expect(geometry.length).toBeGreaterThan(1);
      expect(
        geometry.every((f, i) => f > 0 && f <= 1 && (i === 0 || f >= geometry[i - 1]!)),
        `${path}: ${geometry.join(' ')}`,
      ).toBe(true);
      // Real progress: not full while a quarter of the elements is still to come (scheme A's storeys share shapes,
      // so a count of shapes would fill the bar at a few per cent), and not stuck low either.
      expect(
        geometry.slice(0, Math.floor(geometry.length * 0.75)).every((f) => f < 0.99),
        path,
      ).toBe(true);
      expect(geometry.at(-1), path).toBeGreaterThan(0.5);
    }
    let calls = 0;
    expect(() => readIfc(api, bytesOf(SCHEME_A), 'scheme-a.ifc', { isCancelled: () => ++calls > 50 })).toThrow(
      IfcLoadCancelled,
    );
  });

  it('counts the elements to stream only for a progress listener (ifc2tiles has none)', () => {
    const counted = vi.spyOn(api, 'GetAllTypesOfModel');
    try {
      readIfcElements(api, bytesOf(SCHEME_A), 'scheme-a.ifc');
      expect(counted).not.toHaveBeenCalled();
      readIfcElements(api, bytesOf(SCHEME_A), 'scheme-a.ifc', { onProgress: () => {} });
      expect(counted).toHaveBeenCalledOnce();
    } finally {
      counted.mockRestore();
    }
  });

  it('hands over the drawable geometry before reading the properties, and a lean glb with it', () => {
    const events: string[] = [];
    let geometryGlb: Uint8Array | undefined;
    const details = convertIfc(
      api,
      bytesOf(SCHEME_A),
      'scheme-a.ifc',
      {
        onProgress: (phase) => events.push(phase),
      },
      (geometry) => {
        events.push('geometry-ready');
        geometryGlb = geometry.glb;
        expect(geometry.placement.placedBy).toBe('map-conversion');
      },
    );
    // The hand-over comes after every geometry progress report and before the properties are read.
    const handOver = events.indexOf('geometry-ready');
    expect(events.lastIndexOf('geometry')).toBeLessThan(handOver);
    expect(events.slice(handOver + 1)).toContain('properties');
    expect(events.slice(handOver + 1).every((phase) => phase === 'properties')).toBe(true);
    const glb = readGlb(geometryGlb!);
    const columns = Object.keys(glb.json.extensions.EXT_structural_metadata.schema.classes.ifcElement.properties);
    expect(columns.sort()).toEqual(['GlobalId', 'Name', 'ifcClass', 'storey']);
    expect(glb.propertyTable(0).map((row) => row.GlobalId)).toEqual(details.elements.map((e) => e.globalId));
    // The properties come with the details.
    expect(details.elements.some((e) => Object.keys(e.propertySets).length > 0)).toBe(true);
  });

  it('lets a manual placement win over the file', () => {
    const placement = { lon: 120, lat: 30, heightMeters: 10, headingDeg: 90 };
    const moved = readIfc(api, bytesOf(SCHEME_A), 'scheme-a.ifc', { placement });
    expect(moved.placement.placedBy).toBe('manual');
    // The IFC origin goes to the given point; heading 90° turns the model's +Y axis to the east.
    const originEcef = apply(
      moved.placement.modelMatrix,
      moved.meshes.originIfc.map((v) => -v),
    );
    const [lon, lat, h] = ecefToGeodetic(...originEcef);
    expect([lon, lat, h].map((v) => +v.toFixed(6))).toEqual([120, 30, 10]);
    const yAxis = moved.placement.modelMatrix.slice(4, 7);
    const east = [-Math.sin((120 * Math.PI) / 180), Math.cos((120 * Math.PI) / 180), 0];
    expect(yAxis.reduce((s, v, i) => s + v * east[i]!, 0)).toBeCloseTo(1, 6);
    // The placement form starts from the placement that reproduces the matrix.
    const back = manualPlacementOf(moved.placement.modelMatrix, moved.meshes.originIfc);
    expect(back.lon).toBeCloseTo(120, 9);
    expect(back.lat).toBeCloseTo(30, 9);
    expect(back.heightMeters).toBeCloseTo(10, 4);
    expect(back.headingDeg).toBeCloseTo(90, 6);
  });

  it('moves a model between vertical datums along its local vertical', () => {
    const lowered = raiseModelMatrix(data.placement.modelMatrix, -83.69);
    const [lon, lat, h] = ecefToGeodetic(lowered[12]!, lowered[13]!, lowered[14]!);
    expect(lon).toBeCloseTo(data.placement.origin[0], 9);
    expect(lat).toBeCloseTo(data.placement.origin[1], 9);
    expect(h).toBeCloseTo(data.placement.origin[2] - 83.69, 6);
    expect(lowered.slice(0, 12)).toEqual(data.placement.modelMatrix.slice(0, 12));
  });
});

describe.runIf(haveSamples)('third-party files (../shared/samples/ifc)', () => {
  it.each(SHARED_FILES)('%s: every element with a body becomes exactly one feature', (file) => {
    const bytes = bytesOf(SAMPLES + file);
    const data = readIfc(api, bytes, file, {
      fallbackPlacement: { lon: 114, lat: 33, heightMeters: 0, headingDeg: 0 },
    });
    expect(new Set(data.meshes.expressIds)).toEqual(elementsWithBody(api, bytes));
    expect(data.meshes.expressIds.length).toBeGreaterThan(0);
    expect(countFeatures(data.tree)).toBeGreaterThanOrEqual(data.elements.length - 1); // an IfcSite's own shape sits on its node
  });

  it('places an IFC2X3 file by IfcSite RefLatitude/RefLongitude when it has no map conversion', () => {
    const data = readIfc(api, bytesOf(`${SAMPLES}duplex.ifc`), 'duplex.ifc');
    expect(data.placement.placedBy).toBe('site');
    // (41, 52, 27, 840000), (-87, -38, -21, -839999): the IFC origin is there
    const origin = ecefToGeodetic(
      ...apply(
        data.placement.modelMatrix,
        data.meshes.originIfc.map((v) => -v),
      ),
    );
    expect(origin[1]).toBeCloseTo(41 + 52 / 60 + 27.84 / 3600, 7);
    expect(origin[0]).toBeCloseTo(-(87 + 38 / 60 + 21.839999 / 3600), 7);
  });

  it('reads IFC2X3 ePset_MapConversion / ePSet_ProjectedCRS', () => {
    const text = readFileSync(`${SAMPLES}duplex.ifc`, 'latin1');
    const values: [string, string][] = [
      ['Eastings', '501650.'],
      ['Northings', '3650947.'],
      ['OrthogonalHeight', '80.'],
      ['XAxisAbscissa', '1.'],
      ['XAxisOrdinate', '0.'],
    ];
    const props = values.map(
      ([name, v], i) => `#${900001 + i}=IFCPROPERTYSINGLEVALUE('${name}',$,IFCLENGTHMEASURE(${v}),$);`,
    );
    const extra = [
      ...props,
      `#900010=IFCPROPERTYSET('0aaaaaaaaaaaaaaaaaaaa1',#33,'ePset_MapConversion',$,(${values.map((_, i) => `#${900001 + i}`).join(',')}));`,
      "#900011=IFCPROPERTYSINGLEVALUE('Name',$,IFCLABEL('EPSG:4547'),$);",
      "#900012=IFCPROPERTYSET('0aaaaaaaaaaaaaaaaaaaa2',#33,'ePSet_ProjectedCRS',$,(#900011));",
      "#900013=IFCRELDEFINESBYPROPERTIES('0aaaaaaaaaaaaaaaaaaaa3',#33,$,$,(#34),#900010);",
      "#900014=IFCRELDEFINESBYPROPERTIES('0aaaaaaaaaaaaaaaaaaaa4',#33,$,$,(#34),#900012);",
    ].join('\n');
    const patched = text.replace(/ENDSEC;\s*END-ISO-10303-21;\s*$/, `${extra}\nENDSEC;\nEND-ISO-10303-21;\n`);
    const data = readIfc(api, textBytes(patched), 'duplex-georef.ifc');
    expect(data.placement.placedBy).toBe('map-conversion');
    const [lon, lat] = proj4('+proj=tmerc +lat_0=0 +lon_0=114 +k=1 +x_0=500000 +y_0=0 +ellps=GRS80', 'WGS84').forward([
      501650, 3650947,
    ]);
    const origin = ecefToGeodetic(
      ...apply(
        data.placement.modelMatrix,
        data.meshes.originIfc.map((v) => -v),
      ),
    );
    expect(origin[0]).toBeCloseTo(lon!, 7);
    expect(origin[1]).toBeCloseTo(lat!, 7);
    expect(origin[2]).toBeCloseTo(80, 3);
  });

  it('keeps the millimetres of a model whose site stands 3 800 km from its IFC origin', () => {
    const text = readFileSync(`${SAMPLES}AC20-FZK-Haus.ifc`, 'latin1');
    // The site's placement (#114) moved to Gauss–Krüger-sized coordinates; everything else stands on it.
    const moved = text
      .replace('#114= IFCAXIS2PLACEMENT3D(#112,', '#114= IFCAXIS2PLACEMENT3D(#900100,')
      .replace(
        /ENDSEC;\s*END-ISO-10303-21;\s*$/,
        '#900100= IFCCARTESIANPOINT((501650.125,3650947.375,80.5));\nENDSEC;\nEND-ISO-10303-21;\n',
      );
    const placement = { lon: 114, lat: 33, heightMeters: 0, headingDeg: 0 };
    const near = readIfcElements(api, textBytes(text), 'near.ifc', { placement });
    const far = readIfcElements(api, textBytes(moved), 'far.ifc', { placement });
    expect(far.meshes.originIfc.map((v, c) => v - near.meshes.originIfc[c]!)).toEqual(
      [501650.125, 3650947.375, 80.5].map((v) => expect.closeTo(v, 6)),
    );
    const largestError = (a: ArrayLike<number>, b: ArrayLike<number>) =>
      Math.max(...Array.from(a, (v, i) => Math.abs(v - b[i]!)));
    expect(far.meshes.groups).toHaveLength(near.meshes.groups.length);
    // web-ifc itself cuts one opening's triangles slightly differently that far out: compare the groups it did not.
    const same = far.meshes.groups.filter(
      (group, g) => group.positions.length === near.meshes.groups[g]!.positions.length,
    );
    expect(same.length).toBeGreaterThanOrEqual(near.meshes.groups.length - 1);
    same.forEach((group) =>
      expect(
        largestError(group.positions, near.meshes.groups[far.meshes.groups.indexOf(group)]!.positions),
      ).toBeLessThan(0.001),
    );
    expect(largestError(far.meshes.featureBounds, near.meshes.featureBounds)).toBeLessThan(0.001);
  });
});
