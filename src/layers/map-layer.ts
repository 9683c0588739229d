// The one small interface every layer kind implements. The app talks to layers only through it; the registry maps a
// manifest `kind` to the factory that makes one.
import type { BoundingSphere, Viewer } from 'cesium';
import type { AttributeMapping, LayerConfig } from '../config/project-types.ts';
import type { DeploymentConfig } from '../config/deployment-config.ts';
import type { LegendEntry } from '../app/state.ts';
import type { BuildingRecord } from '../analysis/building-record.ts';
import type { SectionPlanes } from '../analysis/section/section-planes.ts';
import type { DrapedArea } from '../analysis/drape/drape-tint.ts';

/** What a layer needs from the app: the viewer, the attribute mapping, the deployment's caps and a way to report
 * non-fatal data problems. */
export interface LayerContext {
  viewer: Viewer;
  attributes: AttributeMapping;
  /** cim.config.json in force: `limits` are the caps a reader enforces on a file. */
  deployment: DeploymentConfig;
  /** A problem that does not stop the layer (a bad feature, a failed tile): shown to the user and kept in cim.errors(). */
  reportProblem(source: string, message: string): void;
}

/** A picked feature, as plain data. */
export interface FeatureAttributes {
  /** Stable id within the layer, when the data has one. */
  featureId?: string;
  attributes: Record<string, unknown>;
}

export interface MapLayer {
  readonly id: string;
  readonly kind: string;
  readonly supportsOpacity: boolean;
  /** Loads the data and adds it to the scene. Rejects with a DataError naming the file when the data is unusable. */
  load(): Promise<void>;
  setVisible(visible: boolean): void;
  setOpacity(opacity: number): void;
  /** The attributes of the feature behind a `scene.pick` result, or null when the pick is not this layer's. */
  pick(picked: unknown): FeatureAttributes | null;
  /** Highlights the picked feature (or clears the highlight with null). */
  highlight(picked: unknown | null): void;
  legend(): LegendEntry[];
  /** Where the layer is, for "zoom to layer". */
  boundingSphere(): BoundingSphere | undefined;
  /** Whether the layer has finished loading what the current view needs (tiles in view, primitives built). */
  isSettled(): boolean;
  /** Layers that hold buildings (city tiles, proposals, IFC) list them for the analyses: footprint, height, attributes. */
  buildings?(): Promise<BuildingRecord[]>;
  /** GeoJSON layers draped on the buildings (clampTo 'tiles'): their filled polygons, which tint the buildings
   * standing in them (the ground fill is the layer's own). Empty for any other style. */
  drapedAreas?(): readonly DrapedArea[];
  /** Building layers colour and hide features one by one (thematic maps, filters); null restores the layer style. */
  paintFeatures?(paint: FeaturePaint | null): void;
  /** Schemes (方案): what the layer draws on each side of the swipe divider (scene.splitPosition). Resolves once it
   * can be drawn so (a building layer hiding different features on the two sides may need a second tileset). */
  showSides?(sides: LayerSides): Promise<void>;
  /** Sections (剖切): building layers cut their models open along the section's planes; null closes them. */
  setSection?(section: SectionPlanes | null): void;
  /** Releases everything the layer holds (primitives, workers, listeners); resolves once it is all released. */
  dispose(): void | Promise<void>;
}

/** A feature's look from its properties (read through `get`); a missing colour keeps the layer's own. */
export type FeaturePaint = (get: (property: string) => unknown) => { color?: string; show: boolean } | undefined;

/** Per side of the divider: the features (BuildingRecord.featureId) hidden there, or null where the layer is not
 * drawn. Both sides alike (as when no comparison is on) draw the layer whole, whatever the divider. */
export interface LayerSides {
  left: ReadonlySet<string> | null;
  right: ReadonlySet<string> | null;
}

export type LayerFactory = (config: LayerConfig, context: LayerContext) => MapLayer;
