// The camera flight to one element of an IFC model.
import { HeadingPitchRange, Math as CesiumMath, type BoundingSphere, type Scene } from 'cesium';

/** Flies to the sphere; resolves when the flight ends or is cut short. */
export function flyToElementSphere(scene: Scene, sphere: BoundingSphere): Promise<void> {
  return new Promise<void>((resolve) =>
    scene.camera.flyToBoundingSphere(sphere, {
      duration: 1,
      // From the south and well above: an element is seldom hidden behind its neighbours from there.
      offset: new HeadingPitchRange(0, CesiumMath.toRadians(-60), Math.max(30, sphere.radius * 4)),
      complete: resolve,
      cancel: resolve,
    }),
  );
}
