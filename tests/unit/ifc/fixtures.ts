// Shared set-up for the IFC tests: one web-ifc engine, the sample files, and an independent "which elements have a
// body" count read straight from the representations (not from what web-ifc chooses to stream).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { IFCOPENINGELEMENT, IFCPRODUCTDEFINITIONSHAPE, IFCSITE, IFCSPACE, type IfcAPI } from 'web-ifc';
import { createIfcEngine } from '../../../src/data/ifc/ifc-engine.ts';
import { haveSamplesIn, SAMPLES_DIR } from '../../third-party-samples.ts';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const SAMPLES = join(SAMPLES_DIR, 'ifc/');
export const haveSamples = haveSamplesIn('ifc', 'the tests of third-party IFC files');

export const SHARED_FILES = ['AC20-FZK-Haus.ifc', 'IfcOpenHouse_IFC4.ifc', 'Sample_entities.ifc', 'duplex.ifc'];
export const SCHEME_A = `${ROOT}assets/sample/scheme-a.ifc`;

let engine: Promise<IfcAPI> | undefined;
export const ifcEngine = () => (engine ??= createIfcEngine({ directory: `${ROOT}node_modules/web-ifc/` }));

export const bytesOf = (path: string) => new Uint8Array(readFileSync(path));
export const textBytes = (text: string) => new TextEncoder().encode(text);

/** Representation identifiers that carry an element's 3D shape (Facetation: sites and other surface models). */
const BODY_IDENTIFIERS = new Set(['Body', 'Facetation']);

/** Express ids of the products with a body representation, voids and spaces excepted (they are not drawn). */
export function elementsWithBody(api: IfcAPI, bytes: Uint8Array): Set<number> {
  const model = api.OpenModel(bytes);
  try {
    const bodyShapes = new Set<number>();
    const shapes = api.GetLineIDsWithType(model, IFCPRODUCTDEFINITIONSHAPE);
    for (let i = 0; i < shapes.size(); i++) {
      const shape = api.GetLine(model, shapes.get(i));
      const hasBody = shape.Representations.some((r: { value: number }) =>
        BODY_IDENTIFIERS.has(api.GetLine(model, r.value).RepresentationIdentifier?.value),
      );
      if (hasBody) bodyShapes.add(shapes.get(i));
    }
    const found = new Set<number>();
    const all = api.GetAllLines(model);
    for (let i = 0; i < all.size(); i++) {
      const id = all.get(i);
      const type = api.GetLineType(model, id);
      if (type === IFCOPENINGELEMENT || type === IFCSPACE || !(api.IsIfcElement(type) || type === IFCSITE)) continue;
      const representation = api.GetLine(model, id).Representation?.value;
      if (bodyShapes.has(representation)) found.add(id);
    }
    return found;
  } finally {
    api.CloseModel(model);
  }
}
