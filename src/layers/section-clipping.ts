// A section's clipping planes for one tileset or model. The section states its planes in an east-north-up frame at its
// origin; Cesium reads a collection's planes in its owner's frame (a tileset's clippingPlanesOriginMatrix, a model's
// modelMatrix), so each collection carries owner⁻¹ · ENU as its own modelMatrix. A collection belongs to one owner:
// each tileset and model gets its own, kept for its life: closing a section disables it and a new section refills it,
// because a collection taken away destroys its texture while draw commands Cesium has built still sample it (a
// render error, "reading '_target'"). Planes keep the side their normal points to; a fragment is cut away only where
// it is behind every plane (unionClippingRegions false), so three planes cut a slab, one a half-space.
import {
  Cartesian3,
  type Cesium3DTileset,
  ClippingPlane,
  ClippingPlaneCollection,
  Color,
  Matrix4,
  type Model,
  Transforms,
} from 'cesium';
import type { SectionPlanes } from '../analysis/section/section-planes.ts';

const EDGE = Color.fromCssColorString('#e34a33');

/** Cuts a tileset open along the section, or closes it again (null). */
export function clipTileset(tileset: Cesium3DTileset, section: SectionPlanes | null): void {
  // The frame a tileset reads its planes in is private API in Cesium 1.140 (pinned); the section browser test fails
  // if it moves.
  const frame = (tileset as unknown as { clippingPlanesOriginMatrix: Matrix4 }).clippingPlanesOriginMatrix;
  if (section) tileset.clippingPlanes = fill(tileset.clippingPlanes, section, frame);
  else if (tileset.clippingPlanes) tileset.clippingPlanes.enabled = false;
}

/** Cuts a model open along the section, or closes it again (null); again after its modelMatrix changes. */
export function clipModel(model: Model, section: SectionPlanes | null): void {
  if (section) model.clippingPlanes = fill(model.clippingPlanes, section, model.modelMatrix);
  else if (model.clippingPlanes) model.clippingPlanes.enabled = false;
}

/** The owner's collection (made on its first section) holding this section's planes, enabled. */
function fill(
  existing: ClippingPlaneCollection | undefined,
  section: SectionPlanes,
  ownerFrame: Matrix4,
): ClippingPlaneCollection {
  const planes =
    existing ?? new ClippingPlaneCollection({ unionClippingRegions: false, edgeColor: EDGE, edgeWidth: 2 });
  planes.removeAll();
  for (const { normal, distanceMeters } of section.planes)
    planes.add(new ClippingPlane(new Cartesian3(...normal), distanceMeters));
  const enuToEcef = Transforms.eastNorthUpToFixedFrame(Cartesian3.fromDegrees(...section.origin));
  planes.modelMatrix = Matrix4.multiply(Matrix4.inverse(ownerFrame, new Matrix4()), enuToEcef, new Matrix4());
  planes.enabled = true;
  return planes;
}
