// A unique `id` for each tileset the app adds to a scene. CesiumJS 1.140's Scene.updateHeight (which follows the
// camera's height above the ground and the tiles) files the function that removes its callback from each top-level
// tileset under `tileset.id`, which a Cesium3DTileset does not have: with two tilesets in the scene every camera move
// left a callback behind in all but one of them, and each is looked at per tile per frame. A touring kiosk gathered
// thousands in a day (found by the soak run's heap snapshots).
import type { Cesium3DTileset } from 'cesium';

let made = 0;

export function withUniqueId(tileset: Cesium3DTileset): Cesium3DTileset {
  Object.assign(tileset, { id: `cim-tileset-${++made}` });
  return tileset;
}
