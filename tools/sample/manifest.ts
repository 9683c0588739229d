// assets/sample/project.json (the manifest format of notes/manifest.md) and proposals.json for the district.
import { FACILITY_CATEGORIES } from '../../src/analysis/health/health-thresholds.ts';
import { ringCentroid } from '../../src/geometry/ring.ts';
import { headingTowards, lookAt, standAt } from './camera.ts';
import type { District } from './district.ts';
import type { Vec2 } from './geom.ts';
import { storiesManifest } from './stories.ts';
import { PROPOSAL_UNIT_ID } from './unit-specs.ts';

/** By life-circle tier: 5-minute orange, 10-minute purple, 15-minute blue. */
const TIER_COLORS = { 5: '#ff7f00', 10: '#984ea3', 15: '#377eb8' } as const;
const FACILITY_COLORS = Object.fromEntries(FACILITY_CATEGORIES.map((c) => [c.id, TIER_COLORS[c.tier]]));

const MODE_COLORS = { 保护传承: '#1b7837', 整治提升: '#4393c3', 改建完善: '#f4a582', 拆除新建: '#d6604d' };

const unitCentre = (district: District, id: string): Vec2 =>
  ringCentroid(district.units.find((u) => u.spec.id === id)!.polygon);

export function projectManifest(district: District): object {
  const heritageCore = ringCentroid(district.heritageZones[0]!.rings[0]!);
  const { corridor } = district;
  return {
    title: { 'zh-CN': '驻马店老城区城市更新示范', en: 'Zhumadian old town urban renewal demonstration' },
    description: {
      'zh-CN': `样例数据（种子 ${district.seed} 生成，非真实测绘）：${district.buildings.length} 栋现状建筑、${district.units.length} 个更新单元、历史街区、控高分区、视廊与地下管线。`,
      en: `Sample data (generated from seed ${district.seed}, not a survey): ${district.buildings.length} buildings, ${district.units.length} renewal units, a historic quarter, height zones, a view corridor and underground pipelines.`,
    },
    home: lookAt([0, -150], 3600, 15, -40),
    townscape: {
      heightZoneLayers: ['height-zones', 'heritage', 'units'],
      corridorLayers: ['view-corridor'],
      proposalLayers: ['scheme-a', 'scheme-b'],
    },
    // 驻马店: building climate zone Ⅲ (hot summer, cold winter), central city of about a million residents.
    sunlight: { climateZone: 'Ⅲ', urbanPopulation: 1_000_000 },
    // Health-check targets a renewal plan might set (illustrative, not from a published plan).
    health: {
      targets: {
        'park-coverage': 0.9,
        'park-coverage-straight': 0.9,
        'life-circle-15': 0.8,
        'dangerous-housing-share': 0.05,
        'housing-before-2000-share': 0.5,
        'height-limit-violations': 0,
        'skyline-breakers': 0,
        'heritage-at-risk': 0,
      },
    },
    layers: [
      {
        id: 'city',
        kind: '3dtiles',
        title: { 'zh-CN': '现状建筑', en: 'Existing buildings' },
        url: '../../tilesets/zhumadian-city/tileset.json',
        style: { maximumScreenSpaceError: 16 },
      },
      {
        id: 'water',
        kind: 'geojson',
        title: { 'zh-CN': '水系', en: 'Water' },
        url: 'water.geojson',
        style: { fill: '#3a7bbf', fillOpacity: 0.75, stroke: '#2b5f94', strokeWidthPx: 1, clampTo: 'ground' },
      },
      {
        id: 'units',
        kind: 'geojson',
        title: { 'zh-CN': '更新单元', en: 'Renewal units' },
        url: 'renewal-units.geojson',
        role: 'renewal-units',
        style: {
          fill: { property: 'mode', values: MODE_COLORS, default: '#999999' },
          fillOpacity: 0.35,
          stroke: '#ffffff',
          strokeWidthPx: 2,
          clampTo: 'tiles',
          labelProperty: 'name',
        },
      },
      {
        id: 'heritage',
        kind: 'geojson',
        title: { 'zh-CN': '历史文化街区保护范围', en: 'Historic quarter' },
        url: 'heritage-zones.geojson',
        role: 'heritage-zones',
        style: {
          fill: { property: 'zone', values: { 核心保护范围: '#b2182b', 建设控制地带: '#f4a582' }, default: '#999999' },
          fillOpacity: 0.3,
          stroke: '#b2182b',
          strokeWidthPx: 2,
          clampTo: 'tiles',
          labelProperty: 'name',
        },
      },
      {
        id: 'height-zones',
        kind: 'geojson',
        title: { 'zh-CN': '控高分区', en: 'Height zones' },
        url: 'height-zones.geojson',
        visible: false,
        style: {
          fill: {
            property: 'basis',
            values: { 控规: '#fee08b', 历史街区: '#d73027', 机场净空: '#4575b4', 视廊: '#91bfdb' },
            default: '#999999',
          },
          fillOpacity: 0.25,
          stroke: '#666666',
          strokeWidthPx: 1,
          clampTo: 'ground',
          labelProperty: 'name',
        },
      },
      {
        id: 'view-corridor',
        kind: 'geojson',
        title: { 'zh-CN': '视线通廊', en: 'View corridor' },
        url: 'view-corridors.geojson',
        visible: false,
        style: { stroke: '#ffd700', strokeWidthPx: 3, clampTo: 'none', labelProperty: 'name' },
      },
      {
        id: 'streets',
        kind: 'geojson',
        title: { 'zh-CN': '道路中心线', en: 'Street centrelines' },
        url: 'streets.geojson',
        visible: false,
        style: { stroke: '#f5f5f5', strokeWidthPx: 2, clampTo: 'ground' },
      },
      {
        id: 'green-spaces',
        kind: 'geojson',
        title: { 'zh-CN': '公园绿地', en: 'Parks and green spaces' },
        url: 'green-spaces.geojson',
        role: 'green-spaces',
        visible: false,
        style: {
          fill: '#4daf4a',
          fillOpacity: 0.6,
          stroke: '#2d7a2b',
          strokeWidthPx: 1,
          clampTo: 'ground',
          labelProperty: 'name',
        },
      },
      {
        id: 'walk-network',
        kind: 'geojson',
        title: { 'zh-CN': '步行网络', en: 'Walk network' },
        url: 'walk-network.geojson',
        role: 'walk-network',
        visible: false,
        style: { stroke: '#ffe082', strokeWidthPx: 2, clampTo: 'ground' },
      },
      {
        id: 'facilities',
        kind: 'geojson',
        title: { 'zh-CN': '社区服务设施', en: 'Community facilities' },
        url: 'facilities.geojson',
        role: 'facilities',
        visible: false,
        style: {
          stroke: '#ffffff',
          fill: { property: 'category', values: FACILITY_COLORS, default: '#999999' },
          strokeWidthPx: 1,
          clampTo: 'ground',
        },
      },
      {
        id: 'pipelines',
        kind: 'pipelines',
        title: { 'zh-CN': '地下管线', en: 'Underground pipelines' },
        url: 'pipelines.geojson',
        visible: false,
      },
      {
        id: 'scheme-b',
        kind: '3dtiles',
        title: { 'zh-CN': '方案B（多层围合）', en: 'Scheme B (perimeter blocks)' },
        url: '../../tilesets/scheme-b/tileset.json',
        visible: false,
        style: { color: '#f6e8c3', maximumScreenSpaceError: 16 },
      },
      {
        id: 'scheme-a',
        kind: 'ifc',
        title: { 'zh-CN': '方案A（IFC，高层点式+板式）', en: 'Scheme A (IFC, towers and slabs)' },
        url: 'scheme-a.ifc',
        visible: false,
        heightOffsetMeters: -district.schemes.frame.groundElevationM,
      },
    ],
    // The exhibition screen's story card of each unit (README, "Running an exhibition screen").
    stories: storiesManifest(),
    viewpoints: [
      viewpoint('overview', '老城区全景', 'Old town overview', lookAt([0, -150], 3000, 20, -38)),
      viewpoint('heritage-core', '老街历史文化街区', 'Historic quarter', lookAt(heritageCore, 650, 330, -35)),
      viewpoint(
        'unit-ru02',
        '解放路北棚户区（拆除新建）',
        'Jiefang Road North shanty area (redevelopment)',
        lookAt(unitCentre(district, PROPOSAL_UNIT_ID), 750, 210, -38),
      ),
      viewpoint(
        'unit-ru07',
        '火车站片区综合更新',
        'Railway station district',
        lookAt(unitCentre(district, 'RU-07'), 900, 300, -40),
      ),
      viewpoint('unit-ru03', '纺织厂老厂区', 'Old textile mill', lookAt(unitCentre(district, 'RU-03'), 800, 45, -40)),
      eyeLevel(
        'street-corridor',
        '人民桥望天中钟楼',
        'Clock tower from Renmin Bridge',
        standAt(corridor.eye, corridor.eyeHeightMeters, headingTowards(corridor.eye, corridor.target), -2),
      ),
    ],
  };
}

function viewpoint(id: string, zh: string, en: string, view: object): object {
  return { id, title: { 'zh-CN': zh, en }, view };
}

/** A pedestrian's view (人视点), where the skyline is judged. */
function eyeLevel(id: string, zh: string, en: string, view: object): object {
  return { ...viewpoint(id, zh, en, view), eyeLevel: true };
}

export function proposalsManifest(district: District): object {
  return {
    unitId: district.schemes.unitId,
    /** Ground level at the scheme origin in the IFC's vertical datum (its IfcMapConversion OrthogonalHeight). */
    groundElevationM: district.schemes.frame.groundElevationM,
    schemes: [
      {
        id: 'A',
        name: { 'zh-CN': '方案A：高层点式+板式', en: 'Scheme A: towers and slabs' },
        kind: 'ifc',
        url: 'scheme-a.ifc',
      },
      {
        id: 'B',
        name: { 'zh-CN': '方案B：多层围合+地标塔楼', en: 'Scheme B: perimeter blocks and a landmark tower' },
        kind: '3dtiles',
        url: '../../tilesets/scheme-b/tileset.json',
      },
    ],
  };
}
