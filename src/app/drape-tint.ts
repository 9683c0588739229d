// GeoJSON layers draped on the buildings (clampTo 'tiles'): the buildings standing in their polygons take the fill's
// tint through the building layers' style (the 'drape' paint, under any thematic map). It follows the draped layers'
// visibility and opacity, their removal, and building layers shown or added later (an IFC model, a scheme).
import { buildingTints, tintCss, type DrapedLayer } from '../analysis/drape/drape-tint.ts';
import { DEFAULT_ATTRIBUTES } from '../config/validate-attributes.ts';
import type { App } from './app.ts';
import type { BuildingInputs } from './building-inputs.ts';

export function watchDrapeTint(app: App, inputs: Pick<BuildingInputs, 'buildingsOf'>): void {
  let shownKey = '';
  let generation = 0;
  let painted = new Set<string>();

  const repaint = async () => {
    const run = ++generation;
    const ready = app.store.get().layers.filter((layer) => layer.status === 'ready' && layer.visible);
    const draped: DrapedLayer[] = ready.flatMap((layer) => {
      const areas = app.layers.get(layer.id)?.drapedAreas?.() ?? [];
      return areas.length > 0 && layer.opacity > 0 ? [{ areas, opacity: layer.opacity }] : [];
    });
    const buildingLayers = draped.length === 0 ? [] : ready.filter((l) => app.layers.get(l.id)?.buildings);
    const tinted = await Promise.all(
      buildingLayers.map(async ({ id }) => {
        const buildings = await inputs.buildingsOf(id);
        const tints = buildingTints(draped, buildings);
        const byFeature = new Map(buildings.flatMap((b, i) => (tints[i] ? [[b.featureId, tintCss(tints[i])]] : [])));
        return { id, byFeature };
      }),
    );
    if (run !== generation) return; // the layers changed meanwhile: a later run paints
    const idName = (app.project()?.attributes ?? DEFAULT_ATTRIBUTES).id;
    const now = new Set<string>();
    for (const { id, byFeature } of tinted) {
      if (byFeature.size === 0) continue;
      now.add(id);
      app.paints.set(id, 'drape', (get) => {
        const color = byFeature.get(String(get(idName)));
        return color === undefined ? undefined : { color, show: true };
      });
    }
    for (const id of painted) if (!now.has(id)) app.paints.set(id, 'drape', null);
    painted = now;
    app.viewer.scene.requestRender();
  };

  app.store.subscribe((state, previous) => {
    if (state.layers === previous.layers) return;
    // Only what decides the tint: which layers are drawn, and how opaque.
    const key = state.layers.map((l) => `${l.id}:${l.status}:${l.visible}:${l.opacity}`).join('|');
    if (key === shownKey) return;
    shownKey = key;
    void repaint();
  });
}
