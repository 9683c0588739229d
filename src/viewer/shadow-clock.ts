// The viewer's clock, lighting and shadows during the shadow animation: `begin` keeps what they were, `show` puts the
// clock at an instant with shadows and globe lighting on (Cesium's sun light follows the clock), `end` puts them back.
// Shadows are off by default: with software WebGL a shadowed frame costs several times an ordinary one.
import { JulianDate } from 'cesium';
import type { Viewer } from 'cesium';

export interface ShadowClock {
  /** Draws the scene at a UTC instant with shadows on. */
  show(utcMs: number): void;
  /** Restores the clock, lighting and shadows as they were before. */
  end(): void;
}

export function beginShadowClock(viewer: Viewer): ShadowClock {
  const { clock, scene } = viewer;
  const saved = {
    currentTime: clock.currentTime.clone(),
    shouldAnimate: clock.shouldAnimate,
    shadows: viewer.shadows,
    enableLighting: scene.globe.enableLighting,
  };
  // The clock does not run on its own: the animation sets each instant (and requestRenderMode draws only when asked).
  clock.shouldAnimate = false;
  viewer.shadows = true;
  scene.globe.enableLighting = true;
  return {
    show(utcMs) {
      clock.currentTime = JulianDate.fromDate(new Date(utcMs));
      scene.requestRender();
    },
    end() {
      clock.currentTime = saved.currentTime;
      clock.shouldAnimate = saved.shouldAnimate;
      viewer.shadows = saved.shadows;
      scene.globe.enableLighting = saved.enableLighting;
      scene.requestRender();
    },
  };
}
