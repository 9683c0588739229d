// 3D Tiles 1.0 batch tables (and the b3dm feature table's JSON/binary split): JSON arrays, or binary
// `{byteOffset, componentType, type}` references into the binary body.
import { DataError } from '../../shared/errors.ts';
import { checkByteRange } from '../../shared/header-checks.ts';
import { COMPONENTS_PER_ELEMENT, componentType } from './component-types.ts';

interface BinaryReference {
  byteOffset: number;
  componentType?: string;
  type?: string;
}

/** One value of a table property, either JSON or binary; `defaultType` is the type the spec fixes for the key. */
function readTableValues(
  value: unknown,
  binary: Uint8Array,
  count: number,
  source: string,
  defaults: { componentType: string; type: string } = { componentType: 'FLOAT', type: 'SCALAR' },
): unknown[] | undefined {
  if (Array.isArray(value)) return value;
  if (!value || typeof value !== 'object' || !('byteOffset' in value)) return undefined;
  const reference = value as BinaryReference;
  const type = componentType(reference.componentType ?? defaults.componentType);
  const components = COMPONENTS_PER_ELEMENT[reference.type ?? defaults.type];
  if (!type || !components)
    throw new DataError(source, `binary property has an unknown type ${reference.componentType}`);
  checkByteRange(
    source,
    'a binary table property',
    reference.byteOffset,
    count * components * type.bytes,
    binary.byteLength,
  );
  const view = new DataView(binary.buffer, binary.byteOffset + reference.byteOffset);
  return Array.from({ length: count }, (_, i) => {
    if (components === 1) return type.read(view, i * type.bytes);
    return Array.from({ length: components }, (_, c) => type.read(view, (i * components + c) * type.bytes));
  });
}

/** Batch table JSON + binary → one record per batch id. Hierarchy extensions are not expanded. */
export function readBatchTable(
  json: Record<string, unknown>,
  binary: Uint8Array,
  batchLength: number,
  source: string,
): Record<string, unknown>[] {
  const rows = Array.from({ length: batchLength }, () => ({}) as Record<string, unknown>);
  for (const [name, value] of Object.entries(json)) {
    if (name === 'extensions' || name === 'extras') continue;
    const values = readTableValues(value, binary, batchLength, `${source} batch table "${name}"`);
    if (!values) continue;
    for (let i = 0; i < batchLength; i++) rows[i]![name] = values[i];
  }
  return rows;
}
