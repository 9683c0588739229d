// Pipes and wells → a few batched Primitives per pipeline class (so a class can be switched off by hiding its
// primitives), each holding up to CHUNK pickable instances built by pipe-mesh.ts.
import {
  Cartesian3,
  Color,
  ColorGeometryInstanceAttribute,
  GeometryInstance,
  PerInstanceColorAppearance,
  Primitive,
} from 'cesium';
import { PIPE_CLASS_INFO } from '../analysis/pipes/pipe-classes.ts';
import {
  axisDepthM,
  burialDepthAt,
  type PipeClass,
  type PipeNetwork,
  type PipeSegment,
} from '../analysis/pipes/pipe-model.ts';
import { tubeGeometry } from './pipe-mesh.ts';

export interface PipePickId {
  layerId: string;
  kind: 'pipe' | 'well';
  index: number;
}

export interface PipelinePrimitives {
  all: Primitive[];
  byClass: Map<PipeClass, Primitive[]>;
  /** The primitive holding an instance, for re-colouring it. */
  primitiveOf(id: PipePickId): Primitive | undefined;
  baseColor(id: PipePickId): Color;
  /** The pick id of the pipe at this index of the network's segments. */
  pipeId(index: number): PipePickId;
}

/** Instances per Primitive: big enough for few draw calls, small enough that no single build blocks for long. */
const CHUNK = 2500;
const WELL_DIAMETER_M = 1;
/** Pipes drawn with default values are paler, so nobody mistakes them for surveyed ones. */
const DEFAULTED_PALENESS = 0.55;

export function buildPipelinePrimitives(
  layerId: string,
  network: PipeNetwork,
  groundHeightMeters: number,
): PipelinePrimitives {
  const pending = new Map<PipeClass, GeometryInstance[]>();
  const owner = new Map<PipePickId, { pipeClass: PipeClass; chunk: number }>();
  const colors = new Map<PipePickId, Color>();
  const pipeIds: PipePickId[] = [];
  const add = (pipeClass: PipeClass, id: PipePickId, instance: () => GeometryInstance, color: Color) => {
    const list = pending.get(pipeClass) ?? [];
    pending.set(pipeClass, list);
    owner.set(id, { pipeClass, chunk: Math.floor(list.length / CHUNK) });
    colors.set(id, color);
    list.push(instance());
  };

  network.segments.forEach((segment, index) => {
    const id: PipePickId = { layerId, kind: 'pipe', index };
    pipeIds.push(id);
    const color = classColor(segment.pipeClass, segment.defaulted.length > 0 ? DEFAULTED_PALENESS : 0);
    add(
      segment.pipeClass,
      id,
      () =>
        new GeometryInstance({
          id,
          geometry: tubeGeometry({
            axis: axisPoints(segment, groundHeightMeters),
            widthM: segment.widthMm / 1000,
            heightM: segment.heightMm / 1000,
            section: segment.section,
          }),
          attributes: { color: ColorGeometryInstanceAttribute.fromColor(color) },
        }),
      color,
    );
  });
  network.wells.forEach((well, index) => {
    const id: PipePickId = { layerId, kind: 'well', index };
    const color = classColor(well.pipeClass, well.defaulted.length > 0 ? DEFAULTED_PALENESS : 0.3);
    const [lon, lat] = well.position;
    add(
      well.pipeClass,
      id,
      () =>
        new GeometryInstance({
          id,
          geometry: tubeGeometry({
            axis: [
              Cartesian3.fromDegrees(lon, lat, groundHeightMeters + 0.05),
              Cartesian3.fromDegrees(lon, lat, groundHeightMeters - well.depthM),
            ],
            widthM: WELL_DIAMETER_M,
            heightM: WELL_DIAMETER_M,
            section: 'circle',
          }),
          attributes: { color: ColorGeometryInstanceAttribute.fromColor(color) },
        }),
      color,
    );
  });

  const byClass = new Map<PipeClass, Primitive[]>();
  for (const [pipeClass, instances] of pending) {
    const chunks: Primitive[] = [];
    for (let start = 0; start < instances.length; start += CHUNK) {
      chunks.push(
        new Primitive({
          geometryInstances: instances.slice(start, start + CHUNK),
          appearance: new PerInstanceColorAppearance({ flat: false, translucent: false, closed: false }),
          // Our geometries are already built: they cannot go to the geometry workers.
          asynchronous: false,
        }),
      );
    }
    byClass.set(pipeClass, chunks);
  }
  return {
    all: [...byClass.values()].flat(),
    byClass,
    primitiveOf(id) {
      const where = owner.get(id);
      return where && byClass.get(where.pipeClass)?.[where.chunk];
    },
    baseColor: (id) => colors.get(id) ?? Color.WHITE,
    pipeId: (index) => pipeIds[index]!,
  };
}

function classColor(pipeClass: PipeClass, paleness: number): Color {
  return Color.lerp(
    Color.fromCssColorString(PIPE_CLASS_INFO[pipeClass].displayCss),
    Color.WHITE,
    paleness,
    new Color(),
  );
}

/** The pipe axis in ECEF: burial depth interpolated along the length, converted to the axis (CJJ 61 conventions). */
function axisPoints(segment: PipeSegment, groundHeightMeters: number): Cartesian3[] {
  const surface = segment.path.map(([lon, lat]) => Cartesian3.fromDegrees(lon, lat, groundHeightMeters));
  const lengths = [0];
  for (let i = 1; i < surface.length; i++)
    lengths.push(lengths[i - 1]! + Cartesian3.distance(surface[i - 1]!, surface[i]!));
  const total = lengths[lengths.length - 1] || 1;
  return segment.path.map(([lon, lat], i) =>
    Cartesian3.fromDegrees(
      lon,
      lat,
      groundHeightMeters - axisDepthM(segment, burialDepthAt(segment, lengths[i]! / total)),
    ),
  );
}
