import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DEPLOYMENT_CONFIG,
  DEFAULT_LIMITS,
  normalizeOrigin,
  parseDeploymentConfigText,
  validateDeploymentConfig,
} from '../../../src/config/deployment-config.ts';

describe('validateDeploymentConfig', () => {
  it('reads origins (normalised, deduplicated) and limits, defaulting the rest', () => {
    const { config, problems } = validateDeploymentConfig({
      dataOrigins: ['http://10.0.0.5:8080/tiles/', 'http://10.0.0.5:8080', 'https://gis.example.cn'],
      limits: { maxFileBytes: 1000 },
    });
    expect(problems).toEqual([]);
    expect(config.dataOrigins).toEqual(['http://10.0.0.5:8080', 'https://gis.example.cn']);
    expect(config.limits).toEqual({ ...DEFAULT_LIMITS, maxFileBytes: 1000 });
  });

  it('reports every wrong entry with its path and keeps the defaults for it', () => {
    const { config, problems } = validateDeploymentConfig({
      dataOrigins: ['data:text/plain,x', 42, 'ftp://x'],
      limits: { maxNestingDepth: -1, maxRingVertices: 'many', bogus: 1 },
      extra: true,
    });
    expect(config.dataOrigins).toEqual([]);
    expect(config.limits).toEqual(DEFAULT_LIMITS);
    expect(problems.map((p) => p.path).sort()).toEqual([
      '$.dataOrigins[0]',
      '$.dataOrigins[1]',
      '$.dataOrigins[2]',
      '$.extra',
      '$.limits.bogus',
      '$.limits.maxNestingDepth',
      '$.limits.maxRingVertices',
    ]);
  });

  it('refuses a root that is not an object', () => {
    const { config, problems } = validateDeploymentConfig([1]);
    expect(config.dataOrigins).toEqual([]);
    expect(problems[0].path).toBe('$');
  });

  it('normalises origins and refuses non-http schemes', () => {
    expect(normalizeOrigin(' HTTP://Tiles.Local:80/a?b ')).toBe('http://tiles.local');
    expect(normalizeOrigin('blob:http://x/y')).toBeUndefined();
    expect(normalizeOrigin('not a url')).toBeUndefined();
  });
});

describe('parseDeploymentConfigText', () => {
  it("reads the file's text, a byte-order mark included", () => {
    const { config, problems } = parseDeploymentConfigText('\ufeff{"dataOrigins": ["http://10.0.0.5:8080"]}');
    expect(problems).toEqual([]);
    expect(config.dataOrigins).toEqual(['http://10.0.0.5:8080']);
  });

  it('keeps the defaults for malformed JSON and says where it breaks', () => {
    const { config, problems } = parseDeploymentConfigText('{"dataOrigins": ["http://10.0.0.5:8080",]}');
    expect(config).toEqual(DEFAULT_DEPLOYMENT_CONFIG);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      path: '$',
      message: expect.stringMatching(/not valid JSON at line 1, column 41.*trailing comma/),
    });
  });
});
