// A share of homes weighted by floor area (a proxy for dwellings and residents), for the district and per unit.

export interface Shares {
  /** Null when there are no homes. */
  district: number | null;
  /** Per renewal unit id, units with homes only. */
  byUnit: Map<string, number>;
}

export function weightedShare(
  homes: readonly { floorAreaM2: number; unitId: string | null }[],
  counts: (h: number) => boolean,
): Shares {
  const district = { all: 0, hit: 0 };
  const units = new Map<string, { all: number; hit: number }>();
  homes.forEach((home, h) => {
    // A home without a known floor area still counts once, so a district of unknown sizes gets a plain share.
    const weight = home.floorAreaM2 > 0 ? home.floorAreaM2 : 1;
    const hit = counts(h) ? weight : 0;
    district.all += weight;
    district.hit += hit;
    if (home.unitId === null) return;
    const unit = units.get(home.unitId) ?? { all: 0, hit: 0 };
    unit.all += weight;
    unit.hit += hit;
    units.set(home.unitId, unit);
  });
  const byUnit = new Map([...units].map(([id, total]) => [id, total.hit / total.all] as const));
  return { district: district.all > 0 ? district.hit / district.all : null, byUnit };
}
