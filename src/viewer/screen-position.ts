// A geographic position → CSS pixels in the canvas, for scripts that place overlays or click on a known place.
import { Cartesian3, type Viewer } from 'cesium';

export function canvasPosition(
  viewer: Viewer,
  lon: number,
  lat: number,
  heightMeters: number,
): [number, number] | null {
  const position = viewer.scene.cartesianToCanvasCoordinates(Cartesian3.fromDegrees(lon, lat, heightMeters));
  if (!position) return null;
  const canvas = viewer.scene.canvas;
  const inside =
    position.x >= 0 && position.y >= 0 && position.x <= canvas.clientWidth && position.y <= canvas.clientHeight;
  return inside ? [position.x, position.y] : null;
}
