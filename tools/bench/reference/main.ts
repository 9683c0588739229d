// The benchmark's reference: what a developer gets from plain CesiumJS with no app around it. Same offline base layer,
// terrain, render settings, home view and tileset as the app on the same project, so the app's overhead is the
// difference. `window.bench.ready` resolves once the tileset and globe are loaded and a frame is drawn.
import {
  buildModuleUrl, Cartesian3, Cesium3DTileset, EllipsoidTerrainProvider, ImageryLayer, Ion, Math as CesiumMath,
  TileMapServiceImageryProvider, Viewer,
} from 'cesium';
import 'cesium/Build/Cesium/Widgets/widgets.css';

interface ManifestView { lon: number; lat: number; heightMeters: number; headingDeg: number; pitchDeg: number; rollDeg?: number }
interface ManifestLayer { id: string; kind: string; url: string; style?: { maximumScreenSpaceError?: number } }
interface Manifest { home: ManifestView; layers: ManifestLayer[] }

interface BenchPage { viewer?: Viewer; ready: Promise<void> }
declare global {
  interface Window { bench: BenchPage; CESIUM_BASE_URL: string }
}

window.CESIUM_BASE_URL = new URL('./cesium/', document.baseURI).href;
const bench: BenchPage = { ready: start() };
window.bench = bench;

async function start(): Promise<void> {
  const manifestUrl = new URL(new URLSearchParams(location.search).get('project') ?? '../assets/sample/project.json', location.href);
  const manifest = (await (await fetch(manifestUrl)).json()) as Manifest;
  const layer = manifest.layers.find((candidate) => candidate.kind === '3dtiles');
  if (!layer) throw new Error(`${manifestUrl.href}: no 3dtiles layer`);

  const viewer = createPlainViewer();
  bench.viewer = viewer;
  const home = manifest.home;
  viewer.camera.setView({
    destination: Cartesian3.fromDegrees(home.lon, home.lat, home.heightMeters),
    orientation: {
      heading: CesiumMath.toRadians(home.headingDeg),
      pitch: CesiumMath.toRadians(home.pitchDeg),
      roll: CesiumMath.toRadians(home.rollDeg ?? 0),
    },
  });
  const tileset = await Cesium3DTileset.fromUrl(new URL(layer.url, manifestUrl).href, {
    maximumScreenSpaceError: layer.style?.maximumScreenSpaceError ?? 16,
  });
  viewer.scene.primitives.add(tileset);
  await loadedAndDrawn(viewer, tileset);
}

function createPlainViewer(): Viewer {
  Ion.defaultAccessToken = '';
  const viewer = new Viewer('viewer', {
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
  // The app's `render=cheap` profile, setting for setting.
  const scene = viewer.scene;
  viewer.resolutionScale = 0.5;
  scene.postProcessStages.fxaa.enabled = false;
  scene.fog.enabled = false;
  scene.globe.showGroundAtmosphere = false;
  scene.globe.depthTestAgainstTerrain = true;
  return viewer;
}

function loadedAndDrawn(viewer: Viewer, tileset: Cesium3DTileset): Promise<void> {
  const scene = viewer.scene;
  return new Promise((resolve) => {
    const remove = scene.postRender.addEventListener(() => {
      if (!tileset.tilesLoaded || !scene.globe.tilesLoaded) return;
      remove();
      resolve();
    });
    scene.requestRender();
  });
}
