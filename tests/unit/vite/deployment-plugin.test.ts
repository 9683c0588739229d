import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HtmlTagDescriptor, IndexHtmlTransformContext, ResolvedConfig } from 'vite';
import { describe, expect, it } from 'vitest';
import { deploymentPlugin, readDataOriginsEnv } from '../../../tools/vite/deployment-plugin.ts';
import { knockoutNoEvalPlugin } from '../../../tools/vite/knockout-no-eval-plugin.ts';

describe('CIM_DATA_ORIGINS', () => {
  it('reads comma-separated origins, normalized and deduplicated; unset is none', () => {
    expect(readDataOriginsEnv(' http://10.0.0.5:8080/tiles/ ,HTTPS://GIS.example.cn,http://10.0.0.5:8080,')).toEqual([
      'http://10.0.0.5:8080',
      'https://gis.example.cn',
    ]);
    expect(readDataOriginsEnv(undefined)).toEqual([]);
    expect(readDataOriginsEnv('')).toEqual([]);
  });

  it('stops on an entry that is not an http(s) origin, naming it', () => {
    expect(() => readDataOriginsEnv('http://10.0.0.5:8080,10.0.0.6')).toThrow(
      /CIM_DATA_ORIGINS: "10\.0\.0\.6" is not an http\(s\) origin/,
    );
  });
});

/** The CSP the built index.html gets, with `publicConfig` as public/cim.config.json when given. */
function builtPolicy(envOrigins: string[], publicConfig?: unknown): string {
  const publicDir = mkdtempSync(join(tmpdir(), 'cim-public-'));
  if (publicConfig !== undefined) writeFileSync(join(publicDir, 'cim.config.json'), JSON.stringify(publicConfig));
  const plugin = deploymentPlugin(envOrigins);
  (plugin.configResolved as (config: Partial<ResolvedConfig>) => void)({ publicDir });
  const { handler } = plugin.transformIndexHtml as {
    handler: (html: string, context: Partial<IndexHtmlTransformContext>) => HtmlTagDescriptor[];
  };
  const [tag] = handler('<html></html>', {});
  expect(tag).toMatchObject({
    tag: 'meta',
    injectTo: 'head-prepend',
    attrs: { 'http-equiv': 'Content-Security-Policy' },
  });
  return String(tag!.attrs!.content);
}

describe('the built Content-Security-Policy', () => {
  it("admits the environment's origins and those of a deployer's public/cim.config.json", () => {
    expect(builtPolicy([])).toMatch(/connect-src 'self' blob:;/);
    expect(builtPolicy(['http://10.0.0.5:8080'])).toMatch(/connect-src 'self' blob: http:\/\/10\.0\.0\.5:8080;/);
    expect(builtPolicy(['http://10.0.0.5:8080'], { dataOrigins: ['https://gis.example.cn', 'bad'] })).toMatch(
      /img-src 'self' blob: data: http:\/\/10\.0\.0\.5:8080 https:\/\/gis\.example\.cn;/,
    );
  });

  it('is left to the dev server, which injects scripts of its own', () => {
    const { handler } = deploymentPlugin([]).transformIndexHtml as {
      handler: (html: string, context: object) => unknown[];
    };
    expect(handler('<html></html>', { server: {} })).toEqual([]);
  });
});

describe('knockoutNoEvalPlugin', () => {
  it("finds knockout's global object without eval, and leaves other modules alone", () => {
    const transform = knockoutNoEvalPlugin().transform as (code: string, id: string) => { code: string } | undefined;
    const source = 'var A=this||(0,eval)("this"),w=A.document;';
    expect(transform(source, '/x/node_modules/@cesium/widgets/Source/ThirdParty/knockout-3.5.1.js')?.code).toBe(
      'var A=this||globalThis,w=A.document;',
    );
    expect(transform(source, '/x/src/other.js')).toBeUndefined();
  });
});
