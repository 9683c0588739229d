// The window.cim error convention (README, "Scripting API"): method-prefixed messages, typed by what the caller can do.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  argumentError,
  LoadFailedError,
  ManifestLayerError,
  ProjectStateError,
  UnknownItemError,
  UnknownLayerError,
} from '../../../src/app/api-errors.ts';

describe('errors at the window.cim boundary', () => {
  it('are method-prefixed and typed', () => {
    const wrong = argumentError('cim.excavate', 'depthM must be a number of metres from 0 to 50, got 80');
    expect(wrong).toBeInstanceOf(TypeError);
    expect(wrong.message).toBe('cim.excavate: depthM must be a number of metres from 0 to 50, got 80');

    const layer = new UnknownLayerError('cim.removeLayer', 'xss');
    expect(layer).toBeInstanceOf(UnknownItemError);
    expect(`${layer.name}: ${layer.message}`).toBe("UnknownLayerError: cim.removeLayer: no layer 'xss'");
    expect([layer.kind, layer.id, layer.layerId]).toEqual(['layer', 'xss', 'xss']);

    const scheme = new UnknownItemError('cim.sunlight', 'scheme', 'c', "use 'existing' or a proposal layer id");
    expect(`${scheme.name}: ${scheme.message}`).toBe(
      "UnknownItemError: cim.sunlight: no scheme 'c' (use 'existing' or a proposal layer id)",
    );

    const manifest = new ManifestLayerError('cim.removeLayer', 'city');
    expect(manifest).toBeInstanceOf(ProjectStateError);
    expect(manifest.name).toBe('ManifestLayerError');
    expect(manifest.message).toMatch(/^cim\.removeLayer: layer 'city' belongs to the project manifest/);
    expect(new LoadFailedError('cim.loadIfc', 'x.ifc: not an IFC file').name).toBe('LoadFailedError');
  });

  it('every throw in the API files follows the convention', () => {
    const app = fileURLToPath(new URL('../../../src/app/', import.meta.url));
    const apiFiles = readdirSync(app, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('-api.ts'));
    expect(apiFiles.length).toBeGreaterThanOrEqual(6);
    // Each throw statement to its end, whitespace collapsed (the formatter wraps long ones over several lines).
    const throws = apiFiles.flatMap((file) =>
      [...readFileSync(join(app, file), 'utf8').matchAll(/\bthrow\b[^;]*;/g)].map(
        ([statement]) => `${file}: ${statement.replace(/\s+/g, ' ')}`,
      ),
    );
    expect(throws.length).toBeGreaterThanOrEqual(8);
    // Only the typed errors, each given the method's name.
    const offenders = throws.filter(
      (line) =>
        !/throw (argumentError|new (UnknownItemError|UnknownLayerError|ProjectStateError|ManifestLayerError|LoadFailedError))\( ?'cim\.\w+'/.test(
          line,
        ),
    );
    expect(offenders).toEqual([]);
  });
});
