// Which tiles Cesium draws from a distance, and their bytes: the measure of the tileset's far (whole-city) view.
// Cesium refines a tile (loads its children) when its screen-space error exceeds maximumScreenSpaceError:
//   sse = geometricError × screenHeightPixels / (distance × 2 tan(fovy / 2)),
// where fovy follows from the frustum's fov, which spans the wider screen side (PerspectiveFrustum.fovy).
// Every tile is put at the given distance: seen from that height above the city no tile is nearer, so this is an
// upper bound on what is drawn.

export interface ViewSettings {
  distanceMeters: number;
  screenWidthPixels: number;
  screenHeightPixels: number;
  fovDegrees: number;
  maximumScreenSpaceError: number;
}

/** The bench's whole-city view: 20 km away on a 1920×1080 screen, Cesium's default fov and error. */
export const WHOLE_CITY_VIEW: ViewSettings = {
  distanceMeters: 20_000,
  screenWidthPixels: 1920,
  screenHeightPixels: 1080,
  fovDegrees: 60,
  maximumScreenSpaceError: 16,
};

export interface ViewTile {
  geometricError: number;
  content?: { uri: string };
  children?: ViewTile[];
}

export function screenSpaceErrorPixels(geometricErrorMeters: number, view: ViewSettings): number {
  const aspect = view.screenWidthPixels / view.screenHeightPixels;
  const halfFov = (view.fovDegrees * Math.PI) / 360;
  const fovy = aspect <= 1 ? 2 * halfFov : 2 * Math.atan(Math.tan(halfFov) / aspect);
  return (geometricErrorMeters * view.screenHeightPixels) / (view.distanceMeters * 2 * Math.tan(fovy / 2));
}

/** Content URIs of the tiles drawn in the view (ADD refinement: a refined tile's own content stays drawn). */
export function urisInView(root: ViewTile, view: ViewSettings): string[] {
  const uris: string[] = [];
  const visit = (tile: ViewTile) => {
    if (tile.content) uris.push(tile.content.uri);
    if (screenSpaceErrorPixels(tile.geometricError, view) > view.maximumScreenSpaceError) {
      for (const child of tile.children ?? []) visit(child);
    }
  };
  visit(root);
  return uris;
}
