// 多屏比对: the main view shows the first scheme (drawn by the schemes service like any shown scheme); each further
// scheme gets a view of its own (viewer/side-by-side-views.ts) with its own copies of the building layers, made by
// the same layer modules from the manifest's configs: the visible existing layers with the buildings the scheme
// replaces hidden, and the scheme's proposal layer.
import { createLayer } from '../../layers/registry.ts';
import type { MapLayer } from '../../layers/map-layer.ts';
import { whenSettledAndDrawn } from '../../viewer/idle.ts';
import { nextFrame } from '../../viewer/next-frame.ts';
import { pickObjectAt } from '../../viewer/picking.ts';
import { openSideBySideViews } from '../../viewer/side-by-side-views.ts';
import type { Viewer } from '../../viewer/create-viewer.ts';
import { DataError, errorMessage } from '../../shared/errors.ts';
import { DEFAULT_ATTRIBUTES } from '../../config/validate-attributes.ts';
import type { App } from '../app.ts';
import { reportError } from '../errors.ts';
import { EXISTING_SCHEME_ID } from '../../config/validate-townscape.ts';
import type { Scheme } from './scheme-catalog.ts';

const IDLE_TIMEOUT_MS = 120_000;

export interface SideBySide {
  /** The viewer of view `index` (0 is the main one). */
  viewer(index: number): Viewer | undefined;
  /** The attributes of the feature at CSS pixel (x, y) of view `index`'s canvas. */
  pickAt(index: number, x: number, y: number): Promise<Record<string, unknown> | null>;
  /** Resolves when every extra view has what it needs and has drawn it. */
  whenIdle(): Promise<void>;
  /** Destroys the extra views with their layers; the main view gets the whole area again. */
  close(): Promise<void>;
}

interface View {
  viewer: Viewer;
  schemeId: string;
  layers: MapLayer[];
}

/** `schemeIds[0]` is the main view's; `replacedIds` says which existing buildings a scheme hides, per layer. */
export function openSideBySide(
  app: App,
  schemeIds: readonly string[],
  list: readonly Scheme[],
  replacedIds: (id: string) => Promise<Map<string, Set<string>>>,
): SideBySide {
  const views = openSideBySideViews(app.viewer, schemeIds.length, app.renderProfile);
  const configs = app.project()?.layers ?? [];
  const visibleExisting = list[0]!.layerIds.filter(
    (id) => app.store.get().layers.find((layer) => layer.id === id)?.visible,
  );
  const report = (source: string, message: string) => reportError(app.store, source, message);

  const context = (viewer: Viewer) => ({
    viewer,
    attributes: app.project()?.attributes ?? DEFAULT_ATTRIBUTES,
    deployment: app.deployment,
    reportProblem: report,
  });
  // Made at once, so closing can dispose of them (and cancel an IFC conversion) while they are still loading.
  const opened: View[] = views.extra.map((viewer, i) => {
    const schemeId = schemeIds[i + 1]!;
    const ids = schemeId === EXISTING_SCHEME_ID ? visibleExisting : [...visibleExisting, schemeId];
    // Layers added at run time have no manifest config to copy: the main view alone shows them.
    const layers = configs
      .filter((config) => ids.includes(config.id))
      .map((config) => createLayer({ ...config, visible: true }, context(viewer)));
    return { viewer, schemeId, layers };
  });
  let closed = false;
  const loadView = async ({ schemeId, layers }: View) => {
    const hidden = replacedIds(schemeId);
    await Promise.all(
      layers.map(async (layer) => {
        try {
          await layer.load();
          const ids = (await hidden).get(layer.id);
          if (ids && layer.showSides) await layer.showSides({ left: ids, right: ids });
        } catch (error) {
          if (!closed) report(error instanceof DataError ? error.source : layer.id, errorMessage(error));
        }
      }),
    );
  };
  const loaded = Promise.all(opened.map(loadView));
  const settled = ({ viewer, layers }: View) =>
    whenSettledAndDrawn(viewer, () => layers.every((layer) => layer.isSettled()), IDLE_TIMEOUT_MS);

  return {
    viewer: (index) => (index === 0 ? app.viewer : views.extra[index - 1]),
    async pickAt(index, x, y) {
      if (index === 0) {
        await nextFrame(app.viewer);
        return app.actions.pickAt(x, y);
      }
      await loaded;
      const view = opened[index - 1]!;
      // What the view shows once its tiles are in: picked right after opening, a tile may not be there yet.
      await settled(view);
      const picked = pickObjectAt(view.viewer, x, y);
      for (const layer of view.layers) {
        const found = layer.pick(picked);
        if (found) return found.attributes;
      }
      return null;
    },
    async whenIdle() {
      await loaded;
      await Promise.all(opened.map(settled));
    },
    async close() {
      // The layers release what they hold (a load under way is given up) before their viewers go.
      closed = true;
      await Promise.all(opened.flatMap(({ layers }) => layers.map((layer) => layer.dispose())));
      await loaded;
      views.close();
    },
  };
}
