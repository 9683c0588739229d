// Triangle meshes for pipes and wells, written straight into typed arrays: a tube (circle section) or a box (rect
// section) along each piece of a pipe's axis, a vertical cylinder for each well. One Geometry per pipe keeps it
// pickable on its own while a Primitive batches thousands of them into a few draw calls.
import {
  BoundingSphere,
  Cartesian3,
  ComponentDatatype,
  Ellipsoid,
  Geometry,
  GeometryAttribute,
  GeometryAttributes,
  PrimitiveType,
} from 'cesium';

export interface TubeSpec {
  /** Axis points, ECEF metres. */
  axis: Cartesian3[];
  widthM: number;
  heightM: number;
  section: 'circle' | 'rect';
}

const CIRCLE_SIDES = 8;
const scratchUp = new Cartesian3();

export function tubeGeometry(spec: TubeSpec): Geometry {
  const pieces = spec.axis.length - 1;
  const ringSize = spec.section === 'circle' ? CIRCLE_SIDES : 8; // a box ring repeats each corner for flat faces
  const positions = new Float64Array(pieces * ringSize * 2 * 3);
  const normals = new Float32Array(positions.length);
  const indices = new Uint16Array(pieces * (spec.section === 'circle' ? CIRCLE_SIDES : 4) * 6);
  let v = 0;
  let n = 0;
  for (let k = 0; k < pieces; k++) {
    const a = spec.axis[k]!;
    const b = spec.axis[k + 1]!;
    const frame = crossFrame(a, b);
    const base = v;
    for (const end of [a, b]) {
      for (const [ox, oy, nx, ny] of sectionOutline(spec)) {
        const offset = (i: 0 | 1 | 2) => frame.side[i] * ox + frame.up[i] * oy;
        positions.set([end.x + offset(0), end.y + offset(1), end.z + offset(2)], v * 3);
        normals.set(
          [
            frame.side[0] * nx + frame.up[0] * ny,
            frame.side[1] * nx + frame.up[1] * ny,
            frame.side[2] * nx + frame.up[2] * ny,
          ],
          v * 3,
        );
        v++;
      }
    }
    const faces = spec.section === 'circle' ? CIRCLE_SIDES : 4;
    for (let f = 0; f < faces; f++) {
      const [i0, i1] = spec.section === 'circle' ? [f, (f + 1) % CIRCLE_SIDES] : [2 * f, 2 * f + 1];
      const [p0, p1, q0, q1] = [base + i0, base + i1, base + ringSize + i0, base + ringSize + i1];
      indices.set([p0, q0, p1, p1, q0, q1], n);
      n += 6;
    }
  }
  const attributes = new GeometryAttributes();
  attributes.position = new GeometryAttribute({
    componentDatatype: ComponentDatatype.DOUBLE,
    componentsPerAttribute: 3,
    values: positions,
  });
  attributes.normal = new GeometryAttribute({
    componentDatatype: ComponentDatatype.FLOAT,
    componentsPerAttribute: 3,
    values: normals,
  });
  return new Geometry({
    attributes,
    indices,
    primitiveType: PrimitiveType.TRIANGLES,
    boundingSphere: BoundingSphere.fromPoints(spec.axis),
  });
}

/** Offsets (x along `side`, y along `up`) and outward normals of the section outline. */
function sectionOutline(spec: TubeSpec): [number, number, number, number][] {
  const [hw, hh] = [spec.widthM / 2, spec.heightM / 2];
  if (spec.section === 'circle') {
    return Array.from({ length: CIRCLE_SIDES }, (_, i) => {
      const angle = (i / CIRCLE_SIDES) * 2 * Math.PI;
      return [Math.cos(angle) * hw, Math.sin(angle) * hh, Math.cos(angle), Math.sin(angle)];
    });
  }
  // Top, right, bottom, left faces, each with its own two corners so the normals stay flat.
  return [
    [-hw, hh, 0, 1],
    [hw, hh, 0, 1],
    [hw, hh, 1, 0],
    [hw, -hh, 1, 0],
    [hw, -hh, 0, -1],
    [-hw, -hh, 0, -1],
    [-hw, -hh, -1, 0],
    [-hw, hh, -1, 0],
  ];
}

/** Unit vectors across the axis ab: `side` horizontal, `up` towards the sky (east/north for a vertical axis). */
function crossFrame(a: Cartesian3, b: Cartesian3): { side: [number, number, number]; up: [number, number, number] } {
  const [dx, dy, dz] = normalize([b.x - a.x, b.y - a.y, b.z - a.z]);
  const sky = Ellipsoid.WGS84.geodeticSurfaceNormal(a, scratchUp);
  let side = cross([dx, dy, dz], [sky.x, sky.y, sky.z]);
  if (Math.hypot(...side) < 1e-6) side = cross([dx, dy, dz], [-sky.y, sky.x, 0]); // vertical axis: any horizontal side
  side = normalize(side);
  return { side, up: normalize(cross(side, [dx, dy, dz])) };
}

const cross = (u: number[], w: number[]): [number, number, number] => [
  u[1]! * w[2]! - u[2]! * w[1]!,
  u[2]! * w[0]! - u[0]! * w[2]!,
  u[0]! * w[1]! - u[1]! * w[0]!,
];

function normalize(u: [number, number, number]): [number, number, number] {
  const length = Math.hypot(...u) || 1;
  return [u[0] / length, u[1] / length, u[2] / length];
}
