// cim.addLayer: a layer entry from a script goes through the same validation as a manifest entry. Relative URLs are
// resolved against the page. An invalid entry rejects (and is listed among the errors); a layer whose data then fails
// to load still resolves with its id and shows status 'error', like a manifest layer.
import type { Project } from '../config/project-types.ts';
import { DEFAULT_CRS } from '../config/read-crs.ts';
import { validateLayer } from '../config/validate-layer.ts';
import { knownLayerKinds } from '../layers/registry.ts';
import type { Store } from '../shared/store.ts';
import { reportError } from './errors.ts';
import type { LayerManager } from './layer-manager.ts';
import type { AppState } from './state.ts';
import { argumentError } from './api-errors.ts';

interface AddLayerContext {
  project: Project | null;
  store: Store<AppState>;
  layers: LayerManager;
}

export async function addLayerFromJson(json: unknown, { project, store, layers }: AddLayerContext): Promise<string> {
  const takenIds = new Map(store.get().layers.map((layer) => [layer.id, `existing layer '${layer.id}'`]));
  const problems: Parameters<typeof validateLayer>[4] = [];
  const outcome = validateLayer(
    json,
    '$',
    {
      manifestUrl: document.baseURI,
      knownKinds: knownLayerKinds(),
      projectCrs: project?.crs ?? DEFAULT_CRS,
    },
    takenIds,
    problems,
  );
  if ('invalid' in outcome) {
    const message = outcome.invalid.problems.map((p) => `${p.path}: ${p.message}`).join('; ');
    reportError(store, 'cim.addLayer', message);
    throw argumentError('cim.addLayer', message);
  }
  await layers.add(outcome.layer, { removable: true });
  return outcome.layer.id;
}
