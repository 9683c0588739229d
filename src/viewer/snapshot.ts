// A PNG of what the viewer shows, scaled down to a width: copied from the WebGL canvas right after a frame is drawn
// (before the browser composites and may clear it), so the context needs no preserveDrawingBuffer.
import type { Viewer } from 'cesium';

export function snapshotPng(viewer: Viewer, maxWidthPx: number): Promise<Uint8Array | undefined> {
  return new Promise((resolve) => {
    const remove = viewer.scene.postRender.addEventListener(() => {
      remove();
      const source = viewer.scene.canvas;
      const scale = Math.min(1, maxWidthPx / Math.max(1, source.width));
      const copy = document.createElement('canvas');
      copy.width = Math.max(1, Math.round(source.width * scale));
      copy.height = Math.max(1, Math.round(source.height * scale));
      const context = copy.getContext('2d');
      if (!context) return resolve(undefined);
      context.drawImage(source, 0, 0, copy.width, copy.height);
      copy.toBlob((blob) => {
        if (!blob) return resolve(undefined);
        blob.arrayBuffer().then(
          (buffer) => resolve(new Uint8Array(buffer)),
          () => resolve(undefined),
        );
      }, 'image/png');
    });
    viewer.scene.requestRender();
  });
}
