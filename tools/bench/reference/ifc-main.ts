// The IFC benchmark's browser reference, in a plain Cesium viewer set up as the app's (the view comes as `?view=` JSON):
// `benchIfc.stream(url)` fetches an IFC and streams all its meshes with raw web-ifc in a fresh worker, placed and
// grouped by colour, back to the page; `benchIfc.streamAndDraw(url, site)` then draws them as one glTF model (no
// features or metadata) and waits for the frame showing it — what the app's "bytes → model on screen" is measured
// against.
import { Axis, Cartesian3, type Matrix4, Model, Transforms } from 'cesium';
import { writeGlb } from '../../../src/data/gltf/glb-writer.ts';
import { MODEL_LIGHTING } from '../../../src/viewer/render-settings.ts';
import type { RawColourMesh } from '../ifc/raw-meshes.ts';
import { createPlainViewer, drawnOnceLoaded, setPlainView, type PlainView } from './plain-viewer.ts';

interface StreamResult {
  ms: number;
  vertices: number;
  heapBytes: number;
}
interface Site {
  lon: number;
  lat: number;
  heightMeters: number;
}
declare global {
  interface Window {
    benchIfc: {
      ready: Promise<void>;
      stream(url: string): Promise<StreamResult>;
      streamAndDraw(url: string, site: Site): Promise<StreamResult>;
    };
  }
}

const viewer = createPlainViewer('viewer');
setPlainView(viewer, JSON.parse(new URLSearchParams(location.search).get('view') ?? 'null') as PlainView);

/** Started before the fetch, as the app starts its worker: the script and wasm load while the file downloads. */
async function streamed(url: string): Promise<{ meshes: RawColourMesh[]; heapBytes: number }> {
  const worker = new Worker(new URL('./ifc-raw-worker.ts', import.meta.url), { type: 'module' });
  try {
    const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
    return await new Promise((resolve, reject) => {
      worker.onmessage = ({ data }) => resolve(data);
      worker.onerror = (event) => reject(new Error(event.message || 'the reference worker failed'));
      worker.postMessage(bytes, [bytes.buffer]);
    });
  } finally {
    worker.terminate();
  }
}

const vertexCount = (meshes: RawColourMesh[]) => meshes.reduce((n, m) => n + m.positions.length / 3, 0);

async function draw(meshes: RawColourMesh[], site: Site): Promise<void> {
  const glb = writeGlb({
    generator: 'raw web-ifc reference',
    primitives: meshes.map((m, i) => ({ positions: m.positions, normals: m.normals, indices: m.indices, material: i })),
    materials: meshes.map((m, i) => ({
      name: `raw-${i}`,
      baseColorFactor: m.rgba,
      metallicFactor: 0,
      roughnessFactor: 0.9,
      doubleSided: true,
      ...(m.rgba[3] < 1 ? { alphaMode: 'BLEND' as const } : {}),
    })),
  });
  const modelMatrix: Matrix4 = Transforms.eastNorthUpToFixedFrame(
    Cartesian3.fromDegrees(site.lon, site.lat, site.heightMeters),
  );
  // The positions are z-up (IFC), so no axis change beyond what the east-north-up frame does.
  const options = { gltf: glb, modelMatrix, upAxis: Axis.Z, forwardAxis: Axis.X, ...MODEL_LIGHTING };
  const model = await Model.fromGltfAsync(options as unknown as Parameters<typeof Model.fromGltfAsync>[0]);
  viewer.scene.primitives.add(model);
  await drawnOnceLoaded(viewer, () => model.ready);
}

window.benchIfc = {
  ready: drawnOnceLoaded(viewer, () => true),
  async stream(url) {
    const started = performance.now();
    const { meshes, heapBytes } = await streamed(url);
    return { ms: performance.now() - started, vertices: vertexCount(meshes), heapBytes };
  },
  async streamAndDraw(url, site) {
    const started = performance.now();
    const { meshes, heapBytes } = await streamed(url);
    await draw(meshes, site);
    return { ms: performance.now() - started, vertices: vertexCount(meshes), heapBytes };
  },
};
