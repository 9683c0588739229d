// A copy of a project manifest with only its first 3D Tiles layer, so the app can be measured on exactly what the
// plain-Cesium reference shows (the full sample adds overlays the reference does not draw). Sections that name what
// the other layers hold go too (townscape its control layers, stories the renewal units of the units layer), or the
// copy would load with errors on screen. Pure.

interface RawLayer {
  kind?: unknown;
  url?: unknown;
}

/** `manifestPath` is where the original is served (e.g. '/assets/sample/project.json'); layer URLs become absolute paths. */
export function cityOnlyManifest(manifest: Record<string, unknown>, manifestPath: string): Record<string, unknown> {
  const layers = Array.isArray(manifest.layers) ? (manifest.layers as RawLayer[]) : [];
  const city = layers.find((layer) => layer.kind === '3dtiles');
  if (!city || typeof city.url !== 'string') throw new Error(`${manifestPath}: no 3dtiles layer with a url`);
  const base = new URL(manifestPath, 'http://bench.invalid');
  const url = new URL(city.url, base);
  const absoluteUrl = url.origin === base.origin ? `${url.pathname}${url.search}` : url.href;
  const { townscape: _namesLayers, stories: _namesUnits, ...rest } = manifest;
  return { ...rest, layers: [{ ...city, url: absoluteUrl }] };
}
