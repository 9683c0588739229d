// Two render profiles. `full` is for real screens; `cheap` is for software WebGL (tests, CI, the benchmark) where a
// frame costs ~0.2 s: lower resolution, no anti-aliasing, no sky, atmosphere or fog.
import type { Viewer } from 'cesium';

export type RenderProfile = 'full' | 'cheap';

/** Constructor options that can only be chosen when the Viewer is created. */
export function viewerOptionsFor(profile: RenderProfile): Partial<Viewer.ConstructorOptions> {
  if (profile === 'full') return { msaaSamples: 4 };
  return { msaaSamples: 1, skyBox: false, skyAtmosphere: false };
}

export function applyRenderSettings(viewer: Viewer, profile: RenderProfile): void {
  const scene = viewer.scene;
  scene.globe.depthTestAgainstTerrain = true;
  if (profile === 'full') {
    scene.postProcessStages.fxaa.enabled = true;
    return;
  }
  viewer.resolutionScale = 0.5;
  scene.postProcessStages.fxaa.enabled = false;
  if (scene.sun) scene.sun.show = false;
  if (scene.moon) scene.moon.show = false;
  scene.fog.enabled = false;
  scene.globe.showGroundAtmosphere = false;
}

/** For every model and tileset, in both profiles: no dynamic environment map. Cesium would render a cube map of the
 * surroundings and read it back for each model (~0.6 s of software-WebGL work after a model appears, 0.7 s of a
 * district model's cached reload), which changes little on flat architectural materials. */
export const MODEL_LIGHTING = { environmentMapOptions: { enabled: false } };
