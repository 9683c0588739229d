// draco3d's Emscripten factory, the entry point Cesium's Draco worker imports too (no published types for it).
declare module 'draco3d/draco_decoder_nodejs.js' {
  const createDecoderModule: (options: { wasmBinary?: ArrayBuffer }) => Promise<unknown>;
  export default createDecoderModule;
}
