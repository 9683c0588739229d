// The Draco decoder loaders.gl decodes KHR_draco_mesh_compression with, from our own origin: left alone, loaders.gl
// fetches one from a CDN, which an intranet cannot reach and the app's CSP forbids. The same build of draco3d Cesium's
// own Draco worker uses; its wasm is bundled by Vite (in Node, the module reads the file beside itself).
import createDecoderModule from 'draco3d/draco_decoder_nodejs.js';
import wasmUrl from 'draco3d/draco_decoder.wasm?url';

const inBrowser = typeof document !== 'undefined';

/** loaders.gl's `modules.draco3d`: it calls `createDecoderModule({})` once and keeps the module. */
export const DRACO_MODULE = {
  async createDecoderModule(): Promise<unknown> {
    if (!inBrowser) return createDecoderModule({});
    const response = await fetch(new URL(wasmUrl, document.baseURI));
    if (!response.ok) throw new Error(`the Draco decoder (${wasmUrl}) could not be loaded: HTTP ${response.status}`);
    return createDecoderModule({ wasmBinary: await response.arrayBuffer() });
  },
};
