// The browser can take the WebGL context away (GPU reset, driver update, memory pressure; common on kiosks that run
// for days). Cesium cannot rebuild its GPU resources afterwards, so the app is told and reloads itself.
import type { Viewer } from 'cesium';

export function onContextLost(viewer: Viewer, handler: () => void): () => void {
  const canvas = viewer.scene.canvas;
  const lost = (event: Event) => {
    event.preventDefault(); // lets the browser restore a context, for the page that reloads next
    handler();
  };
  canvas.addEventListener('webglcontextlost', lost);
  return () => canvas.removeEventListener('webglcontextlost', lost);
}

/** The context is gone now: a render error raised by a draw on a lost context is the loss, not a bug in a primitive. */
export function isContextLost(viewer: Viewer): boolean {
  // Cesium's Context keeps its WebGL context in `_gl` (not in the public typings).
  const gl = (viewer.scene as unknown as { context?: { _gl?: WebGLRenderingContext } }).context?._gl;
  return gl?.isContextLost() ?? false;
}
