// Scheme A as an IFC4 file: project (metres), model context georeferenced by IfcMapConversion to EPSG:4547,
// site → buildings → storeys, and per storey a floor slab and four external walls as extruded solids, a roof slab
// and a rooftop plant room (IfcBuildingElementProxy), with Pset_BuildingCommon and the scheme's own indicators.
import { localToGrid, localToLonLat, PROJECTED_CRS_CODE } from './frame.ts';
import { IfcModel } from './ifc-model.ts';
import { bool, DERIVED, enumeration, int, list, NULL, real, ref, refs, str, typed } from './ifc-step.ts';
import type { Rng } from './prng.ts';
import { buildingHeightMeters, type ProposalSchemes, type SchemeBuilding, type SchemeFrame } from './schemes.ts';

export interface MapConversion {
  eastings: number;
  northings: number;
  orthogonalHeight: number;
  xAxisAbscissa: number;
  xAxisOrdinate: number;
  scale: number;
}

const WALL_THICKNESS_METERS = 0.25;
const SLAB_THICKNESS_METERS = 0.2;
const round = (value: number, decimals: number): number => Math.round(value * 10 ** decimals) / 10 ** decimals;

/** DESIGN §4.6: E = s(x cosθ − y sinθ) + Eastings, N = s(x sinθ + y cosθ) + Northings, H = z + OrthogonalHeight. */
export function mapConversionOf(frame: SchemeFrame): MapConversion {
  const [eastings, northings] = localToGrid(frame.origin);
  return {
    eastings: round(eastings, 3),
    northings: round(northings, 3),
    orthogonalHeight: frame.groundElevationM,
    xAxisAbscissa: round(Math.cos(frame.rotationRad), 9),
    xAxisOrdinate: round(Math.sin(frame.rotationRad), 9),
    scale: 1,
  };
}

export function writeSchemeIfc(
  rng: Rng,
  schemes: Omit<ProposalSchemes, 'bPark' | 'bKindergarten'>,
  schemeName: string,
): string {
  const model = new IfcModel(rng);
  const f = model.file;
  const conversion = mapConversionOf(schemes.frame);
  const worldAxes = model.axes([0, 0, 0]);
  // Grid north seen from the model's axes (the model x axis is turned θ from grid east).
  const north = model.direction([conversion.xAxisOrdinate, conversion.xAxisAbscissa]);
  const context = f.add(
    'IFCGEOMETRICREPRESENTATIONCONTEXT',
    NULL,
    str('Model'),
    int(3),
    real(1e-5),
    ref(worldAxes),
    ref(north),
  );
  model.bodyContext = f.add(
    'IFCGEOMETRICREPRESENTATIONSUBCONTEXT',
    str('Body'),
    str('Model'),
    DERIVED,
    DERIVED,
    DERIVED,
    DERIVED,
    ref(context),
    NULL,
    enumeration('MODEL_VIEW'),
    NULL,
  );
  const metre = f.add('IFCSIUNIT', DERIVED, enumeration('LENGTHUNIT'), NULL, enumeration('METRE'));
  const unitIds = [
    metre,
    ...(['AREAUNIT:SQUARE_METRE', 'VOLUMEUNIT:CUBIC_METRE', 'PLANEANGLEUNIT:RADIAN'] as const).map((u) => {
      const [kind, name] = u.split(':') as [string, string];
      return f.add('IFCSIUNIT', DERIVED, enumeration(kind), NULL, enumeration(name));
    }),
  ];
  const units = f.add('IFCUNITASSIGNMENT', refs(unitIds));
  const project = f.add(
    'IFCPROJECT',
    model.guid(),
    NULL,
    str(`${schemes.unitId} ${schemeName}`),
    str('驻马店老城区城市更新示范：拆除新建单元方案'),
    NULL,
    str(schemeName),
    str('方案设计'),
    refs([context]),
    ref(units),
  );
  const crs = f.add(
    'IFCPROJECTEDCRS',
    str(`EPSG:${PROJECTED_CRS_CODE}`),
    str('CGCS2000 / 3-degree Gauss-Kruger CM 114E'),
    str('CGCS2000'),
    str('1985国家高程基准'),
    str('Gauss-Kruger'),
    NULL,
    ref(metre),
  );
  f.add(
    'IFCMAPCONVERSION',
    ref(context),
    ref(crs),
    real(conversion.eastings),
    real(conversion.northings),
    real(conversion.orthogonalHeight),
    real(conversion.xAxisAbscissa),
    real(conversion.xAxisOrdinate),
    real(conversion.scale),
  );

  const [lon, lat] = localToLonLat(schemes.frame.origin);
  const sitePlacement = model.placement(undefined, model.axes([0, 0, 0]));
  const site = f.add(
    'IFCSITE',
    model.guid(),
    NULL,
    str(`${schemes.unitId} 地块`),
    NULL,
    NULL,
    ref(sitePlacement),
    NULL,
    NULL,
    enumeration('ELEMENT'),
    compoundAngle(lat),
    compoundAngle(lon),
    real(conversion.orthogonalHeight),
    NULL,
    NULL,
  );
  model.aggregate(project, [site]);
  const buildings = schemes.a.map((building) => writeBuilding(model, sitePlacement, building, schemes.unitId));
  model.aggregate(site, buildings);
  return f.text({
    description: 'ViewDefinition [ReferenceView_V1.2]',
    fileName: 'scheme-a.ifc',
    timeStamp: '2025-01-01T00:00:00',
    author: 'cim-renewal-viewer sample generator',
    organization: '驻马店老城区城市更新示范（样例数据）',
    preprocessor: 'tools/sample/ifc-step.ts',
    originatingSystem: 'cim-renewal-viewer',
    schema: 'IFC4',
  });
}

function writeBuilding(model: IfcModel, sitePlacement: number, building: SchemeBuilding, unitId: string): number {
  const f = model.file;
  const { widthMeters: w, depthMeters: d, floorHeightMeters: h, floors } = building;
  const placement = model.placement(sitePlacement, model.axes([building.centre[0], building.centre[1], 0]));
  const heightMeters = buildingHeightMeters(building);
  const entity = f.add(
    'IFCBUILDING',
    model.guid(),
    NULL,
    str(building.name),
    NULL,
    NULL,
    ref(placement),
    NULL,
    NULL,
    enumeration('ELEMENT'),
    NULL,
    NULL,
    NULL,
  );
  // Shapes are shared by every storey: only the placements differ.
  const wallHeight = h - SLAB_THICKNESS_METERS;
  const t = WALL_THICKNESS_METERS;
  const walls = [
    { name: '南墙', shape: model.box(w, t, wallHeight, [0, -d / 2 + t / 2, SLAB_THICKNESS_METERS]) },
    { name: '北墙', shape: model.box(w, t, wallHeight, [0, d / 2 - t / 2, SLAB_THICKNESS_METERS]) },
    { name: '西墙', shape: model.box(t, d - 2 * t, wallHeight, [-w / 2 + t / 2, 0, SLAB_THICKNESS_METERS]) },
    { name: '东墙', shape: model.box(t, d - 2 * t, wallHeight, [w / 2 - t / 2, 0, SLAB_THICKNESS_METERS]) },
  ];
  const outline: [number, number][] = [
    [-w / 2, -d / 2],
    [w / 2, -d / 2],
    [w / 2, d / 2],
    [-w / 2, d / 2],
  ];
  const floorShape = model.prism(outline, 0, SLAB_THICKNESS_METERS);
  const storeys: number[] = [];
  const wallIds: number[] = [];
  const slabIds: number[] = [];
  for (let level = 0; level <= floors; level++) {
    const elevation = level * h;
    const storeyPlacement = model.placement(placement, model.axes([0, 0, elevation]));
    const isRoof = level === floors;
    const storey = f.add(
      'IFCBUILDINGSTOREY',
      model.guid(),
      NULL,
      str(isRoof ? '屋面' : `${level + 1}F`),
      NULL,
      NULL,
      ref(storeyPlacement),
      NULL,
      NULL,
      enumeration('ELEMENT'),
      real(elevation),
    );
    storeys.push(storey);
    const at = () => model.placement(storeyPlacement, model.axes([0, 0, 0]));
    const contained: number[] = [];
    const slab = model.element('IFCSLAB', isRoof ? '屋面板' : '楼板', at(), floorShape, isRoof ? 'ROOF' : 'FLOOR');
    slabIds.push(slab);
    contained.push(slab);
    if (isRoof) {
      const plant = model.box(Math.min(12, w * 0.4), Math.min(8, d * 0.5), 3.5, [0, 0, SLAB_THICKNESS_METERS]);
      contained.push(model.element('IFCBUILDINGELEMENTPROXY', '屋顶机房', at(), plant, 'ELEMENT'));
    } else {
      for (const wall of walls) {
        const id = model.element('IFCWALL', wall.name, at(), wall.shape, 'STANDARD');
        wallIds.push(id);
        contained.push(id);
      }
    }
    model.contain(storey, contained);
  }
  model.aggregate(entity, storeys);
  const grossArea = Math.round(w * d * floors);
  model.propertySet(
    'Pset_BuildingCommon',
    [
      ['Reference', typed('IfcIdentifier', str(building.name))],
      ['NumberOfStoreys', typed('IfcInteger', int(floors))],
      ['OccupancyType', typed('IfcLabel', str(building.use))],
      ['YearOfConstruction', typed('IfcLabel', str('2028'))],
      ['GrossPlannedArea', typed('IfcAreaMeasure', real(grossArea))],
      ['IsLandmarked', typed('IfcBoolean', bool(false))],
    ],
    [entity],
  );
  model.propertySet(
    'CIM_方案指标',
    [
      ['更新单元', typed('IfcLabel', str(unitId))],
      ['建筑高度', typed('IfcLengthMeasure', real(heightMeters))],
      ['层数', typed('IfcInteger', int(floors))],
      ['用途', typed('IfcLabel', str(building.use))],
      ['总建筑面积', typed('IfcAreaMeasure', real(grossArea))],
    ],
    [entity],
  );
  model.propertySet(
    'Pset_WallCommon',
    [
      ['IsExternal', typed('IfcBoolean', bool(true))],
      ['LoadBearing', typed('IfcBoolean', bool(building.kind !== 'podium'))],
    ],
    wallIds,
  );
  model.propertySet(
    'Pset_SlabCommon',
    [
      ['IsExternal', typed('IfcBoolean', bool(false))],
      ['LoadBearing', typed('IfcBoolean', bool(true))],
    ],
    slabIds,
  );
  return entity;
}

/** IfcCompoundPlaneAngleMeasure: degrees, minutes, seconds, millionths of a second (all with the angle's sign). */
function compoundAngle(degrees: number) {
  const sign = degrees < 0 ? -1 : 1;
  let rest = Math.abs(degrees);
  const d = Math.floor(rest);
  rest = (rest - d) * 60;
  const m = Math.floor(rest);
  rest = (rest - m) * 60;
  const s = Math.floor(rest);
  const micro = Math.round((rest - s) * 1e6);
  return list([d, m, s, micro].map((v) => int(sign * v)));
}
