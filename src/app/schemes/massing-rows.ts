// The rows of a 体块比对 table, formatted: per indicator the value existing, with the scheme, its change and its
// control, and whether the scheme breaks the control. The panel's table and the review report both draw these.
import type { UnitMassing } from '../../analysis/units/scheme-massing.ts';
import type { UnitIndicators } from '../../analysis/units/unit-indicators.ts';

export type MassingIndicator = 'buildingCount' | 'gfa' | 'far' | 'coverage' | 'maxHeight';

export interface MassingRow {
  indicator: MassingIndicator;
  /** '–' where unknown. */
  existing: string;
  scheme: string;
  delta: string;
  control: string;
  /** The scheme's value breaks the control. */
  over: boolean;
}

interface Indicator {
  id: MassingIndicator;
  value(indicators: UnitIndicators): number | null;
  format(value: number): string;
  /** The control key in UnitIndicators.controls / exceeded. */
  control?: 'farMax' | 'coverageMax' | 'heightLimitMeters';
}

const INDICATORS: Indicator[] = [
  { id: 'buildingCount', value: (i) => i.buildingCount, format: (v) => v.toFixed(0) },
  { id: 'gfa', value: (i) => i.gfaM2, format: (v) => Math.round(v).toLocaleString('en-US') },
  { id: 'far', value: (i) => i.far, format: (v) => v.toFixed(2), control: 'farMax' },
  { id: 'coverage', value: (i) => i.coverage, format: (v) => `${(v * 100).toFixed(1)}%`, control: 'coverageMax' },
  { id: 'maxHeight', value: (i) => i.maxHeightMeters, format: (v) => v.toFixed(1), control: 'heightLimitMeters' },
];

const signed = (text: string, delta: number) => (delta > 0 ? `+${text}` : delta < 0 ? text : '±0');

export function massingRows({ existing, scheme }: UnitMassing): MassingRow[] {
  return INDICATORS.map((indicator) => {
    const [before, after] = [indicator.value(existing), indicator.value(scheme)];
    const control = indicator.control ? scheme.controls[indicator.control] : undefined;
    const delta = before !== null && after !== null ? after - before : null;
    return {
      indicator: indicator.id,
      existing: before === null ? '–' : indicator.format(before),
      scheme: after === null ? '–' : indicator.format(after),
      delta: delta === null ? '–' : signed(indicator.format(delta), delta),
      control: control === undefined ? '–' : indicator.format(control),
      over: indicator.control !== undefined && scheme.exceeded.includes(indicator.control),
    };
  });
}
