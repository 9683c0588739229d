// window.cim.kiosk / kioskState: the exhibition-screen mode for kiosk scripts and tests. The argument is checked by the
// manifest's own kiosk validator, so both accept exactly the same settings.
import { isJsonObject } from '../../config/json-paths.ts';
import type { Problem } from '../../config/project-types.ts';
import { validateKiosk } from '../../config/validate-kiosk.ts';
import type { KioskFeature, KioskSettings, KioskState } from './kiosk-feature.ts';
import { argumentError } from '../api-errors.ts';

export interface KioskApi {
  kiosk(settings: KioskSettings): void;
  kioskState(): KioskState;
}

export function createKioskApi(kiosk: KioskFeature): KioskApi {
  return {
    kiosk(settings) {
      const fail = (message: string) => {
        throw argumentError('cim.kiosk', message);
      };
      if (!isJsonObject(settings))
        fail(
          'expects {enabled, idleSeconds?, tour?: [{viewpointId, dwellSeconds, caption?, layers?, thematic?, scheme?}]}',
        );
      if (typeof settings.enabled !== 'boolean') fail('enabled must be true or false');
      const problems: Problem[] = [];
      const checked = validateKiosk(settings, 'settings', kiosk.knownIds(), problems, ['enabled']);
      if (problems.length > 0 || !checked) fail(problems.map((p) => `${p.path}: ${p.message}`).join('; '));
      kiosk.configure({
        enabled: settings.enabled,
        ...(settings.idleSeconds !== undefined ? { idleSeconds: checked!.idleSeconds } : {}),
        ...(settings.tour !== undefined ? { tour: checked!.tour } : {}),
      });
    },
    kioskState: () => kiosk.state(),
  };
}
