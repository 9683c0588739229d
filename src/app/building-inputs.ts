// The buildings every analysis runs on, one service for the app (townscape, sunlight, …): the buildings of the building
// layers (MapLayer.buildings(): city tiles, proposal tilesets, IFC models), as shown, as the city stands (proposals
// left out) or of one layer, and the proposals the manifest names (`townscape.proposalLayers`). A layer that fails to
// list its buildings is reported once per request in the error area and counts as empty.
import type { BuildingRecord } from '../analysis/building-record.ts';
import type { LocalizedText } from '../config/project-types.ts';
import { withProposal } from '../analysis/townscape/proposal-scene.ts';
import { errorMessage } from '../shared/errors.ts';
import { UnknownItemError } from './api-errors.ts';
import type { App } from './app.ts';
import { reportError } from './errors.ts';

export interface ProposalInfo {
  layerId: string;
  title: LocalizedText;
}

export interface BuildingInputs {
  /** Buildings of every visible building layer, proposals included. */
  visibleBuildings(): Promise<BuildingRecord[]>;
  /** Buildings of the visible layers that are not proposals: the city as it stands. */
  existingBuildings(): Promise<BuildingRecord[]>;
  /** The manifest's proposal layers that are loaded. */
  proposals(): ProposalInfo[];
  isProposal(layerId: string): boolean;
  buildingsOf(layerId: string): Promise<BuildingRecord[]>;
  /** The city with a scheme in place: undefined → as shown, 'existing' → as it stands, a proposal layer id → that
   * proposal instead of what it replaces. An unknown id is an UnknownItemError of `method` (e.g. 'cim.sunlight'). */
  schemeBuildings(schemeId: string | undefined, method: string): Promise<BuildingRecord[]>;
  /** The proposal layer ids in place in that city: the visible ones as shown, none as it stands, or the one. */
  schemesInPlace(schemeId: string | undefined): string[];
}

export function createBuildingInputs(app: App): BuildingInputs {
  const proposalLayers = () => app.project()?.townscape.proposalLayers ?? [];
  const buildingsOf = async (layerId: string): Promise<BuildingRecord[]> => {
    const layer = app.layers.get(layerId);
    if (!layer?.buildings) return [];
    try {
      return await layer.buildings();
    } catch (error) {
      reportError(app.store, layerId, errorMessage(error));
      return [];
    }
  };
  const visibleLayerIds = (includeProposals: boolean) =>
    app.store
      .get()
      .layers.filter(
        (layer) =>
          layer.visible && layer.status === 'ready' && (includeProposals || !proposalLayers().includes(layer.id)),
      )
      .map((layer) => layer.id);
  const collect = async (layerIds: string[]) => (await Promise.all(layerIds.map(buildingsOf))).flat();

  const existingBuildings = () => collect(visibleLayerIds(false));
  const visibleBuildings = () => collect(visibleLayerIds(true));

  return {
    visibleBuildings,
    existingBuildings,
    proposals: () =>
      proposalLayers().flatMap((layerId) => {
        const layer = app.store.get().layers.find((l) => l.id === layerId && l.status === 'ready');
        return layer ? [{ layerId, title: layer.title }] : [];
      }),
    isProposal: (layerId) => proposalLayers().includes(layerId),
    schemesInPlace: (schemeId) =>
      schemeId === undefined
        ? visibleLayerIds(true).filter((id) => proposalLayers().includes(id))
        : schemeId === 'existing'
          ? []
          : [schemeId],
    buildingsOf,
    async schemeBuildings(schemeId, method) {
      if (schemeId === undefined) return visibleBuildings();
      const existing = await existingBuildings();
      if (schemeId === 'existing') return existing;
      if (!proposalLayers().includes(schemeId))
        throw new UnknownItemError(method, 'scheme', schemeId, "use 'existing' or a proposal layer id");
      return withProposal(existing, await buildingsOf(schemeId));
    },
  };
}
