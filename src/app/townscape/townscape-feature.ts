// The townscape feature (风貌管控): runs the checks on the current project, keeps their results in its own store for
// the panel, and draws them in 3D. window.cim and the panel both call these actions.
import type { BuildingRecord } from '../../analysis/building-record.ts';
import { checkHeights, type HeightCheckResult, type HeightViolation } from '../../analysis/townscape/height-check.ts';
import { withProposal } from '../../analysis/townscape/proposal-scene.ts';
import {
  skylineProfile,
  type AzimuthSamples,
  type EyePoint,
  type SkylineProfile,
} from '../../analysis/townscape/skyline.ts';
import {
  controlLineBreaches,
  largestRise,
  type ControlLine,
  type ControlLineBreach,
  type SkylineRise,
} from '../../analysis/townscape/skyline-compare.ts';
import type { TownscapeProblem } from '../../analysis/townscape/townscape-problem.ts';
import {
  checkViewCorridors,
  type CorridorIntrusion,
  type ViewCorridor,
} from '../../analysis/townscape/view-corridor.ts';
import type { HeightZone } from '../../analysis/townscape/zone-features.ts';
import type { LocalizedText } from '../../config/project-types.ts';
import { createTownscapeOverlay } from '../../layers/townscape-overlay.ts';
import { createStore, type Store, whileBusy } from '../../shared/store.ts';
import { currentView } from '../../viewer/camera.ts';
import { viewAzimuths } from '../../viewer/view-azimuths.ts';
import type { App } from '../app.ts';
import { reportError } from '../errors.ts';
import { onLayerRemoved } from '../layer-removed.ts';
import { EXISTING_SCHEME_ID } from '../../config/validate-townscape.ts';
import { createTownscapeInputs } from './townscape-inputs.ts';
import type { BuildingInputs } from '../building-inputs.ts';

export interface HeightCheckRun extends HeightCheckResult {
  zones: HeightZone[];
}

export interface SkylineSeries {
  /** 'existing' or the proposal's layer id. */
  id: string;
  title: LocalizedText;
  color: string;
  profile: SkylineProfile;
  /** Largest rise over the existing skyline (proposals only). */
  rise: SkylineRise | null;
  /** The building causing the rise as users know it: its name and id. */
  causeLabel: string | null;
}

export interface SkylineRun {
  eye: EyePoint;
  headingDeg: number;
  fovDeg: number;
  series: SkylineSeries[];
}

export interface CorridorRun {
  corridors: ViewCorridor[];
  intrusions: CorridorIntrusion[];
  problems: TownscapeProblem[];
}

export interface ControlLineRun {
  line: ControlLine;
  /** Visible buildings above the line, worst first. */
  breaches: ControlLineBreach[];
}

/** One proposal's figures for its review sheet (方案审查表), whether or not its layer is shown. */
export interface ProposalReview {
  layerId: string;
  title: LocalizedText;
  violations: HeightViolation[];
  rise: SkylineRise | null;
  causeLabel: string | null;
  intrusions: CorridorIntrusion[];
}

export interface TownscapeState {
  busy: boolean;
  height: HeightCheckRun | null;
  skyline: SkylineRun | null;
  /** A skyline control line drawn for the last skyline run's eye (cleared by a new run). */
  control: ControlLineRun | null;
  corridors: CorridorRun | null;
}

export interface SkylineOptions {
  eye?: EyePoint;
  headingDeg?: number;
  fovDeg?: number;
  /** Azimuth samples; default one per CSS pixel of the canvas width. */
  samples?: number;
}

export interface Townscape {
  store: Store<TownscapeState>;
  runHeightCheck(zones?: unknown): Promise<HeightCheckRun>;
  /** The skyline of the existing buildings, and with each proposal in place of what it replaces (the panel's chart). */
  runSkyline(options?: SkylineOptions): Promise<SkylineRun>;
  /** The same comparison, computed without showing it (the review report's skylines from each eye-level viewpoint). */
  skylineRun(options?: SkylineOptions): Promise<SkylineRun>;
  /** The skyline of every visible building as shown. */
  visibleSkyline(options?: SkylineOptions): Promise<SkylineProfile>;
  runCorridorCheck(): Promise<CorridorRun>;
  /** Every visible building above `line` seen from the last skyline run's eye; null line clears it. */
  checkControlLine(line: ControlLine | null): Promise<ControlLineRun | null>;
  /** A scheme's own buildings (the visible existing city for `existing`) against the height zones and corridors. */
  checkScheme(schemeId: string): Promise<Pick<ProposalReview, 'violations' | 'intrusions'>>;
  /** These buildings above the last checked control line, from its eye; null when no line is checked. */
  controlLineBreachesOf(buildings: readonly BuildingRecord[]): ControlLineBreach[] | null;
  /** Each proposal's height violations, skyline rise (from the last skyline run, made now if none) and corridor intrusions. */
  reviewProposals(): Promise<ProposalReview[]>;
}

const SERIES_COLORS = ['#f0f0f0', '#fdae61', '#d7191c', '#2c7bb6', '#1a9641'];

/** Buildings above a control line seen from a skyline run's eye, over the run's azimuths. */
function breachesOf(buildings: readonly BuildingRecord[], skyline: SkylineRun, line: ControlLine) {
  const count = skyline.series[0]!.profile.azimuthDeg.length;
  const samples = { startDeg: skyline.headingDeg - skyline.fovDeg / 2, stepDeg: skyline.fovDeg / (count - 1), count };
  return controlLineBreaches(buildings, skyline.eye, samples, line);
}

export function createTownscape(app: App, buildings: BuildingInputs): Townscape {
  const store = createStore<TownscapeState>({
    busy: false,
    height: null,
    skyline: null,
    control: null,
    corridors: null,
  });
  const inputs = createTownscapeInputs(app, buildings);
  const overlay = createTownscapeOverlay(app.viewer);
  const resetLate = app.onReset(() => {
    const { height, skyline, control, corridors } = store.get();
    if (!height && !skyline && !control && !corridors) return;
    overlay.clear();
    store.update((state) => ({ ...state, height: null, skyline: null, control: null, corridors: null }));
  });
  const busy = <T>(work: () => Promise<T>) => resetLate(whileBusy(store, work));

  // A result that names a removed layer's buildings no longer describes the scene: it goes, with its drawing.
  onLayerRemoved(app.store, (layerId) => {
    const { height, corridors } = store.get();
    if (height?.violations.some((v) => v.layerId === layerId)) {
      overlay.showViolations([], []);
      store.update((state) => ({ ...state, height: null }));
    }
    if (corridors?.intrusions.some((i) => i.layerId === layerId)) {
      overlay.showCorridors([], [], []);
      store.update((state) => ({ ...state, corridors: null }));
    }
  });

  const feature: Townscape = {
    store,
    runHeightCheck: (zonesOverride) =>
      busy(async () => {
        const [zones, buildings] = await Promise.all([inputs.heightZones(zonesOverride), inputs.visibleBuildings()]);
        if (zones.length === 0)
          reportError(
            app.store,
            'townscape',
            'no usable height zones (manifest townscape.heightZoneLayers), so no building was checked',
          );
        const run = { ...checkHeights(buildings, zones), zones };
        overlay.showViolations(run.violations, buildings);
        overlay.showCeilings(zones);
        await overlay.whenDrawn();
        store.update((state) => ({ ...state, height: run }));
        return run;
      }),
    runSkyline: (options = {}) =>
      busy(async () => {
        const run = await feature.skylineRun(options);
        overlay.showSkyline(
          run.eye,
          run.series.map(({ profile, color }) => ({ profile, color })),
        );
        await overlay.whenDrawn();
        store.update((state) => ({ ...state, skyline: run, control: null }));
        return run;
      }),
    async skylineRun(options = {}) {
      const { eye, headingDeg, fovDeg, samples } = resolveView(app, options);
      const existing = await inputs.existingBuildings();
      const base = skylineProfile(existing, eye, samples);
      const series: SkylineSeries[] = [
        {
          id: 'existing',
          title: { 'zh-CN': '现状', en: 'Existing' },
          color: SERIES_COLORS[0]!,
          profile: base,
          rise: null,
          causeLabel: null,
        },
      ];
      for (const [k, proposal] of inputs.proposals().entries()) {
        const scene: BuildingRecord[] = withProposal(existing, await inputs.buildingsOf(proposal.layerId));
        const profile = skylineProfile(scene, eye, samples);
        const rise = largestRise(base, profile);
        const causeName = rise ? scene[rise.causeIndex]?.attributes.name : undefined;
        series.push({
          id: proposal.layerId,
          title: proposal.title,
          color: SERIES_COLORS[(k + 1) % SERIES_COLORS.length]!,
          profile,
          rise,
          causeLabel: rise?.cause
            ? typeof causeName === 'string' && causeName
              ? `${causeName} (${rise.cause})`
              : rise.cause
            : null,
        });
      }
      return { eye, headingDeg, fovDeg, series };
    },
    async visibleSkyline(options = {}) {
      const { eye, samples } = resolveView(app, options);
      return skylineProfile(await inputs.visibleBuildings(), eye, samples);
    },
    runCorridorCheck: () =>
      busy(async () => {
        const [corridors, buildings] = await Promise.all([inputs.corridors(), inputs.visibleBuildings()]);
        if (corridors.length === 0)
          reportError(
            app.store,
            'townscape',
            'no usable view corridors (manifest townscape.corridorLayers), so none was checked',
          );
        const run = { corridors, ...checkViewCorridors(buildings, corridors) };
        overlay.showCorridors(corridors, run.intrusions, buildings);
        await overlay.whenDrawn();
        store.update((state) => ({ ...state, corridors: run }));
        return run;
      }),
    async checkControlLine(line) {
      const skyline = store.get().skyline;
      if (!line || !skyline) {
        store.update((state) => ({ ...state, control: null }));
        return null;
      }
      const run = { line, breaches: breachesOf(await inputs.visibleBuildings(), skyline, line) };
      store.update((state) => ({ ...state, control: run }));
      return run;
    },
    async checkScheme(schemeId) {
      const [zones, corridors, buildings] = await Promise.all([
        inputs.heightZones(),
        inputs.corridors(),
        schemeId === EXISTING_SCHEME_ID ? inputs.existingBuildings() : inputs.buildingsOf(schemeId),
      ]);
      return {
        violations: checkHeights(buildings, zones).violations,
        intrusions: checkViewCorridors(buildings, corridors).intrusions,
      };
    },
    controlLineBreachesOf(buildings) {
      const { skyline, control } = store.get();
      return skyline && control ? breachesOf(buildings, skyline, control.line) : null;
    },
    async reviewProposals() {
      const skyline = store.get().skyline ?? (await feature.runSkyline());
      return Promise.all(
        inputs.proposals().map(async ({ layerId, title }) => {
          const series = skyline.series.find((s) => s.id === layerId);
          return {
            layerId,
            title,
            ...(await feature.checkScheme(layerId)),
            rise: series?.rise ?? null,
            causeLabel: series?.causeLabel ?? null,
          };
        }),
      );
    },
  };
  return feature;
}

/** Eye, heading and field of view from the options, else from the camera; one azimuth per canvas pixel by default. */
function resolveView(
  app: App,
  options: SkylineOptions,
): { eye: EyePoint; headingDeg: number; fovDeg: number; samples: AzimuthSamples } {
  const view = currentView(app.viewer);
  const azimuths = viewAzimuths(app.viewer);
  const eye: EyePoint = options.eye ?? [view.lon, view.lat, view.heightMeters];
  const headingDeg = options.headingDeg ?? azimuths.headingDeg;
  const fovDeg = Math.min(360, Math.max(0.1, options.fovDeg ?? azimuths.fovDeg));
  const count = Math.max(2, Math.round(options.samples ?? azimuths.widthPx));
  return {
    eye,
    headingDeg,
    fovDeg,
    samples: { startDeg: headingDeg - fovDeg / 2, stepDeg: fovDeg / (count - 1), count },
  };
}
