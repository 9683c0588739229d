// What a tour stop shows beyond its view: layers switched on, a thematic colouring, a scheme. Each stop starts from
// the project's own stage (the manifest's layer visibility and opacity, no thematic, the existing city), so a stop
// never inherits the one before; the idle reset returns to that stage too, undoing whatever a visitor switched.
import type { ThematicMode } from '../../analysis/units/thematic.ts';
import type { KioskTourStop } from '../../config/validate-kiosk.ts';
import { EXISTING_SCHEME_ID } from '../../config/validate-townscape.ts';
import type { App } from '../app.ts';

/** The features a stop drives, read and set through their own state (so nothing is redrawn that does not change). */
export interface TourStageActions {
  thematic(): ThematicMode;
  setThematic(mode: ThematicMode): void;
  schemeIds(): string[];
  shownSchemeId(): string;
  showScheme(id: string): Promise<void>;
}

export interface TourStage {
  /** The project's stage plus the stop's extras; resolves when the scheme is shown. */
  show(stop: KioskTourStop): Promise<void>;
  /** The project's stage: manifest layers as the manifest has them, no thematic, the existing city. */
  restore(): Promise<void>;
}

export function createTourStage(app: App, actions: TourStageActions): TourStage {
  const arrange = async (extraLayers: readonly string[], thematic: ThematicMode, schemeId: string) => {
    const manifestLayers = app.project()?.layers ?? [];
    const shown = new Map(app.store.get().layers.map((layer) => [layer.id, layer]));
    for (const config of manifestLayers) {
      const now = shown.get(config.id);
      const visible = config.visible || extraLayers.includes(config.id);
      if (now && now.visible !== visible) app.actions.setLayerVisible(config.id, visible);
      if (now && now.opacity !== config.opacity) app.actions.setLayerOpacity(config.id, config.opacity);
    }
    if (actions.thematic() !== thematic) actions.setThematic(thematic);
    // A scheme whose layer failed to load is not offered: the stop shows the existing city.
    const scheme = actions.schemeIds().includes(schemeId) ? schemeId : EXISTING_SCHEME_ID;
    if (actions.shownSchemeId() !== scheme) await actions.showScheme(scheme);
  };
  return {
    show: (stop) => arrange(stop.layers ?? [], stop.thematic ?? 'none', stop.scheme ?? EXISTING_SCHEME_ID),
    restore: () => arrange([], 'none', EXISTING_SCHEME_ID),
  };
}
