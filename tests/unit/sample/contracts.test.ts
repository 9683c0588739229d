// DESIGN §3 data contracts: every required property is present with the right type, in every generated file.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LAYER_KINDS } from '../../../src/config/layer-kinds.ts';
import { validateProject } from '../../../src/config/validate-project.ts';
import { buildingHeightMeters } from '../../../tools/sample/schemes.ts';
import { containsPoint, features, outerRing, sample, type GeoFeature } from './fixture.ts';

type Check = (value: unknown) => boolean;
const isString: Check = (v) => typeof v === 'string';
const nonEmpty: Check = (v) => typeof v === 'string' && v.length > 0;
const isNumber: Check = (v) => typeof v === 'number' && Number.isFinite(v);
const positive: Check = (v) => isNumber(v) && (v as number) > 0;
const isInteger: Check = (v) => Number.isInteger(v);
const oneOf =
  (...values: unknown[]): Check =>
  (v) =>
    values.includes(v);
const lonLatHeight: Check = (v) => Array.isArray(v) && v.length === 3 && v.every(isNumber);

function expectContract(file: string, list: GeoFeature[], geometry: string[], contract: Record<string, Check>): void {
  expect(list.length, file).toBeGreaterThan(0);
  for (const feature of list) {
    const label = `${file} ${String(feature.properties.id)}`;
    expect(geometry, label).toContain(feature.geometry.type);
    for (const [key, check] of Object.entries(contract))
      expect(check(feature.properties[key]), `${label}.${key} = ${JSON.stringify(feature.properties[key])}`).toBe(true);
  }
}

const CATEGORIES = ['居住类', '产业类', '设施类', '公共空间类', '区域综合类', '历史风貌类', '数字赋能类'];
const MODES = ['保护传承', '整治提升', '改建完善', '拆除新建'];
const PIPE_CLASSES = ['JS', 'PS', 'RQ', 'RL', 'DL', 'TX', 'GY', 'ZH', 'BM'];

describe('sample data contracts', () => {
  it('buildings carry the standard attributes', () => {
    expectContract('buildings', features('buildings.geojson'), ['Polygon'], {
      id: nonEmpty,
      name: nonEmpty,
      heightMeters: positive,
      floors: isInteger,
      yearBuilt: isInteger,
      structure: oneOf('砖木', '砖混', '框架', '框剪', '钢结构'),
      use: oneOf('居住', '商业', '办公', '公共服务', '工业', '仓储'),
      safetyGrade: oneOf('A', 'B', 'C', 'D', 'unknown'),
      renewalUnitId: isString,
      heritage: oneOf('none', '历史建筑', '文物保护单位'),
    });
  });

  it('renewal units: 6–10 with categories, modes, phases and nested controls', () => {
    const units = features('renewal-units.geojson');
    expect(units.length).toBeGreaterThanOrEqual(6);
    expect(units.length).toBeLessThanOrEqual(10);
    expectContract('units', units, ['Polygon'], {
      id: nonEmpty,
      name: nonEmpty,
      category: oneOf(...CATEGORIES),
      mode: oneOf(...MODES),
      phase: (v) => /^\d{4}–\d{4}$/.test(String(v)),
      controls: (v) => {
        const c = v as Record<string, unknown>;
        return (
          [c.farMax, c.coverageMax, c.greenRatioMin, c.heightLimitMeters].every(positive) &&
          (c.demolitionRatioMax === undefined || isNumber(c.demolitionRatioMax))
        );
      },
    });
    expect(units.some((u) => u.properties.mode === '拆除新建')).toBe(true);
  });

  it('some units already break a control (taller existing buildings than the limit)', () => {
    const buildings = features('buildings.geojson');
    const broken = features('renewal-units.geojson').filter((u) => {
      const limit = (u.properties.controls as { heightLimitMeters: number }).heightLimitMeters;
      return buildings.some(
        (b) => b.properties.renewalUnitId === u.properties.id && (b.properties.heightMeters as number) > limit,
      );
    });
    expect(broken.length).toBeGreaterThanOrEqual(2);
  });

  it('heritage zones: a core and a belt with a hole around it', () => {
    const zones = features('heritage-zones.geojson');
    expectContract('heritage', zones, ['Polygon'], {
      zone: oneOf('核心保护范围', '建设控制地带'),
      name: nonEmpty,
      limitMeters: positive,
      rules: nonEmpty,
    });
    const belt = zones.find((z) => z.properties.zone === '建设控制地带')!;
    const core = zones.find((z) => z.properties.zone === '核心保护范围')!;
    expect(belt.geometry.coordinates.length).toBe(2);
    for (const point of outerRing(core)) expect(containsPoint(outerRing(belt), point)).toBe(true);
  });

  it('height zones cover the district with overlapping limits; one view corridor', () => {
    const zones = features('height-zones.geojson');
    expectContract('height zones', zones, ['Polygon'], {
      name: nonEmpty,
      limitMeters: positive,
      basis: oneOf('控规', '历史街区', '机场净空', '视廊'),
    });
    expect(new Set(zones.map((z) => z.properties.basis)).size).toBe(4);
    const widest = zones.find((z) => z.properties.basis === '控规')!;
    for (const b of features('buildings.geojson'))
      expect(containsPoint(outerRing(widest), outerRing(b)[0]!)).toBe(true);
    expectContract('view corridors', features('view-corridors.geojson'), ['LineString'], {
      id: nonEmpty,
      name: nonEmpty,
      eye: lonLatHeight,
      target: lonLatHeight,
      halfWidthMeters: positive,
    });
  });

  it('pipelines: every CJJ 61 class, segments and wells with their fields', () => {
    const all = features('pipelines.geojson');
    const segments = all.filter((f) => f.geometry.type === 'LineString');
    const wells = all.filter((f) => f.geometry.type === 'Point');
    expect(new Set(segments.map((s) => s.properties.class))).toEqual(new Set(PIPE_CLASSES));
    expect(segments.length).toBeGreaterThanOrEqual(1000);
    expect(segments.length).toBeLessThanOrEqual(3500);
    expectContract('pipe segments', segments, ['LineString'], {
      id: nonEmpty,
      class: oneOf(...PIPE_CLASSES),
      subtype: nonEmpty,
      section: oneOf('circle', 'rect'),
      startDepthM: positive,
      endDepthM: positive,
      material: nonEmpty,
      yearLaid: (v) => v === null || isInteger(v),
    });
    for (const s of segments) {
      const p = s.properties;
      if (p.section === 'circle') expect(positive(p.diameterMm), String(p.id)).toBe(true);
      else expect(positive(p.widthMm) && positive(p.heightMm), String(p.id)).toBe(true);
      expect(p.class === 'RQ' ? nonEmpty(p.pressure) : p.pressure === undefined, String(p.id)).toBe(true);
    }
    expectContract('wells', wells, ['Point'], {
      id: nonEmpty,
      class: oneOf(...PIPE_CLASSES),
      groundElevationM: positive,
      depthM: positive,
    });
    const wellIds = new Set(wells.map((w) => w.properties.id));
    for (const s of segments)
      expect(
        wellIds.has(s.properties.startWellId) && wellIds.has(s.properties.endWellId),
        String(s.properties.id),
      ).toBe(true);
  });

  it('project.json validates, and every url it or proposals.json names exists', () => {
    const { files } = sample();
    const manifestUrl = 'http://127.0.0.1/assets/sample/project.json';
    const result = validateProject(JSON.parse(files.get('assets/sample/project.json')!), manifestUrl, {
      knownKinds: LAYER_KINDS,
    });
    expect(result.problems).toEqual([]);
    const project = result.project!;
    expect(project.viewpoints.length).toBeGreaterThanOrEqual(4);
    expect(project.viewpoints.length).toBeLessThanOrEqual(6);
    expect(project.layers.map((l) => l.id)).toEqual([
      'city',
      'water',
      'units',
      'heritage',
      'height-zones',
      'view-corridor',
      'streets',
      'green-spaces',
      'walk-network',
      'facilities',
      'pipelines',
      'scheme-b',
      'scheme-a',
    ]);
    const proposals = JSON.parse(files.get('assets/sample/proposals.json')!) as {
      unitId: string;
      schemes: { kind: string; url: string }[];
    };
    const urls = [
      ...project.layers.map((l) => l.url),
      ...proposals.schemes.map((s) => new URL(s.url, manifestUrl).href),
    ];
    const repoRoot = join(import.meta.dirname, '../../..');
    for (const url of urls) {
      const path = new URL(url).pathname.slice(1);
      expect(files.has(path) || existsSync(join(repoRoot, path)), url).toBe(true);
    }
    expect(proposals.schemes.map((s) => s.kind)).toEqual(['ifc', '3dtiles']);
    const unit = features('renewal-units.geojson').find((u) => u.properties.id === proposals.unitId)!;
    expect(unit.properties.mode).toBe('拆除新建');
    for (const b of features('scheme-b.geojson'))
      for (const p of outerRing(b)) expect(containsPoint(outerRing(unit), p)).toBe(true);
  });

  it('scheme A keeps to the unit height limit, scheme B breaks it once', () => {
    const { district } = sample();
    const limit = district.units.find((u) => u.spec.id === district.schemes.unitId)!.spec.controls.heightLimitMeters;
    for (const b of district.schemes.a) expect(buildingHeightMeters(b) + 3.7, b.name).toBeLessThanOrEqual(limit); // + roof plant room
    const tooTall = features('scheme-b.geojson').filter((b) => (b.properties.heightMeters as number) > limit);
    expect(tooTall.map((b) => b.properties.name)).toEqual(['B5地标塔楼']);
  });
});
