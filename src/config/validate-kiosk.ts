// The manifest's `kiosk` section (exhibition screen): how long without a touch before the app resets itself, and the
// attract tour's stops. cim.kiosk() checks its argument with the same code, so the two can never disagree.
import { THEMATIC_MODES, type ThematicMode } from '../analysis/units/thematic.ts';
import { Fields } from './fields.ts';
import { childPath, describeValue, isJsonObject, problem } from './json-paths.ts';
import type { LocalizedText, Problem } from './project-types.ts';

export interface KioskTourStop {
  viewpointId: string;
  /** How long the camera stays at the viewpoint once there. */
  dwellSeconds: number;
  caption?: LocalizedText;
  /** Layers switched on while the tour is at this stop (the project's own visible layers stay on). */
  layers?: string[];
  /** The city buildings' thematic colouring at this stop (else none). */
  thematic?: ThematicMode;
  /** The scheme shown at this stop (else the existing city). */
  scheme?: string;
}

/** What a tour stop may name. */
export interface KioskKnownIds {
  viewpointIds: readonly string[];
  layerIds: readonly string[];
  /** `existing` and the proposal layers. */
  schemeIds: readonly string[];
}

export interface KioskConfig {
  idleSeconds: number;
  /** Empty: the tour visits every viewpoint of the project. */
  tour: KioskTourStop[];
}

export const DEFAULT_IDLE_SECONDS = 90;
/** Dwell at each viewpoint when the tour is made from the project's viewpoints. */
export const DEFAULT_DWELL_SECONDS = 8;
const MAX_SECONDS = 24 * 3600;
const KEYS = ['idleSeconds', 'tour'];
const STOP_KEYS = ['viewpointId', 'dwellSeconds', 'caption', 'layers', 'thematic', 'scheme'];

/** `known`: the project's viewpoints, layers and schemes; a stop naming another one is reported. */
export function validateKiosk(
  json: unknown,
  path: string,
  known: KioskKnownIds,
  problems: Problem[],
  extraKeys: readonly string[] = [],
): KioskConfig | undefined {
  if (json === undefined) return undefined;
  if (!isJsonObject(json)) {
    problems.push(
      problem(
        path,
        `kiosk must be an object {"idleSeconds": 90, "tour": [{"viewpointId": "…", "dwellSeconds": 10}]}, found ${describeValue(json)}`,
      ),
    );
    return undefined;
  }
  const fields = new Fields(json, path, problems);
  fields.warnUnknownKeys([...KEYS, ...extraKeys], 'kiosk');
  const idleSeconds = fields.number('idleSeconds', {
    min: 1,
    max: MAX_SECONDS,
    default: DEFAULT_IDLE_SECONDS,
    meaning: 'seconds without input before the reset',
  });
  const tour: KioskTourStop[] = [];
  if (json.tour !== undefined && !Array.isArray(json.tour)) {
    fields.report(
      'tour',
      `tour must be a list of {"viewpointId", "dwellSeconds", "caption"}, found ${describeValue(json.tour)}`,
    );
  }
  (Array.isArray(json.tour) ? json.tour : []).forEach((entry, index) => {
    const stopPath = childPath(fields.at('tour'), index);
    if (!isJsonObject(entry)) {
      problems.push(
        problem(
          stopPath,
          `a tour stop must be an object {"viewpointId", "dwellSeconds", "caption"}, found ${describeValue(entry)}`,
        ),
      );
      return;
    }
    const stop = new Fields(entry, stopPath, problems);
    stop.warnUnknownKeys(STOP_KEYS, 'a tour stop');
    const viewpointId = stop.string('viewpointId', true);
    const unknown = (key: string, what: string, id: string, ids: readonly string[]) =>
      stop.report(key, `no ${what} "${id}" in the project; ${what}s: ${ids.join(', ') || '(none)'}`);
    if (viewpointId !== undefined && !known.viewpointIds.includes(viewpointId))
      unknown('viewpointId', 'viewpoint', viewpointId, known.viewpointIds);
    const dwellSeconds = stop.number('dwellSeconds', {
      min: 0.5,
      max: MAX_SECONDS,
      meaning: 'seconds at the viewpoint',
    });
    const caption = stop.localized('caption', false);
    const layers = stopLayers(stop, known.layerIds);
    const thematic = stop.has('thematic') ? stop.oneOf('thematic', THEMATIC_MODES, 'none') : undefined;
    const scheme = stop.string('scheme', false);
    if (scheme !== undefined && !known.schemeIds.includes(scheme)) unknown('scheme', 'scheme', scheme, known.schemeIds);
    if (stop.hasErrors() || viewpointId === undefined || dwellSeconds === undefined) return;
    tour.push({
      viewpointId,
      dwellSeconds,
      ...(caption !== undefined ? { caption } : {}),
      ...(layers !== undefined ? { layers } : {}),
      ...(thematic !== undefined ? { thematic } : {}),
      ...(scheme !== undefined ? { scheme } : {}),
    });
  });
  return fields.hasErrors() || idleSeconds === undefined ? undefined : { idleSeconds, tour };
}

function stopLayers(stop: Fields, layerIds: readonly string[]): string[] | undefined {
  const value = stop.object.layers;
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || !value.every((id) => typeof id === 'string')) {
    stop.report('layers', `layers must be a list of layer ids, found ${describeValue(value)}`);
    return undefined;
  }
  value.forEach((id, index) => {
    if (!layerIds.includes(id)) {
      const message = `no layer "${id}" in the project; layers: ${layerIds.join(', ') || '(none)'}`;
      stop.problems.push(problem(childPath(stop.at('layers'), index), message));
    }
  });
  return value;
}
