import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  directiveSources,
  directivesRefusing,
  sourcesAdmit,
} from '../../../src/config/content-security-policy.ts';

const PAGE = 'http://cim.intranet';

describe('contentSecurityPolicy', () => {
  it("admits only the page's own origin for data by default, and no inline or eval script", () => {
    const policy = contentSecurityPolicy([]);
    expect(directiveSources(policy, 'connect-src')).toEqual(["'self'", 'blob:']);
    expect(directiveSources(policy, 'script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    expect(directivesRefusing(policy, 'http://10.0.0.5:8080', PAGE)).toEqual(['connect-src', 'img-src']);
    expect(directivesRefusing(policy, PAGE, PAGE)).toEqual([]);
  });

  it('admits the data origins it was built with', () => {
    const policy = contentSecurityPolicy(['http://10.0.0.5:8080', 'https://gis.example.cn']);
    expect(directivesRefusing(policy, 'http://10.0.0.5:8080', PAGE)).toEqual([]);
    expect(directivesRefusing(policy, 'https://gis.example.cn', PAGE)).toEqual([]);
    expect(directivesRefusing(policy, 'http://10.0.0.5:8081', PAGE)).toEqual(['connect-src', 'img-src']);
  });
});

describe('reading a policy back', () => {
  it('falls back to default-src and knows when there is no policy for a directive', () => {
    expect(directiveSources("default-src 'self' http://a", 'img-src')).toEqual(["'self'", 'http://a']);
    expect(directiveSources("script-src 'self'", 'img-src')).toBeUndefined();
    expect(directivesRefusing("script-src 'self'", 'http://a', PAGE)).toEqual([]);
  });

  it('matches hosts, ports, schemes and wildcards as CSP does', () => {
    const admits = (source: string, origin: string) => sourcesAdmit([source], origin, PAGE);
    expect(admits('http://10.0.0.5:8080', 'http://10.0.0.5:8080')).toBe(true);
    expect(admits('http://10.0.0.5:8080/tiles/', 'http://10.0.0.5:8080')).toBe(true);
    expect(admits('http://10.0.0.5', 'http://10.0.0.5:8080')).toBe(false);
    expect(admits('http://10.0.0.5:*', 'http://10.0.0.5:8080')).toBe(true);
    expect(admits('https://gis.example.cn', 'https://gis.example.cn')).toBe(true);
    expect(admits('https://gis.example.cn', 'http://gis.example.cn')).toBe(false);
    expect(admits('*.example.cn', 'https://gis.example.cn')).toBe(true);
    expect(admits('*.example.cn', 'https://example.cn')).toBe(false);
    expect(admits('http:', 'http://anything')).toBe(true);
    expect(admits('*', 'http://anything')).toBe(true);
    expect(admits("'none'", 'http://anything')).toBe(false);
    expect(admits('blob:', 'http://anything')).toBe(false);
  });
});
