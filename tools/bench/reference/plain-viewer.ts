// The reference pages' viewer: the app's own Cesium viewer set-up (offline base layer and terrain, the `cheap` render
// profile) and nothing else of the app — no layers, state, UI or window.cim — so the two cannot drift apart.
import type { Viewer } from 'cesium';
import '../../../src/viewer/cesium-base-url.ts';
import type { CameraView } from '../../../src/config/project-types.ts';
import { setView } from '../../../src/viewer/camera.ts';
import { createViewer } from '../../../src/viewer/create-viewer.ts';
import { whenSettledAndDrawn } from '../../../src/viewer/idle.ts';

/** A view as a manifest gives it (roll may be left out). */
export type PlainView = Omit<CameraView, 'rollDeg'> & { rollDeg?: number };

const NO_TIMEOUT_MS = 3_600_000;

export function createPlainViewer(containerId: string): Viewer {
  return createViewer(document.getElementById(containerId)!, 'cheap');
}

export function setPlainView(viewer: Viewer, view: PlainView): void {
  setView(viewer, { rollDeg: 0, ...view });
}

/** The frame after the globe and `isLoaded()` are complete has been drawn: the app's own idle wait. */
export async function drawnOnceLoaded(viewer: Viewer, isLoaded: () => boolean): Promise<void> {
  await whenSettledAndDrawn(viewer, isLoaded, NO_TIMEOUT_MS);
}
