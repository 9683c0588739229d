// The cut faces of a section (剖切), drawn where the clipping planes open the models: each building's footprint at
// the cut height for a horizontal section, a face from base to top along the line for a vertical one, in one solid
// colour (the poché of a drawn section) so what is cut reads apart from what is seen beyond.
import { Color, type Primitive, type Viewer } from 'cesium';
import type { HorizontalCutFace, VerticalCutFace } from '../analysis/section/section-cut.ts';
import { flatPrimitive, levelPolygonInstance, wallInstance } from './flat-geometry.ts';

export interface SectionOverlay {
  show(faces: { horizontal: readonly HorizontalCutFace[]; vertical: readonly VerticalCutFace[] }): void;
  clear(): void;
}

const CUT = Color.fromCssColorString('#c8553d');

export function createSectionOverlay(viewer: Viewer): SectionOverlay {
  let drawn: Primitive | undefined;
  const clear = () => {
    if (drawn) viewer.scene.primitives.remove(drawn);
    drawn = undefined;
    viewer.scene.requestRender();
  };
  return {
    show({ horizontal, vertical }) {
      clear();
      const instances = [
        ...horizontal.map((face) => levelPolygonInstance(face.ring, face.heightMeters, CUT)),
        ...vertical.map((face) => wallInstance(face.from, face.to, face.bottomMeters, face.topMeters, CUT)),
      ];
      if (instances.length > 0) drawn = viewer.scene.primitives.add(flatPrimitive(instances)) as Primitive;
      viewer.scene.requestRender();
    },
    clear,
  };
}
