import { describe, expect, it } from 'vitest';
import { readUrlOptions } from '../../../src/app/url-options.ts';
import { originRefusal, type OriginPolicy } from '../../../src/data/origin-policy.ts';

const PAGE = 'http://cim.intranet:8080/viewer/index.html?render=cheap';
const ownOnly: OriginPolicy = { pageUrl: PAGE, dataOrigins: [] };
const withTileServer: OriginPolicy = { pageUrl: PAGE, dataOrigins: ['http://10.0.0.5:8080'] };

describe('originRefusal', () => {
  it("allows the page's own origin, relative URLs included", () => {
    for (const url of [
      'assets/sample/project.json',
      '../x/tileset.json',
      '/root.json',
      'http://cim.intranet:8080/a.b3dm',
      'HTTP://CIM.INTRANET:8080/upper-case.json',
    ]) {
      expect(originRefusal(url, ownOnly), url).toBeUndefined();
    }
  });

  it('refuses other origins by default, naming the origin and how to allow it', () => {
    expect(originRefusal('http://10.0.0.5:8080/tiles/tileset.json', ownOnly)).toBe(
      'its origin http://10.0.0.5:8080 is not allowed; to allow it, add its origin to dataOrigins in cim.config.json (beside index.html)',
    );
    expect(originRefusal('//evil.example/x.json', ownOnly)).toMatch(/http:\/\/evil\.example is not allowed/);
  });

  it('tells ports and schemes apart: an origin is scheme, host and port', () => {
    expect(originRefusal('http://cim.intranet:8081/a.json', ownOnly)).toMatch(/:8081 is not allowed/);
    expect(originRefusal('https://cim.intranet:8080/a.json', ownOnly)).toMatch(
      /https:\/\/cim\.intranet:8080 is not allowed/,
    );
    expect(originRefusal('http://cim.intranet/a.json', ownOnly)).toMatch(/http:\/\/cim\.intranet is not allowed/);
    expect(originRefusal('http://10.0.0.5:8081/a.json', withTileServer)).toMatch(/not allowed/);
  });

  it('allows the configured data origins, whatever the case of the host', () => {
    expect(originRefusal('http://10.0.0.5:8080/tiles/tileset.json', withTileServer)).toBeUndefined();
    const named: OriginPolicy = { pageUrl: PAGE, dataOrigins: ['https://gis.example.cn'] };
    expect(originRefusal('https://GIS.Example.CN/3d/tileset.json', named)).toBeUndefined();
    expect(originRefusal('https://gis.example.cn:443/3d/tileset.json', named)).toBeUndefined();
  });

  it('refuses data:, javascript: and other schemes even when the origin list is set', () => {
    expect(originRefusal('data:application/json,{"layers":[]}', withTileServer)).toMatch(/^data: URLs are not loaded/);
    expect(originRefusal('javascript:alert(1)', withTileServer)).toMatch(/^javascript: URLs/);
    expect(originRefusal('file:///etc/passwd', withTileServer)).toMatch(/^file: URLs/);
    expect(originRefusal('ftp://10.0.0.5:8080/x', withTileServer)).toMatch(/^ftp: URLs/);
  });

  it("allows blob: URLs of the page's own origin (dropped files) only", () => {
    expect(
      originRefusal('blob:http://cim.intranet:8080/6f1c0a2e-4d1b-4c59-9a57-2a4f7f3d6b10', ownOnly),
    ).toBeUndefined();
    expect(originRefusal('blob:http://evil.example/6f1c0a2e', withTileServer)).toMatch(
      /blob: URL this page did not make/,
    );
    expect(originRefusal('blob:null/6f1c0a2e', ownOnly)).toMatch(/blob: URL/);
  });

  it('refuses an absolute ?project= URL on another origin', () => {
    const location = new URL(
      `${PAGE}&project=${encodeURIComponent('http://127.0.0.1:9999/x.json')}`,
    ) as unknown as Location;
    const { projectUrl } = readUrlOptions(location, undefined);
    expect(projectUrl).toBe('http://127.0.0.1:9999/x.json');
    expect(originRefusal(projectUrl, ownOnly)).toMatch(/http:\/\/127\.0\.0\.1:9999 is not allowed/);
    const relative = readUrlOptions(new URL(`${PAGE}&project=fixtures/p.json`) as unknown as Location, undefined);
    expect(originRefusal(relative.projectUrl, ownOnly)).toBeUndefined();
  });
});
