// window.cim additions for schemes (README, "Scripting API"): the list, one scheme shown, or two compared.
import { localize } from '../../config/localize.ts';
import type { App } from '../app.ts';
import { argumentError, UnknownItemError } from '../api-errors.ts';
import { readCompareRequest } from './compare-request.ts';
import type { Schemes } from './schemes-service.ts';

export interface CimScheme {
  id: string;
  /** In the interface language. */
  title: string;
  layerIds: string[];
}

export interface SchemesApi {
  /** `existing` first, then each proposal layer. */
  schemes(): CimScheme[];
  /** Shows one scheme (the existing buildings it replaces hidden); resolves when drawn. */
  showScheme(id: string): Promise<void>;
  /** `{mode: 'swipe', schemes: [left, right], position?: 0..1}` or `{mode: 'off'}`; resolves when drawn. */
  compare(request: { mode: 'swipe' | 'side-by-side' | 'off'; schemes?: string[]; position?: number }): Promise<void>;
}

export function createSchemesApi(app: App, schemes: Schemes): SchemesApi {
  const ids = () => schemes.list().map((scheme) => scheme.id);
  return {
    schemes: () =>
      schemes.list().map((scheme) => ({
        id: scheme.id,
        title: localize(scheme.title, app.store.get().language),
        layerIds: [...scheme.layerIds],
      })),
    showScheme(id) {
      if (typeof id !== 'string')
        throw argumentError('cim.showScheme', `the scheme id must be a string, got ${String(id)}`);
      if (!ids().includes(id))
        throw new UnknownItemError('cim.showScheme', 'scheme', id, `schemes: ${ids().join(', ')}`);
      return schemes.show(id);
    },
    compare: (request) => schemes.compare(readCompareRequest(request, ids())),
  };
}
