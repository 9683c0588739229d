// The benchmark's reference: what a developer gets from plain CesiumJS with no app around it. The app's viewer set-up
// (offline base layer, terrain, render settings: plain-viewer.ts), home view and tileset as the app on the same
// project, so the app's overhead is the difference. `window.bench.ready` resolves once the tileset and globe are loaded and a frame is drawn.
import { Cesium3DTileset, type Viewer } from 'cesium';
import { MODEL_LIGHTING } from '../../../src/viewer/render-settings.ts';
import { createPlainViewer, drawnOnceLoaded, setPlainView, type PlainView } from './plain-viewer.ts';

interface ManifestLayer {
  id: string;
  kind: string;
  url: string;
  style?: { maximumScreenSpaceError?: number };
}
interface Manifest {
  home: PlainView;
  layers: ManifestLayer[];
}

interface BenchPage {
  viewer?: Viewer;
  ready: Promise<void>;
}
declare global {
  interface Window {
    bench: BenchPage;
  }
}

const bench: BenchPage = { ready: start() };
window.bench = bench;

async function start(): Promise<void> {
  const manifestUrl = new URL(
    new URLSearchParams(location.search).get('project') ?? '../assets/sample/project.json',
    location.href,
  );
  const manifest = (await (await fetch(manifestUrl)).json()) as Manifest;
  const layer = manifest.layers.find((candidate) => candidate.kind === '3dtiles');
  if (!layer) throw new Error(`${manifestUrl.href}: no 3dtiles layer`);

  const viewer = createPlainViewer('viewer');
  bench.viewer = viewer;
  setPlainView(viewer, manifest.home);
  const tileset = await Cesium3DTileset.fromUrl(new URL(layer.url, manifestUrl).href, {
    maximumScreenSpaceError: layer.style?.maximumScreenSpaceError ?? 16,
    ...MODEL_LIGHTING,
  });
  viewer.scene.primitives.add(tileset);
  await drawnOnceLoaded(viewer, () => tileset.tilesLoaded);
}
