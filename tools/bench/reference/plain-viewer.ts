// The reference pages' viewer: plain CesiumJS set up as the app is (same offline base layer and terrain, the app's
// `render=cheap` profile setting for setting), with nothing of the app around it.
import {
  buildModuleUrl, Cartesian3, EllipsoidTerrainProvider, ImageryLayer, Ion, Math as CesiumMath, TileMapServiceImageryProvider, Viewer,
} from 'cesium';
import 'cesium/Build/Cesium/Widgets/widgets.css';

declare global {
  interface Window { CESIUM_BASE_URL: string }
}

export interface PlainView { lon: number; lat: number; heightMeters: number; headingDeg: number; pitchDeg: number; rollDeg?: number }

export function createPlainViewer(containerId: string): Viewer {
  window.CESIUM_BASE_URL = new URL('./cesium/', document.baseURI).href;
  Ion.defaultAccessToken = '';
  const viewer = new Viewer(containerId, {
    baseLayer: ImageryLayer.fromProviderAsync(TileMapServiceImageryProvider.fromUrl(buildModuleUrl('Assets/Textures/NaturalEarthII')), {}),
    terrainProvider: new EllipsoidTerrainProvider(),
    baseLayerPicker: false,
    geocoder: false,
    homeButton: false,
    sceneModePicker: false,
    navigationHelpButton: false,
    animation: false,
    timeline: false,
    fullscreenButton: false,
    infoBox: false,
    selectionIndicator: false,
    requestRenderMode: true,
    maximumRenderTimeChange: Number.POSITIVE_INFINITY,
    msaaSamples: 1,
    // No sky box also means no sun and moon.
    skyBox: false,
    skyAtmosphere: false,
  });
  const scene = viewer.scene;
  viewer.resolutionScale = 0.5;
  scene.postProcessStages.fxaa.enabled = false;
  scene.fog.enabled = false;
  scene.globe.showGroundAtmosphere = false;
  scene.globe.depthTestAgainstTerrain = true;
  return viewer;
}

export function setPlainView(viewer: Viewer, view: PlainView): void {
  viewer.camera.setView({
    destination: Cartesian3.fromDegrees(view.lon, view.lat, view.heightMeters),
    orientation: {
      heading: CesiumMath.toRadians(view.headingDeg),
      pitch: CesiumMath.toRadians(view.pitchDeg),
      roll: CesiumMath.toRadians(view.rollDeg ?? 0),
    },
  });
}

/** Resolves after the frame drawn once the globe and `isLoaded()` are complete — one more after the first frame that
 * sees them complete, as the app's idle wait does (a model turns ready at the end of a frame and is drawn in the
 * next). A frame is requested now and then, since primitives that build asynchronously only progress in frames. */
export function drawnOnceLoaded(viewer: Viewer, isLoaded: () => boolean): Promise<void> {
  const scene = viewer.scene;
  return new Promise((resolve) => {
    let loadedSeen = false;
    const nudge = window.setInterval(() => scene.requestRender(), 300);
    const remove = scene.postRender.addEventListener(() => {
      if (loadedSeen) {
        window.clearInterval(nudge);
        remove();
        resolve();
        return;
      }
      loadedSeen = isLoaded() && scene.globe.tilesLoaded;
      if (loadedSeen) scene.requestRender();
    });
    scene.requestRender();
  });
}
