// The renewal feature (更新单元 · 房屋安全 · 历史保护): loads the units, zones and buildings once the project is ready,
// keeps what the panel shows in its own store, and paints the building layers (thematic colours, filters, the open
// unit's buildings). window.cim and the panel both call these actions.
import type { BuildingRecord } from '../../analysis/building-record.ts';
import { lonLatCentre } from '../../geometry/local-plane.ts';
import type { RenewalUnit } from '../../analysis/units/renewal-unit.ts';
import {
  matchesFilter,
  thematicClasses,
  thematicKey,
  type BuildingFilter,
  type ThematicInput,
  type ThematicMode,
} from '../../analysis/units/thematic.ts';
import { unitView } from '../../analysis/units/unit-view.ts';
import { createHeritageMarkers, type HeritageMarker, type HeritageMarkers } from '../../layers/heritage-markers.ts';
import type { FeaturePaint } from '../../layers/map-layer.ts';
import { createStore, type Store } from '../../shared/store.ts';
import { flyToView } from '../../viewer/camera.ts';
import type { App } from '../app.ts';
import { onLayerRemoved } from '../layer-removed.ts';
import { loadRenewalData, withBuildings, type HeritageZone, type RenewalData } from './renewal-data.ts';
import { assert } from '../../shared/errors.ts';

export interface RenewalState {
  status: 'loading' | 'ready';
  data: RenewalData | null;
  thematic: ThematicMode;
  filter: BuildingFilter;
  /** Buildings the filter leaves visible. */
  visibleCount: number;
  /** Building count per class of the current thematic mode, over every building. */
  classCounts: Record<string, number>;
  openUnitId: string | null;
  openZone: HeritageZone | null;
}

export interface Renewal {
  store: Store<RenewalState>;
  /** Resolves when the units, zones and buildings are read. */
  loaded: Promise<RenewalData>;
  setThematic(mode: ThematicMode): void;
  filterBuildings(filter: BuildingFilter): number;
  openUnit(unitId: string | null): void;
  flyToUnit(unitId: string): Promise<void>;
}

/** Pins of the listed buildings: 文物保护单位 (protected monuments) outrank 历史建筑 (historic buildings). */
const HERITAGE_PINS: Record<string, string> = { 文物保护单位: '#b2182b', 历史建筑: '#8c510a' };

function heritageMarkers(data: RenewalData): HeritageMarker[] {
  return data.buildings.flatMap((building) => {
    const kind = String(building.attributes[data.attributes.heritage] ?? '');
    const color = HERITAGE_PINS[kind];
    if (!color || building.footprint.length === 0) return [];
    const [lon, lat] = lonLatCentre(building.footprint);
    const name = building.attributes[data.attributes.name];
    return [
      {
        lon,
        lat,
        heightMeters: building.baseHeightMeters + (building.heightMeters ?? 0),
        color,
        text: `${kind}${name ? `·${String(name)}` : ''}`,
      },
    ];
  });
}

/** The open unit's buildings, in a colour no thematic class uses. */
const UNIT_HIGHLIGHT = '#00e5ff';

export function createRenewal(app: App): Renewal {
  const store = createStore<RenewalState>({
    status: 'loading',
    data: null,
    thematic: 'none',
    filter: {},
    visibleCount: 0,
    classCounts: {},
    openUnitId: null,
    openZone: null,
  });
  const loaded = app.ready.then(() => loadRenewalData(app));
  let markers: HeritageMarkers | undefined;
  const showMarkers = (data: RenewalData) => {
    markers?.dispose();
    markers = createHeritageMarkers(app.viewer.scene, heritageMarkers(data));
  };
  void loaded.then((data) => {
    store.update((state) => ({ ...state, status: 'ready', data, visibleCount: data.buildings.length }));
    showMarkers(data);
  });

  const inputOf = (
    data: RenewalData,
    get: (name: string) => unknown,
    record: BuildingRecord | undefined,
    id: string,
  ): ThematicInput => {
    const unit = data.unitOfBuilding.get(id);
    const mappedHeight = Number(get(data.attributes.heightMeters));
    return {
      grade: get(data.attributes.safetyGrade),
      yearBuilt: get(data.attributes.yearBuilt),
      heightMeters:
        Number.isFinite(mappedHeight) && get(data.attributes.heightMeters) !== null
          ? mappedHeight
          : (record?.heightMeters ?? null),
      unitMode: unit === undefined ? undefined : data.units[unit]!.mode,
    };
  };

  /** Paints every building layer from the current state: one lookup per feature. */
  const repaint = () => {
    const { data, thematic, filter, openUnitId } = store.get();
    if (!data) return;
    const filtering = filter.grades !== undefined || filter.builtBefore !== undefined;
    const byId = new Map(data.buildings.map((b) => [b.featureId, b]));
    const colors = new Map(thematicClasses(thematic).map((c) => [c.key, c.color]));
    const openUnit = openUnitId === null ? -1 : data.units.findIndex((u) => u.id === openUnitId);
    const paint: FeaturePaint | null =
      thematic === 'none' && !filtering && openUnit < 0
        ? null
        : (get) => {
            const id = String(get(data.attributes.id) ?? '');
            const input = inputOf(data, get, byId.get(id), id);
            const color =
              openUnit >= 0 && data.unitOfBuilding.get(id) === openUnit
                ? UNIT_HIGHLIGHT
                : thematic === 'none'
                  ? undefined
                  : colors.get(thematicKey(thematic, input));
            return { color, show: !filtering || matchesFilter(filter, input) };
          };
    const layerIds = new Set(data.buildings.map((b) => b.layerId));
    for (const id of layerIds) app.paints.set(id, 'renewal', paint);
    app.viewer.scene.requestRender();
  };

  /** Counts from the building records, so they cover every building, not just the tiles in view. */
  const recount = () => {
    const { data, thematic, filter } = store.get();
    if (!data) return;
    const classCounts: Record<string, number> = {};
    let visibleCount = 0;
    for (const building of data.buildings) {
      const input = inputOf(data, (name) => building.attributes[name], building, building.featureId);
      if (thematic !== 'none') {
        const key = thematicKey(thematic, input);
        classCounts[key] = (classCounts[key] ?? 0) + 1;
      }
      if (matchesFilter(filter, input)) visibleCount++;
    }
    store.update((state) => ({ ...state, classCounts, visibleCount }));
  };

  const change = (patch: Partial<RenewalState>) => {
    store.update((state) => ({ ...state, ...patch }));
    recount();
    repaint();
  };

  // A removed layer's buildings leave the counts, the indicators and the pins.
  onLayerRemoved(app.store, (layerId) => {
    const data = store.get().data;
    if (!data?.buildings.some((building) => building.layerId === layerId)) return;
    const kept = withBuildings(
      data,
      data.buildings.filter((building) => building.layerId !== layerId),
    );
    change({ data: kept });
    showMarkers(kept);
  });

  // A click on a unit or a heritage zone opens its card; a click elsewhere closes it.
  app.store.subscribe((state, previous) => {
    if (state.selection === previous.selection) return;
    const data = store.get().data;
    const selection = state.selection;
    const idOf = () => String(selection?.standard.id ?? selection?.attributes.id ?? '');
    if (data && selection?.layerId === data.unitsLayerId) {
      change({ openUnitId: data.units.some((u) => u.id === idOf()) ? idOf() : null, openZone: null });
    } else if (data && selection?.layerId === data.heritageLayerId) {
      change({ openUnitId: null, openZone: data.heritageZones.find((z) => z.id === idOf()) ?? null });
    } else if (store.get().openUnitId !== null || store.get().openZone !== null) {
      change({ openUnitId: null, openZone: null });
    }
  });

  const unitById = (unitId: string): RenewalUnit => {
    const unit = store.get().data?.units.find((u) => u.id === unitId);
    assert(unit, `no renewal unit '${unitId}' in this project`);
    return unit;
  };

  app.onReset(() => {
    const { thematic, filter, openUnitId, openZone } = store.get();
    if (thematic !== 'none' || Object.keys(filter).length > 0 || openUnitId !== null || openZone !== null)
      change({ thematic: 'none', filter: {}, openUnitId: null, openZone: null });
  });

  return {
    store,
    loaded,
    setThematic(mode) {
      assert(thematicClasses(mode), `unknown thematic mode '${mode}'`);
      change({ thematic: mode });
    },
    filterBuildings(filter) {
      change({
        filter: {
          ...(filter.grades ? { grades: [...filter.grades] } : {}),
          ...(filter.builtBefore !== undefined ? { builtBefore: filter.builtBefore } : {}),
        },
      });
      return store.get().visibleCount;
    },
    openUnit(unitId) {
      if (unitId !== null) unitById(unitId);
      change({ openUnitId: unitId, openZone: null });
    },
    async flyToUnit(unitId) {
      const unit = unitById(unitId);
      change({ openUnitId: unitId, openZone: null });
      await flyToView(app.viewer, unitView(unit.polygon[0]!), 1.5);
    },
  };
}
