// Side-by-side views share one camera: after a view draws a frame whose camera pose differs from the pose last shared,
// that pose is copied to every other view. A view that was just given the shared pose draws it unchanged, so nothing
// is copied back (no feedback loop), and whichever view the user (or the API) moves leads without any notion of focus.
import { Cartesian3, Matrix4, type Viewer } from 'cesium';

/** Below these the poses are one: metres for the position, unit-vector components for the direction and up. */
const POSITION_EPSILON_METERS = 1e-3;
const DIRECTION_EPSILON = 1e-9;

interface Pose {
  position: Cartesian3;
  direction: Cartesian3;
  up: Cartesian3;
}

const poseOf = (viewer: Viewer): Pose => ({
  position: Cartesian3.clone(viewer.camera.positionWC),
  direction: Cartesian3.clone(viewer.camera.directionWC),
  up: Cartesian3.clone(viewer.camera.upWC),
});

const samePose = (a: Pose, b: Pose) =>
  Cartesian3.equalsEpsilon(a.position, b.position, 0, POSITION_EPSILON_METERS) &&
  Cartesian3.equalsEpsilon(a.direction, b.direction, DIRECTION_EPSILON) &&
  Cartesian3.equalsEpsilon(a.up, b.up, DIRECTION_EPSILON);

function applyPose(viewer: Viewer, pose: Pose): void {
  const camera = viewer.camera;
  camera.cancelFlight();
  // A follower orbiting in a local frame (lookAt) would read the world pose in that frame.
  camera.lookAtTransform(Matrix4.IDENTITY);
  camera.setView({ destination: pose.position, orientation: { direction: pose.direction, up: pose.up } });
  viewer.scene.requestRender();
}

/** Starts from the first viewer's pose; returns a function that stops syncing (removes every listener). */
export function syncCameras(viewers: readonly Viewer[]): () => void {
  let shared = poseOf(viewers[0]!);
  for (const viewer of viewers.slice(1)) applyPose(viewer, shared);
  const removers = viewers.map((source) =>
    source.scene.postRender.addEventListener(() => {
      const pose = poseOf(source);
      if (samePose(pose, shared)) return;
      shared = pose;
      for (const viewer of viewers) if (viewer !== source) applyPose(viewer, pose);
    }),
  );
  return () => {
    for (const remove of removers) remove();
  };
}
