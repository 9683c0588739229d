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
