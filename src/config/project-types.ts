// The project manifest (`project.json`) after validation. Raw JSON never reaches the rest of the app: it passes
// `validateProject` first, which turns it into these types or reports every problem with its JSON path.
import type { PipelinesLayerOptions } from './validate-pipelines-layer.ts';
import type { KioskConfig } from './validate-kiosk.ts';
import type { UnitStory } from './validate-stories.ts';
import type { HealthConfig } from './validate-health.ts';
import type { SunlightConfig } from './validate-sunlight.ts';

/** Text in the interface languages; a plain string is used for every language. */
export type LocalizedText = string | { 'zh-CN'?: string; en?: string };

export type Language = 'zh-CN' | 'en';

/** A camera pose: where the eye is (degrees, metres above the ellipsoid) and where it looks. */
export interface CameraView {
  lon: number;
  lat: number;
  heightMeters: number;
  /** 0 = north, clockwise. */
  headingDeg: number;
  /** -90 = straight down. */
  pitchDeg: number;
  rollDeg: number;
}

export interface Viewpoint {
  id: string;
  title: LocalizedText;
  view: CameraView;
  description?: LocalizedText;
  /** A pedestrian's view (人视点), where skylines are judged. */
  eyeLevel?: boolean;
}

/**
 * Where the app finds the standard building attributes (DESIGN.md §3) in a city model's properties.
 * Each value is the property name in the data; missing keys default to the standard name.
 */
export interface AttributeMapping {
  id: string;
  name: string;
  heightMeters: string;
  floors: string;
  yearBuilt: string;
  structure: string;
  use: string;
  safetyGrade: string;
  renewalUnitId: string;
  heritage: string;
}

export type CssColor = string;

/** Colour by a property's value: `{property: 'mode', values: {'拆除新建': '#d33'}, default: '#999'}`. */
export interface ColorByValue {
  property: string;
  values: Record<string, CssColor>;
  default: CssColor;
}

export interface GeoJsonStyle {
  fill?: CssColor | ColorByValue;
  fillOpacity: number;
  stroke: CssColor;
  strokeWidthPx: number;
  /** Polygons drape on the ground, on the 3D Tiles (and ground), or float at their own heights. */
  clampTo: 'ground' | 'tiles' | 'none';
  /** Property shown as a label at each feature (points, and polygon centres). */
  labelProperty?: string;
  pointSizePx: number;
}

export interface TilesStyle {
  /** CSS colour applied to every feature (thematic modes override it). */
  color?: CssColor;
  /** Level-of-detail target: smaller is sharper and heavier. Cesium's default is 16. */
  maximumScreenSpaceError: number;
}

/** What every layer entry has, whatever its kind. */
export interface LayerCommon {
  id: string;
  title: LocalizedText;
  /** Absolute URL, resolved against the manifest's own URL. */
  url: string;
  visible: boolean;
  /** 0..1 */
  opacity: number;
  /** Layers of other kinds keep their extra manifest keys here, untyped until their module validates them. */
  options: Record<string, unknown>;
}

/** Where a tileset without georeference is put: its local origin at lon/lat/height, turned, scaled. */
export interface Placement {
  lon: number;
  lat: number;
  heightMeters: number;
  /** Rotation of the tileset's local +y axis from north, clockwise. */
  headingDeg: number;
  scale: number;
}

export interface TilesLayerConfig extends LayerCommon {
  kind: '3dtiles';
  style: TilesStyle;
  placement?: Placement;
}

export interface GeoJsonLayerConfig extends LayerCommon {
  kind: 'geojson';
  style: GeoJsonStyle;
  /** CRS of the file's coordinates when it differs from the project's (e.g. 'EPSG:4547'). */
  crs: string;
  /** What the features are to the analyses: renewal units (更新单元) and heritage zones (polygons); for the health
   * check (城市体检) green spaces (polygons), the walk network (lines) and facilities (points with a `category`). */
  role?: GeoJsonRole;
}

export const GEOJSON_ROLES = ['renewal-units', 'heritage-zones', 'green-spaces', 'walk-network', 'facilities'] as const;
export type GeoJsonRole = (typeof GEOJSON_ROLES)[number];

/** Kind `pipelines` (DESIGN.md §3): pipes and wells drawn at depth; see src/config/validate-pipelines-layer.ts. */
export interface PipelinesLayerConfig extends LayerCommon, PipelinesLayerOptions {
  kind: 'pipelines';
  style: Record<string, unknown>;
}

export interface OtherLayerConfig extends LayerCommon {
  kind: string;
  style: Record<string, unknown>;
}

/** Kind `ifc`: an IFC model parsed in the browser; `placement` puts it by hand (wins over the file's georeference). */
export interface IfcLayerConfig extends LayerCommon {
  kind: 'ifc';
  style: Record<string, unknown>;
  placement?: Placement;
  /** Added to the model's heights: e.g. -84 when the file uses the 1985 datum and the city's ground is at 0. */
  heightOffsetMeters: number;
}

export type LayerConfig =
  | TilesLayerConfig
  | GeoJsonLayerConfig
  | PipelinesLayerConfig
  | IfcLayerConfig
  | OtherLayerConfig;

/** A layer entry that failed validation: it is listed with its problems so the user sees why it is missing. */
export interface InvalidLayer {
  id: string;
  kind: string;
  title: LocalizedText;
  problems: Problem[];
}

export interface Project {
  title: LocalizedText;
  description?: LocalizedText;
  /** CRS of overlay coordinates unless a layer says otherwise: 'EPSG:4326' (default), 'EPSG:4490', 'EPSG:4547', … */
  crs: string;
  home: CameraView;
  layers: LayerConfig[];
  invalidLayers: InvalidLayer[];
  viewpoints: Viewpoint[];
  attributes: AttributeMapping;
  /** Layer roles for the townscape checks (控高, 天际线, 视廊); empty lists when the manifest has none. */
  townscape: TownscapeConfig;
  /** Which sunlight rule the project's housing is held to (GB 50180-2018 表4.0.9); absent when the manifest has none. */
  sunlight?: SunlightConfig;
  /** Health-check targets and walking speed (城市体检); absent when the manifest has none. */
  health?: HealthConfig;
  /** Exhibition-screen mode: present turns it on (as `?kiosk=1` does). */
  kiosk?: KioskConfig;
  /** The exhibition screen's story card of each renewal unit, by unit id. */
  stories?: Record<string, UnitStory>;
}

export interface TownscapeConfig {
  /** GeoJSON layers whose polygons carry `limitMeters` (or renewal-unit `controls.heightLimitMeters`). */
  heightZoneLayers: string[];
  /** GeoJSON layers of view corridors (eye, target, halfWidthMeters). */
  corridorLayers: string[];
  /** Building layers that are proposals; every other building layer is the existing city. */
  proposalLayers: string[];
}

/**
 * How bad a problem is: `error` = the item was left out; `warning` = it was used, maybe not as meant (e.g. an unknown
 * key was ignored); `fixed` = it was repaired and used (e.g. an unclosed ring was closed).
 */
export type ProblemSeverity = 'error' | 'warning' | 'fixed';

/** One thing wrong with the input, located by a JSON path such as `$.layers[2].url`. */
export interface Problem {
  path: string;
  message: string;
  /** Absent means 'error'. */
  severity?: ProblemSeverity;
}

/** What `validateProject` returns: `project` is null only when the manifest's root is unusable. */
export interface ValidationResult {
  project: Project | null;
  /** Every problem found, including those also listed on `project.invalidLayers`. */
  problems: Problem[];
}
