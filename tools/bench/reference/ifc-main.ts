// The IFC benchmark's browser reference: `benchIfc.stream(url)` fetches an IFC and streams all its meshes with raw
// web-ifc in a fresh worker — what the app's "bytes → model on screen" is measured against.
interface StreamResult { ms: number; vertices: number; heapBytes: number }
declare global {
  interface Window { benchIfc: { stream(url: string): Promise<StreamResult> } }
}

window.benchIfc = {
  async stream(url) {
    const started = performance.now();
    const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
    const worker = new Worker(new URL('./ifc-raw-worker.ts', import.meta.url), { type: 'module' });
    const reply = await new Promise<{ vertices: number; heapBytes: number }>((resolve, reject) => {
      worker.onmessage = ({ data }) => resolve(data);
      worker.onerror = (event) => reject(new Error(event.message || 'the reference worker failed'));
      worker.postMessage(bytes, [bytes.buffer]);
    });
    worker.terminate();
    return { ms: performance.now() - started, ...reply };
  },
};
