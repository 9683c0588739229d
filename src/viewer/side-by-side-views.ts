// The views of a side-by-side comparison (多屏比对): the main viewer moved into the first cell and one extra Cesium
// Viewer per further cell, cameras synchronised.
//
// Extra viewers rather than one scene rendered several times: Cesium draws one scene per Viewer, and a scene drawn
// repeatedly with different primitives shown would need each layer to be shown, hidden and re-styled per pass, with
// tiles selected for one pass evicted by the next. Separate viewers keep each scheme's layers and tile selection
// their own, reuse the layer modules unchanged (and their picking), and close without a trace by destroying the
// viewer. The cost is a WebGL context and a copy of the tiles per view; the tiles come from the browser's HTTP cache
// (the same URLs), each viewer has the main one's render profile and base imagery (createViewer), and tilesets keep
// their layer's cache settings.
import type { Viewer } from 'cesium';
import type { RenderProfile } from './render-settings.ts';
import { createViewer } from './create-viewer.ts';
import { syncCameras } from './camera-sync.ts';
import { cellStyle, viewCells } from './view-cells.ts';

export interface SideBySideViews {
  /** The viewers after the main one, in cell order 1, 2, … */
  extra: Viewer[];
  /** Destroys the extra viewers and their listeners and gives the main viewer the whole area again. */
  close(): void;
}

const CELL_PROPERTIES = ['position', 'left', 'top', 'width', 'height'] as const;

export function openSideBySideViews(main: Viewer, count: number, profile: RenderProfile): SideBySideViews {
  const area = main.container as HTMLElement;
  const mainElement = main.cesiumWidget.container.parentElement as HTMLElement;
  const [first, ...rest] = viewCells(count).map(cellStyle);
  Object.assign(mainElement.style, { position: 'absolute', ...first });
  const cells = rest.map((style) => {
    const cell = document.createElement('div');
    cell.className = 'side-by-side-view';
    Object.assign(cell.style, { position: 'absolute', ...style });
    area.append(cell);
    return cell;
  });
  const extra = cells.map((cell) => createViewer(cell, profile));
  const stopSync = syncCameras([main, ...extra]);
  main.scene.requestRender();
  return {
    extra,
    close() {
      stopSync();
      for (const viewer of extra) viewer.destroy();
      for (const cell of cells) cell.remove();
      for (const property of CELL_PROPERTIES) mainElement.style.removeProperty(property);
      main.scene.requestRender();
    },
  };
}
