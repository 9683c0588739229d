// The manifest's `kiosk` section (exhibition screen): how long without a touch before the app resets itself, and the
// attract tour's stops. cim.kiosk() checks its argument with the same code, so the two can never disagree.
import { Fields } from './fields.ts';
import { childPath, describeValue, isJsonObject, problem } from './json-paths.ts';
import type { LocalizedText, Problem } from './project-types.ts';

export interface KioskTourStop {
  viewpointId: string;
  /** How long the camera stays at the viewpoint once there. */
  dwellSeconds: number;
  caption?: LocalizedText;
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
const STOP_KEYS = ['viewpointId', 'dwellSeconds', 'caption'];

/** `viewpointIds`: the project's viewpoints; a stop naming another one is reported. */
export function validateKiosk(
  json: unknown,
  path: string,
  viewpointIds: readonly string[],
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
    if (viewpointId !== undefined && !viewpointIds.includes(viewpointId)) {
      stop.report(
        'viewpointId',
        `no viewpoint "${viewpointId}" in the project; viewpoints: ${viewpointIds.join(', ') || '(none)'}`,
      );
    }
    const dwellSeconds = stop.number('dwellSeconds', {
      min: 0.5,
      max: MAX_SECONDS,
      meaning: 'seconds at the viewpoint',
    });
    const caption = stop.localized('caption', false);
    if (stop.hasErrors() || viewpointId === undefined || dwellSeconds === undefined) return;
    tour.push(caption === undefined ? { viewpointId, dwellSeconds } : { viewpointId, dwellSeconds, caption });
  });
  return fields.hasErrors() || idleSeconds === undefined ? undefined : { idleSeconds, tour };
}
