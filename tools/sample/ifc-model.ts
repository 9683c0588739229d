// Building blocks of an IFC4 model on top of the STEP writer: placements, extruded bodies, spatial relations and
// property sets. Points and directions are shared, so the file stays compact.
import { guidFactory } from './ifc-guid.ts';
import { enumeration, list, NULL, real, reals, ref, refs, str, StepFile, type StepValue } from './ifc-step.ts';
import type { Rng } from './prng.ts';

export type Xyz = [number, number, number];

export class IfcModel {
  readonly file = new StepFile();
  readonly newGuid: () => string;
  private readonly points = new Map<string, number>();
  private readonly directions = new Map<string, number>();
  /** Set once the geometric context exists. */
  bodyContext = 0;

  constructor(rng: Rng) {
    this.newGuid = guidFactory(rng);
  }

  guid(): StepValue {
    return str(this.newGuid());
  }

  point(coordinates: readonly number[]): number {
    return cached(this.points, coordinates, () => this.file.add('IFCCARTESIANPOINT', reals(coordinates)));
  }

  direction(ratios: readonly number[]): number {
    return cached(this.directions, ratios, () => this.file.add('IFCDIRECTION', reals(ratios)));
  }

  /** An axis placement at `location`, its x axis along `xAxis` (horizontal), z up. */
  axes(location: Xyz, xAxis: [number, number] = [1, 0]): number {
    return this.file.add(
      'IFCAXIS2PLACEMENT3D',
      ref(this.point(location)),
      ref(this.direction([0, 0, 1])),
      ref(this.direction([xAxis[0], xAxis[1], 0])),
    );
  }

  placement(relativeTo: number | undefined, axes: number): number {
    return this.file.add('IFCLOCALPLACEMENT', relativeTo === undefined ? NULL : ref(relativeTo), ref(axes));
  }

  /** A body: a rectangle (centred on `centre`) extruded upwards by `heightMeters`, from z = centre[2]. */
  box(widthMeters: number, depthMeters: number, heightMeters: number, centre: Xyz = [0, 0, 0]): number {
    const position2d = this.file.add('IFCAXIS2PLACEMENT2D', ref(this.point([centre[0], centre[1]])), NULL);
    const profile = this.file.add(
      'IFCRECTANGLEPROFILEDEF',
      enumeration('AREA'),
      NULL,
      ref(position2d),
      real(widthMeters),
      real(depthMeters),
    );
    return this.extrude(profile, centre[2], heightMeters);
  }

  /** A body: a closed polygon (x, y pairs) extruded upwards. */
  prism(outline: readonly [number, number][], baseMeters: number, heightMeters: number): number {
    const ring = [...outline, outline[0]!].map((p) => ref(this.point(p)));
    const curve = this.file.add('IFCPOLYLINE', list(ring));
    const profile = this.file.add('IFCARBITRARYCLOSEDPROFILEDEF', enumeration('AREA'), NULL, ref(curve));
    return this.extrude(profile, baseMeters, heightMeters);
  }

  private extrude(profile: number, baseMeters: number, heightMeters: number): number {
    const solid = this.file.add(
      'IFCEXTRUDEDAREASOLID',
      ref(profile),
      ref(this.axes([0, 0, baseMeters])),
      ref(this.direction([0, 0, 1])),
      real(heightMeters),
    );
    const representation = this.file.add(
      'IFCSHAPEREPRESENTATION',
      ref(this.bodyContext),
      str('Body'),
      str('SweptSolid'),
      refs([solid]),
    );
    return this.file.add('IFCPRODUCTDEFINITIONSHAPE', NULL, NULL, refs([representation]));
  }

  /** An IfcWall / IfcSlab / IfcBuildingElementProxy (IFC4: nine attributes, the last the predefined type). */
  element(type: string, name: string, placement: number, shape: number, predefinedType: string): number {
    return this.file.add(
      type,
      this.guid(),
      NULL,
      str(name),
      NULL,
      NULL,
      ref(placement),
      ref(shape),
      NULL,
      enumeration(predefinedType),
    );
  }

  aggregate(parent: number, children: readonly number[]): void {
    this.file.add('IFCRELAGGREGATES', this.guid(), NULL, NULL, NULL, ref(parent), refs(children));
  }

  contain(structure: number, elements: readonly number[]): void {
    this.file.add('IFCRELCONTAINEDINSPATIALSTRUCTURE', this.guid(), NULL, NULL, NULL, refs(elements), ref(structure));
  }

  /** A property set of single values, attached to `objects`. Values are typed, e.g. typed('IfcLabel', str('…')). */
  propertySet(name: string, properties: readonly [string, StepValue][], objects: readonly number[]): number {
    const ids = properties.map(([property, value]) =>
      this.file.add('IFCPROPERTYSINGLEVALUE', str(property), NULL, value, NULL),
    );
    const set = this.file.add('IFCPROPERTYSET', this.guid(), NULL, str(name), NULL, refs(ids));
    this.file.add('IFCRELDEFINESBYPROPERTIES', this.guid(), NULL, NULL, NULL, refs(objects), ref(set));
    return set;
  }
}

function cached(cache: Map<string, number>, values: readonly number[], make: () => number): number {
  const key = values.join(',');
  let id = cache.get(key);
  if (id === undefined) {
    id = make();
    cache.set(key, id);
  }
  return id;
}
