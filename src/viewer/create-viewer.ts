// The only place that creates the Cesium Viewer. Set up for an air-gapped intranet: imagery from the NaturalEarthII
// tiles inside the cesium package, the plain ellipsoid as terrain, no ion, Bing, geocoder or base-layer picker, so not a
// single request leaves the serving host.
import {
  buildModuleUrl,
  EllipsoidTerrainProvider,
  ImageryLayer,
  Ion,
  TileMapServiceImageryProvider,
  Viewer,
} from 'cesium';
import 'cesium/Build/Cesium/Widgets/widgets.css';
import { applyRenderSettings, viewerOptionsFor, type RenderProfile } from './render-settings.ts';

/** The Viewer type for app/, which holds the viewer but leaves every use of cesium to viewer/ and layers/. */
export type { Viewer };

export function createViewer(container: HTMLElement, profile: RenderProfile): Viewer {
  Ion.defaultAccessToken = '';
  const viewer = new Viewer(container, {
    baseLayer: ImageryLayer.fromProviderAsync(
      TileMapServiceImageryProvider.fromUrl(buildModuleUrl('Assets/Textures/NaturalEarthII')),
      {},
    ),
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
    // Render only when something changes: an idle kiosk or an idle review screen then costs nothing.
    requestRenderMode: true,
    maximumRenderTimeChange: Number.POSITIVE_INFINITY,
    // Not Cesium's panel with a stack trace: the app reloads itself after a render error (app/context-recovery.ts).
    showRenderLoopErrors: false,
    ...viewerOptionsFor(profile),
  });
  applyRenderSettings(viewer, profile);
  // Old-town streets are narrow: let users come down to street level and look up.
  viewer.scene.screenSpaceCameraController.minimumZoomDistance = 2;
  return viewer;
}
