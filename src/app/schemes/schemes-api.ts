// window.cim additions for schemes (README, "Scripting API"): the list, one scheme shown, or several compared.
import { localize } from '../../config/localize.ts';
import type { App } from '../app.ts';
import type { CameraView } from '../../config/project-types.ts';
import { currentView } from '../../viewer/camera.ts';
import type { Viewer } from '../../viewer/create-viewer.ts';
import { argumentError, ProjectStateError, UnknownItemError } from '../api-errors.ts';
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
  /** The id of the scheme shown when no comparison is on. */
  shownScheme(): string;
  /** `{mode: 'swipe', schemes: [left, right], position?: 0..1}`, `{mode: 'side-by-side', schemes: [2 to 4 ids]}` or
   * `{mode: 'off'}`; resolves when drawn. */
  compare(request: { mode: 'swipe' | 'side-by-side' | 'off'; schemes?: string[]; position?: number }): Promise<void>;
  /** Side by side: each view's scheme and camera, view 0 the main one; [] when that comparison is off. */
  compareViews(): CimCompareView[];
  /** Side by side: the feature at CSS pixel (x, y) of view `view`'s canvas (0 is the main view, as cim.pickAt). */
  pickInView(view: number, x: number, y: number): Promise<Record<string, unknown> | null>;
}

export interface CimCompareView {
  schemeId: string;
  /** In the interface language. */
  title: string;
  cameraView: CameraView;
  /** The view's Cesium Viewer, as cim.viewer is the main one's (for embedding pages and the benchmark). */
  viewer: Viewer;
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
    shownScheme: () => schemes.store.get().shownId,
    compare: (request) => schemes.compare(readCompareRequest(request, ids())),
    compareViews() {
      const { compare } = schemes.store.get();
      const views = schemes.sideBySide();
      if (compare.mode !== 'side-by-side' || !views) return [];
      return compare.schemes.map((id, index) => {
        const viewer = views.viewer(index)!;
        return {
          schemeId: id,
          title: localize(schemes.list().find((scheme) => scheme.id === id)?.title ?? id, app.store.get().language),
          cameraView: currentView(viewer),
          viewer,
        };
      });
    },
    pickInView(view, x, y) {
      const { compare } = schemes.store.get();
      const views = schemes.sideBySide();
      if (compare.mode !== 'side-by-side' || !views)
        throw new ProjectStateError('cim.pickInView', 'no side-by-side comparison is on (cim.compare)');
      const count = compare.schemes.length;
      if (!Number.isInteger(view) || view < 0 || view >= count)
        throw argumentError('cim.pickInView', `view must be an integer from 0 to ${count - 1}, got ${String(view)}`);
      return views.pickAt(view, x, y);
    },
  };
}
