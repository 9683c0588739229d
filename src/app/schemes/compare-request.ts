// cim.compare's argument, checked: wrong arguments are TypeErrors naming the method and what is wrong.
import { argumentError } from '../api-errors.ts';

export type CompareMode = 'swipe' | 'side-by-side' | 'off';

export type CompareRequest = { mode: 'off' } | { mode: 'swipe' | 'side-by-side'; schemes: string[]; position?: number };

const MODES: readonly CompareMode[] = ['swipe', 'side-by-side', 'off'];
/** Schemes compared at once: swipe has two sides; side by side two to four views. */
const SCHEME_COUNTS: Record<Exclude<CompareMode, 'off'>, [number, number]> = { swipe: [2, 2], 'side-by-side': [2, 4] };

export function readCompareRequest(value: unknown, schemeIds: readonly string[]): CompareRequest {
  const fail = (message: string) => argumentError('cim.compare', message);
  if (typeof value !== 'object' || value === null)
    throw fail(`expected {mode, schemes, position?}, got ${String(value)}`);
  const { mode, schemes, position } = value as Record<string, unknown>;
  if (!MODES.includes(mode as CompareMode))
    throw fail(`mode must be 'swipe', 'side-by-side' or 'off', got ${JSON.stringify(mode)}`);
  if (mode === 'off') return { mode };
  const [fewest, most] = SCHEME_COUNTS[mode as Exclude<CompareMode, 'off'>];
  if (!Array.isArray(schemes) || schemes.length < fewest || schemes.length > most) {
    throw fail(
      `${String(mode)} takes ${fewest === most ? fewest : `${fewest} to ${most}`} scheme ids in 'schemes', got ${JSON.stringify(schemes)}`,
    );
  }
  for (const id of schemes) {
    if (typeof id !== 'string' || !schemeIds.includes(id))
      throw fail(`no scheme '${String(id)}' (schemes: ${schemeIds.join(', ')})`);
  }
  if (position !== undefined && (typeof position !== 'number' || !(position >= 0 && position <= 1))) {
    throw fail(`position must be a number from 0 to 1, got ${JSON.stringify(position)}`);
  }
  return {
    mode: mode as 'swipe' | 'side-by-side',
    schemes: [...schemes] as string[],
    ...(position === undefined ? {} : { position }),
  };
}
