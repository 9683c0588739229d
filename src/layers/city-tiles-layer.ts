// Kind `3dtiles`: any 3D Tiles 1.0/1.1 tileset (b3dm, i3dm, cmpt, pnts, glb; batch tables and EXT_structural_metadata).
import {
  Cartesian3,
  Cesium3DTileFeature,
  Cesium3DTileset,
  Cesium3DTileStyle,
  Color,
  type BoundingSphere,
} from 'cesium';
import type { TilesLayerConfig } from '../config/project-types.ts';
import { DataError } from '../shared/errors.ts';
import { describeLoadFailure } from './load-failure.ts';
import type { FeatureAttributes, FeaturePaint, LayerContext, MapLayer } from './map-layer.ts';
import { sidePlan, type DrawnInstance, type SidePlan } from './side-plan.ts';
import { splitDirectionOf } from './split-direction.ts';
import { paintStyle } from './paint-style.ts';
import { featureProperties } from './tile-feature-properties.ts';
import { MODEL_LIGHTING } from '../viewer/render-settings.ts';
import { placementMatrix } from './placement-matrix.ts';
import { fetchBytes } from '../data/fetch-bytes.ts';
import { placementTransform } from '../data/tiles/placement-transform.ts';
import type { SectionPlanes } from '../analysis/section/section-planes.ts';
import { clipTileset } from './section-clipping.ts';
import { readTilesetBuildings } from '../data/tiles/tileset-buildings.ts';
import type { BuildingRecord } from '../analysis/building-record.ts';
import { retryingMemo } from '../shared/retrying-memo.ts';
import { withUniqueId } from './tileset-id.ts';

const HIGHLIGHT = Color.fromCssColorString('#ffd400');

export function createCityTilesLayer(config: TilesLayerConfig, context: LayerContext): MapLayer {
  let tileset: Cesium3DTileset | undefined;
  let opacity = config.opacity;
  let visible = config.visible;
  let highlighted: { feature: Cesium3DTileFeature; color: Color } | undefined;
  // Read once; a failed read (server down) is tried again on the next request.
  const buildings = retryingMemo(
    (): Promise<BuildingRecord[]> =>
      readTilesetBuildings({
        url: config.url,
        layerId: config.id,
        attributes: context.attributes,
        modelMatrix: config.placement && placementTransform(config.placement),
        fetchBytes,
        reportProblem: context.reportProblem,
        limits: context.deployment.limits,
      }),
  );
  let paint: FeaturePaint | null = null;
  let disposed = false;
  // Schemes: the features hidden on each side of the swipe divider, drawn by this tileset and (sides differing) a twin.
  let plan: SidePlan = sidePlan({ left: new Set(), right: new Set() });
  let twin: Cesium3DTileset | undefined;
  let section: SectionPlanes | null = null;

  const openTileset = () =>
    Cesium3DTileset.fromUrl(config.url, {
      maximumScreenSpaceError: config.style.maximumScreenSpaceError,
      ...MODEL_LIGHTING,
    }).then(withUniqueId);

  function styleFor(drawn: DrawnInstance): Cesium3DTileStyle | undefined {
    const { hiddenIds } = drawn;
    const idName = context.attributes.id;
    const shown: FeaturePaint | null =
      hiddenIds.size === 0
        ? paint
        : (get) => (hiddenIds.has(String(get(idName))) ? { show: false } : (paint?.(get) ?? { show: true }));
    if (shown) return paintStyle(shown, opacity, config.style.color ?? 'white');
    const base = config.style.color ?? 'white';
    if (base === 'white' && opacity >= 1) return undefined;
    const [r, g, b] = Color.fromCssColorString(base).toBytes();
    return new Cesium3DTileStyle({ color: `rgba(${r}, ${g}, ${b}, ${opacity})` });
  }

  function applyStyle(): void {
    if (tileset) {
      tileset.style = styleFor(plan.main);
      tileset.splitDirection = splitDirectionOf(plan.main.side);
    }
    if (twin && plan.twin) {
      twin.style = styleFor(plan.twin);
      twin.splitDirection = splitDirectionOf(plan.twin.side);
    }
  }

  // A feature pick carries `.tileset`; a pick of content without features is `{primitive: tileset, content, detail}`.
  function pickedTileset(picked: unknown): Cesium3DTileset | undefined {
    const candidate = picked as { tileset?: unknown; primitive?: unknown } | undefined;
    return [tileset, twin].find(
      (own) => own !== undefined && (candidate?.tileset === own || candidate?.primitive === own),
    );
  }
  const ownsPick = (picked: unknown) => pickedTileset(picked) !== undefined;

  function dropTwin(): void {
    if (twin) context.viewer.scene.primitives.remove(twin);
    twin = undefined;
  }

  return {
    id: config.id,
    kind: config.kind,
    supportsOpacity: true,
    async load() {
      try {
        tileset = await openTileset();
      } catch (error) {
        throw new DataError(config.url, describeLoadFailure(error));
      }
      if (disposed) return void tileset.destroy(); // removed while its root was being fetched
      tileset.tileFailed.addEventListener((failure: { url: string; message: string }) => {
        context.reportProblem(failure.url, failure.message);
      });
      if (config.placement) tileset.modelMatrix = placementMatrix(config.placement);
      else if (isAtEarthCentre(tileset)) {
        context.reportProblem(
          config.url,
          'the tileset has no georeference (it sits at the centre of the Earth); ' +
            'give the layer a "placement" {lon, lat, heightMeters} in the manifest',
        );
      }
      tileset.show = visible;
      applyStyle();
      context.viewer.scene.primitives.add(tileset);
      if (section) clipTileset(tileset, section);
    },
    setVisible(value) {
      visible = value;
      if (tileset) tileset.show = value;
      if (twin) twin.show = value;
    },
    setOpacity(value) {
      opacity = value;
      applyStyle();
    },
    pick(picked): FeatureAttributes | null {
      const owner = pickedTileset(picked);
      return owner ? featureProperties(picked as Parameters<typeof featureProperties>[0], owner) : null;
    },
    highlight(picked) {
      if (highlighted) highlighted.feature.color = highlighted.color;
      highlighted = undefined;
      if (picked instanceof Cesium3DTileFeature && ownsPick(picked)) {
        highlighted = { feature: picked, color: picked.color.clone() };
        picked.color = HIGHLIGHT;
      }
    },
    legend: () => [],
    boundingSphere: (): BoundingSphere | undefined => tileset?.boundingSphere,
    isSettled: () => [tileset, twin].every((own) => !own?.show || own.tilesLoaded),
    // Read from the tiles themselves, not from what Cesium has streamed for the current view: every building, once.
    buildings: () => buildings.get(undefined),
    paintFeatures(value) {
      paint = value;
      applyStyle();
    },
    async showSides(sides) {
      plan = sidePlan(sides);
      if (plan.twin && !twin && tileset) {
        // The same URL: the tiles come from the browser's cache, but Cesium holds them twice while the sides differ.
        const made = await openTileset().catch((error: unknown) => {
          throw new DataError(config.url, describeLoadFailure(error));
        });
        if (twin || disposed || !plan.twin) made.destroy();
        else {
          twin = made;
          twin.modelMatrix = tileset.modelMatrix;
          twin.show = visible;
          context.viewer.scene.primitives.add(twin);
          if (section) clipTileset(twin, section);
        }
      }
      if (!plan.twin) dropTwin();
      applyStyle();
      context.viewer.scene.requestRender();
    },
    setSection(value) {
      section = value;
      for (const own of [tileset, twin]) if (own) clipTileset(own, value);
      context.viewer.scene.requestRender();
    },
    dispose() {
      disposed = true;
      dropTwin();
      if (tileset) context.viewer.scene.primitives.remove(tileset);
      tileset = undefined;
      highlighted = undefined;
    },
  };
}

/** Georeferenced content lies on the Earth's surface, ~6,370 km from its centre; local-frame content lies near 0. */
function isAtEarthCentre(tileset: Cesium3DTileset): boolean {
  return Cartesian3.magnitude(tileset.boundingSphere.center) < 1_000_000;
}
