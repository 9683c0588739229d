// Drawing an IFC conversion: one glb Model whose vertices sit near the model centre and whose modelMatrix carries the
// placement in float64 — no jitter.
import type { SectionPlanes } from '../../analysis/section/section-planes.ts';
import { clipModel } from '../section-clipping.ts';
import {
  Axis,
  Matrix4,
  Model,
  type BoundingSphere,
  type Cesium3DTileStyle,
  type Scene,
  type SplitDirection,
} from 'cesium';
import type { IfcGeometryConversion } from '../../data/ifc/ifc-conversion.ts';
import { DataError } from '../../shared/errors.ts';
import { whenDrawnAfter } from '../../viewer/idle.ts';
import { MODEL_LIGHTING } from '../../viewer/render-settings.ts';
import { filterStyle, type IfcFilter } from '../ifc-filter.ts';

/** A ready model is drawn in the next frame; this only bounds the wait should frames stop (a lost WebGL context). */
const DRAWN_TIMEOUT_MS = 30_000;

type GltfOptions = Parameters<typeof Model.fromGltfAsync>[0];
/** `gltf` takes the glb bytes directly: Cesium documents it for its own 3D Tiles use; the typings list only `url`. */
type GlbOptions = Omit<GltfOptions, 'url'> & { url?: GltfOptions['url']; gltf: Uint8Array };

/** Cesium's typings forbid clearing a style, which its runtime allows (undefined = draw everything). */
function setStyle(model: Model, filter: IfcFilter): void {
  (model as { style: Cesium3DTileStyle | undefined }).style = filterStyle(filter);
}

export interface ModelLook {
  show: boolean;
  filter: IfcFilter;
  /** Schemes: the side of the swipe divider the model is drawn on. */
  splitDirection: SplitDirection;
}

export function createModelView(scene: Scene, source: string) {
  let model: Model | undefined;
  // Kept here: a model drawn or moved after the section was set is cut too.
  let section: SectionPlanes | null = null;
  return {
    model: () => model,
    /** Draws the geometry, unless `wanted()` turns false while the model is built (then it never enters the scene).
     * Resolves true once a frame showing the model has been drawn; rejects when Cesium cannot draw it. */
    async draw(data: IfcGeometryConversion, look: ModelLook, wanted: () => boolean): Promise<boolean> {
      // Axes as in 3D Tiles (y-up → z-up only): a lone glTF Model would otherwise also turn glTF's +Z forward to +X.
      const options: GlbOptions = {
        gltf: data.glb,
        modelMatrix: Matrix4.fromArray(data.placement.modelMatrix),
        upAxis: Axis.Y,
        forwardAxis: Axis.X,
        ...MODEL_LIGHTING,
      };
      const drawn = await Model.fromGltfAsync(options as GltfOptions);
      if (!wanted()) {
        drawn.destroy();
        return false;
      }
      model = drawn;
      drawn.show = look.show;
      drawn.splitDirection = look.splitDirection;
      setStyle(drawn, look.filter);
      if (section) clipModel(drawn, section);
      scene.primitives.add(drawn);
      // Watched from now on, so the frame after the one the model becomes ready in is the one counted.
      const shown = whenDrawnAfter(scene, () => drawn.isDestroyed() || drawn.ready, DRAWN_TIMEOUT_MS);
      await new Promise<void>((resolve, reject) => {
        drawn.readyEvent.addEventListener(() => resolve());
        drawn.errorEvent.addEventListener((error) =>
          reject(new DataError(source, `the converted model could not be drawn: ${error.message}`)),
        );
        scene.requestRender();
      });
      return shown;
    },
    /** A half-loaded model leaves the scene when its load fails or is cancelled. */
    remove(): void {
      if (model && !model.isDestroyed()) scene.primitives.remove(model);
      model = undefined;
    },
    setShow(show: boolean): void {
      if (model) model.show = show;
    },
    setFilter(filter: IfcFilter): void {
      if (model) setStyle(model, filter);
      scene.requestRender();
    },
    setSplitDirection(splitDirection: SplitDirection): void {
      if (model) model.splitDirection = splitDirection;
      scene.requestRender();
    },
    setModelMatrix(modelMatrix: number[]): void {
      if (model) model.modelMatrix = Matrix4.fromArray(modelMatrix);
      if (model && section) clipModel(model, section);
      scene.requestRender();
    },
    setSection(value: SectionPlanes | null): void {
      section = value;
      if (model) clipModel(model, value);
      scene.requestRender();
    },
    boundingSphere: (): BoundingSphere | undefined => model?.boundingSphere,
    isReady: () => !model || model.ready,
  };
}

export type ModelView = ReturnType<typeof createModelView>;
