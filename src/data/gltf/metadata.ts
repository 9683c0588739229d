// EXT_structural_metadata schema pieces, independent of buildings: property kinds, type inference from values,
// and the schema JSON. Shared by the footprint tiler and the IFC converter.

export type PropertyKind = 'STRING' | 'BOOLEAN' | 'UINT16' | 'INT32' | 'FLOAT64';

export interface MetadataProperty {
  /** Schema property id: must match ^[a-zA-Z_][a-zA-Z0-9_]*$. */
  id: string;
  /** Display name, e.g. the original (Chinese) attribute name when the id had to be made ASCII. */
  name?: string;
  kind: PropertyKind;
  /** Sentinel for missing numbers; strings use "" instead (and BOOLEAN cannot have one per the spec). */
  noData?: number;
}

export const NO_DATA: Record<'UINT16' | 'INT32' | 'FLOAT64', number> = {
  UINT16: 65_535,
  INT32: -2_147_483_648,
  FLOAT64: -Number.MAX_VALUE,
};

/**
 * Running counts over one property's values, so its kind can be inferred while the values stream past (the tiler's
 * partitioned runs never hold every value). `kind()` gives the narrowest kind that holds every present value:
 * integers → UINT16 or INT32 (keeping the noData sentinel free when values are missing), other numbers → FLOAT64,
 * booleans → BOOLEAN, anything else or a mix → STRING. Booleans with missing values become STRING
 * ("true"/"false"/""), as BOOLEAN has no noData. Undefined when all are missing.
 */
export class KindTally {
  private present = 0;
  private missing = 0;
  private numbers = 0;
  private booleans = 0;
  private integers = 0;
  private min = Infinity;
  private max = -Infinity;

  add(value: unknown): void {
    if (value === undefined || value === null) {
      this.missing++;
      return;
    }
    this.present++;
    if (typeof value === 'boolean') this.booleans++;
    else if (typeof value === 'number' && Number.isFinite(value)) {
      this.numbers++;
      if (Number.isInteger(value)) this.integers++;
      this.min = Math.min(this.min, value);
      this.max = Math.max(this.max, value);
    }
  }

  /** `total`: how many values there are in all, when the missing ones were not added. */
  kind(total = this.present + this.missing): Pick<MetadataProperty, 'kind' | 'noData'> | undefined {
    const { present, numbers, booleans, integers, min, max } = this;
    const missing = total - present;
    if (present === 0) return undefined;
    const withNoData = <K extends keyof typeof NO_DATA>(kind: K) =>
      missing ? { kind, noData: NO_DATA[kind] } : { kind };
    if (booleans === present) return missing ? { kind: 'STRING' } : { kind: 'BOOLEAN' };
    if (numbers !== present) return { kind: 'STRING' };
    if (integers === present && min >= 0 && max < NO_DATA.UINT16) return withNoData('UINT16');
    if (integers === present && min > NO_DATA.INT32 && max <= 2_147_483_647) return withNoData('INT32');
    return withNoData('FLOAT64');
  }
}

/** The kind of these values (see KindTally). */
export function inferKind(values: Iterable<unknown>): Pick<MetadataProperty, 'kind' | 'noData'> | undefined {
  const tally = new KindTally();
  for (const value of values) tally.add(value);
  return tally.kind();
}

/** A value as the property kind stores it: strings for STRING, numbers (noData when missing), booleans. */
export function coerce(property: MetadataProperty, value: unknown): string | number | boolean {
  const missing = value === undefined || value === null;
  switch (property.kind) {
    case 'STRING':
      if (missing) return '';
      return typeof value === 'object' ? JSON.stringify(value) : String(value);
    case 'BOOLEAN':
      return value === true;
    default:
      return missing ? property.noData! : Number(value);
  }
}

function propertyJson(property: MetadataProperty): Record<string, unknown> {
  const json: Record<string, unknown> = property.name ? { name: property.name } : {};
  if (property.kind === 'STRING' || property.kind === 'BOOLEAN') json.type = property.kind;
  else Object.assign(json, { type: 'SCALAR', componentType: property.kind });
  if (property.noData !== undefined) json.noData = property.noData;
  return json;
}

/** The `schema` object of EXT_structural_metadata with one class. */
export function schemaJson(schemaId: string, classId: string, properties: MetadataProperty[]): object {
  return {
    id: schemaId,
    classes: { [classId]: { properties: Object.fromEntries(properties.map((p) => [p.id, propertyJson(p)])) } },
  };
}

const IDENTIFIER = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

/**
 * Schema ids for attribute names: valid names stay; others (e.g. 建筑名称, "floor count") become ASCII ids with
 * the original kept as the display name. Ids never collide with `taken` or each other.
 */
export function propertyIds(names: string[], taken: Iterable<string> = []): Map<string, string> {
  const used = new Set(taken);
  const ids = new Map<string, string>();
  names.forEach((name, i) => {
    let id = IDENTIFIER.test(name) ? name : name.replace(/[^a-zA-Z0-9_]/g, '_').replace(/^(?=\d)/, '_');
    if (!/[a-zA-Z0-9]/.test(id)) id = `property_${i}`;
    for (let n = 2; used.has(id); n++) id = `${id.replace(/_\d+$/, '')}_${n}`;
    used.add(id);
    ids.set(name, id);
  });
  return ids;
}
