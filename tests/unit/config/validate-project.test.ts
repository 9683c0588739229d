import { describe, expect, it } from 'vitest';
import { validateProject } from '../../../src/config/validate-project.ts';
import type { GeoJsonLayerConfig, TilesLayerConfig } from '../../../src/config/project-types.ts';
import { KNOWN_KINDS, MANIFEST_URL, validManifest } from './fixtures.ts';

const validate = (json: unknown) => validateProject(json, MANIFEST_URL, KNOWN_KINDS);
const paths = (result: ReturnType<typeof validate>) => result.problems.map((p) => p.path);

describe('validateProject: root', () => {
  it('accepts a valid manifest without problems and fills defaults', () => {
    const { project, problems } = validate(validManifest());
    expect(problems).toEqual([]);
    expect(project?.crs).toBe('EPSG:4326');
    expect(project?.home).toEqual({
      lon: 114.02,
      lat: 32.97,
      heightMeters: 1500,
      headingDeg: 0,
      pitchDeg: -45,
      rollDeg: 0,
    });
    expect(project?.layers.map((l) => l.id)).toEqual(['city', 'units', 'scheme']);
    expect(project?.invalidLayers).toEqual([]);
    expect(project?.attributes.safetyGrade).toBe('safetyGrade');
  });

  it.each([null, [], 'project', 42])('rejects a root that is not an object: %j', (json) => {
    const { project, problems } = validate(json);
    expect(project).toBeNull();
    expect(problems).toHaveLength(1);
    expect(problems[0].path).toBe('$');
    expect(problems[0].message).toMatch(/must be a JSON object/);
  });

  it('yields no project without title, home or layers, and still reports every problem', () => {
    const json = validManifest();
    delete json.title;
    json.home = { lon: 200, lat: 32 };
    json.layers = { city: {} };
    json.viewpoints[0].view.lat = 'north';
    const result = validate(json);
    expect(result.project).toBeNull();
    expect(paths(result)).toEqual([
      '$.title',
      '$.home.lon',
      '$.home.heightMeters',
      '$.viewpoints[0].view.lat',
      '$.layers',
    ]);
    expect(result.problems[1].message).toBe(
      'lon must be a number from -180 to 180 (longitude in degrees), found the number 200',
    );
    expect(result.problems[2].message).toMatch(/found nothing/);
    expect(result.problems[4].message).toMatch(/layers must be an array .* found an object/);
  });

  it('accepts an empty layers array', () => {
    const json = validManifest();
    json.layers = [];
    expect(validate(json).project?.layers).toEqual([]);
  });

  it('rejects an invalid title, keeps an optional description', () => {
    const json = validManifest();
    json.description = { en: 'Old town' };
    expect(validate(json).project?.description).toEqual({ en: 'Old town' });
    json.title = { fr: 'Zhumadian' };
    const result = validate(json);
    expect(result.project).toBeNull();
    expect(result.problems[0]).toMatchObject({ path: '$.title' });
  });

  it('checks the project crs and normalises it', () => {
    const json = validManifest();
    json.crs = 'urn:ogc:def:crs:EPSG::4490';
    expect(validate(json).project?.crs).toBe('EPSG:4490');
    json.crs = 'EPSG:2000';
    const result = validate(json);
    expect(result.problems[0].path).toBe('$.crs');
    expect(result.problems[0].message).toMatch(/EPSG:2000.*supported are/);
    // A geojson layer without its own crs cannot be read when the project's is broken.
    json.layers[1].crs = undefined;
    const again = validate(json);
    expect(again.project?.invalidLayers.map((l) => l.id)).toEqual(['units']);
  });

  it('warns about unknown root keys but loads', () => {
    const json = validManifest();
    json.layer = [];
    const { project, problems } = validate(json);
    expect(project).not.toBeNull();
    expect(problems).toEqual([expect.objectContaining({ path: '$.layer', severity: 'warning' })]);
  });

  it('asserts that the manifest URL is absolute (a programmer error)', () => {
    expect(() => validateProject(validManifest(), 'project.json', KNOWN_KINDS)).toThrow(/absolute manifest URL/);
  });
});

describe('validateProject: layers', () => {
  it('a bad layer does not sink the others', () => {
    const json = validManifest();
    json.layers[1].opacity = 1.5;
    json.layers[1].style = { fill: 'not-a-colour' };
    const { project, problems } = validate(json);
    expect(project?.layers.map((l) => l.id)).toEqual(['city', 'scheme']);
    expect(project?.invalidLayers).toEqual([
      {
        id: 'units',
        kind: 'geojson',
        title: { en: 'Renewal units' },
        problems: [
          {
            path: '$.layers[1].opacity',
            message: 'opacity must be a number from 0 to 1 (0 = invisible, 1 = opaque), found the number 1.5',
          },
          {
            path: '$.layers[1].style.fill',
            message: expect.stringMatching(/expected a CSS colour .* found the string "not-a-colour"/),
          },
        ],
      },
    ]);
    expect(paths({ project, problems })).toEqual(['$.layers[1].opacity', '$.layers[1].style.fill']);
  });

  it('reports an unknown kind, naming the known ones', () => {
    const json = validManifest();
    json.layers[0].kind = 'pointcloud';
    const { project } = validate(json);
    expect(project?.invalidLayers[0]).toMatchObject({ id: 'city', kind: 'pointcloud' });
    expect(project?.invalidLayers[0].problems[0]).toEqual({
      path: '$.layers[0].kind',
      message: 'unknown layer kind "pointcloud"; known kinds: 3dtiles, geojson, ifc',
    });
  });

  it('makes the second layer with a duplicate id invalid', () => {
    const json = validManifest();
    json.layers[2].id = 'city';
    const { project } = validate(json);
    expect(project?.layers.map((l) => l.kind)).toEqual(['3dtiles', 'geojson']);
    expect(project?.invalidLayers[0].problems[0]).toEqual({
      path: '$.layers[2].id',
      message: 'duplicate layer id "city" (first used at $.layers[0]); layer ids must be unique',
    });
  });

  it('lists a layer entry that is not an object, and one with nothing known, as invalid', () => {
    const json = validManifest();
    json.layers.push('city2', {});
    const { project, problems } = validate(json);
    expect(project?.invalidLayers.map((l) => [l.id, l.kind, l.title])).toEqual([
      ['layers[3]', '', 'layers[3]'],
      ['layers[4]', '', 'layers[4]'],
    ]);
    expect(paths({ project, problems })).toEqual([
      '$.layers[3]',
      '$.layers[4].id',
      '$.layers[4].kind',
      '$.layers[4].title',
      '$.layers[4].url',
    ]);
  });

  it('resolves relative urls against the manifest URL and keeps absolute ones', () => {
    const json = validManifest();
    json.layers[2].url = 'http://10.0.0.5/models/a.ifc';
    const [city, units, scheme] = validate(json).project!.layers;
    expect(city.url).toBe('http://127.0.0.1:4173/tilesets/zhumadian-city/tileset.json');
    expect(units.url).toBe('http://127.0.0.1:4173/projects/zhumadian/renewal-units.geojson');
    expect(scheme.url).toBe('http://10.0.0.5/models/a.ifc');
  });

  it('fills layer and style defaults', () => {
    const [city, units] = validate(validManifest()).project!.layers as [TilesLayerConfig, GeoJsonLayerConfig];
    expect(city).toMatchObject({ visible: true, opacity: 1, options: {}, style: { maximumScreenSpaceError: 16 } });
    expect(units).toMatchObject({ visible: true, opacity: 1, crs: 'EPSG:4547' });
    expect(units.style).toEqual({
      fillOpacity: 0.5,
      stroke: '#ffffff',
      strokeWidthPx: 2,
      clampTo: 'ground',
      pointSizePx: 8,
    });
  });

  it('gives geojson layers the project crs by default', () => {
    const json = validManifest();
    json.crs = 'EPSG:4546';
    delete json.layers[1].crs;
    expect((validate(json).project!.layers[1] as GeoJsonLayerConfig).crs).toBe('EPSG:4546');
  });

  it('keeps extra keys of kinds it does not type in options and their style as a plain object', () => {
    const json = validManifest();
    json.layers[2] = {
      id: 'sun',
      kind: 'sunlight',
      title: '日照',
      url: 'sun.json',
      day: '大寒',
      style: { edges: true },
    };
    const layer = validateProject(json, MANIFEST_URL, { knownKinds: [...KNOWN_KINDS.knownKinds, 'sunlight'] }).project!
      .layers[2];
    expect(layer.options).toEqual({ day: '大寒' });
    expect(layer.style).toEqual({ edges: true });
  });

  it('rejects a style that is not an object', () => {
    const json = validManifest();
    json.layers[2].style = 'red';
    const { project } = validate(json);
    expect(project?.invalidLayers[0].problems).toEqual([
      { path: '$.layers[2].style', message: 'style must be an object, found the string "red"' },
    ]);
  });

  it('warns about unknown keys on typed kinds, without invalidating the layer', () => {
    const json = validManifest();
    json.layers[0].visibel = false;
    const { project, problems } = validate(json);
    expect(project?.layers).toHaveLength(3);
    expect(problems).toEqual([expect.objectContaining({ path: '$.layers[0].visibel', severity: 'warning' })]);
  });

  it('checks visible, title and id types', () => {
    const json = validManifest();
    Object.assign(json.layers[0], { visible: 'yes', title: '', id: '  ' });
    const { project } = validate(json);
    expect(project?.invalidLayers[0].problems.map((p) => p.path)).toEqual([
      '$.layers[0].id',
      '$.layers[0].title',
      '$.layers[0].visible',
    ]);
    expect(project?.invalidLayers[0].problems[2].message).toBe('visible must be true or false, found the string "yes"');
  });
});
