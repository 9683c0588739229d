// The exhibition screen's story cards: each renewal unit as a visitor meets it — name, mode, key indicators, the
// schemes that build in it (before/after) and the manifest's summary and pictures. Opening a card flies to the unit;
// the idle reset closes it.
import type { RenewalUnit } from '../../analysis/units/renewal-unit.ts';
import type { UnitIndicators } from '../../analysis/units/unit-indicators.ts';
import type { LocalizedText } from '../../config/project-types.ts';
import type { UnitStory } from '../../config/validate-stories.ts';
import { fetchRefusal } from '../../data/fetch-policy.ts';
import { createStore, type Store } from '../../shared/store.ts';
import type { App } from '../app.ts';
import { reportError } from '../errors.ts';
import { EXISTING_SCHEME_ID } from '../../config/validate-townscape.ts';
import type { Schemes } from '../schemes/schemes-service.ts';
import type { Renewal } from '../units/renewal-feature.ts';

export interface StoryCard {
  unit: RenewalUnit;
  indicators: UnitIndicators | undefined;
  /** Only the pictures the page may fetch (the others are reported once). */
  story: UnitStory;
}

/** A scheme that builds in the open unit: the unit's indicators with it in place, next to the existing ones. */
export interface StoryScheme {
  id: string;
  title: LocalizedText;
  scheme: UnitIndicators;
}

export interface StoriesView {
  /** Null until the units are read. */
  cards: StoryCard[] | null;
  listOpen: boolean;
  openUnitId: string | null;
  /** The open unit's schemes; null while they are worked out. */
  schemes: StoryScheme[] | null;
  shownSchemeId: string;
}

export interface UnitStories {
  store: Store<StoriesView>;
  showList(open: boolean): void;
  /** Opens the unit's card and flies there. */
  open(unitId: string): Promise<void>;
  /** From a card back to the list. */
  back(): void;
  close(): void;
  /** Before/after: the existing city or one of the unit's schemes. */
  showScheme(schemeId: string): Promise<void>;
}

const CLOSED = { listOpen: false, openUnitId: null, schemes: null, shownSchemeId: EXISTING_SCHEME_ID } as const;

export function createUnitStories(app: App, renewal: Renewal, schemes: Schemes): UnitStories {
  const store = createStore<StoriesView>({ cards: null, ...CLOSED });

  void renewal.loaded.then((data) => {
    const stories = app.project()?.stories ?? {};
    for (const unitId of Object.keys(stories)) {
      if (!data.units.some((unit) => unit.id === unitId))
        reportError(app.store, 'project.json', `stories.${unitId}: no renewal unit "${unitId}" in the project`);
    }
    const allowed = (story: UnitStory): UnitStory => ({
      ...story,
      pictures: story.pictures.filter((picture) => {
        const refusal = fetchRefusal(picture.src);
        if (refusal) reportError(app.store, picture.src, refusal.message);
        return !refusal;
      }),
    });
    const cards = data.units.map((unit) => ({
      unit,
      indicators: data.indicators.get(unit.id),
      story: allowed(stories[unit.id] ?? { pictures: [] }),
    }));
    store.update((view) => ({ ...view, cards }));
  });

  const close = () => {
    store.update((view) => ({ ...view, ...CLOSED }));
    if (renewal.store.get().openUnitId !== null) renewal.openUnit(null);
  };
  app.onReset(close);

  return {
    store,
    showList: (listOpen) => store.update((view) => ({ ...view, listOpen })),
    async open(unitId) {
      store.update((view) => ({ ...view, openUnitId: unitId, schemes: null }));
      const flight = renewal.flyToUnit(unitId);
      const massing = schemes.store.get().massing ?? (await schemes.runMassing().catch(() => []));
      const titles = new Map(schemes.list().map((scheme) => [scheme.id, scheme.title]));
      const unitSchemes = massing.flatMap(({ schemeId, units }) =>
        units
          .filter((row) => row.unitId === unitId)
          .map((row) => ({ id: schemeId, title: titles.get(schemeId) ?? schemeId, scheme: row.scheme })),
      );
      // A card closed or another opened meanwhile keeps its own state.
      if (store.get().openUnitId === unitId) store.update((view) => ({ ...view, schemes: unitSchemes }));
      await flight;
    },
    back: () => store.update((view) => ({ ...view, openUnitId: null, schemes: null })),
    close,
    async showScheme(schemeId) {
      store.update((view) => ({ ...view, shownSchemeId: schemeId }));
      await schemes.show(schemeId);
    },
  };
}
