// Reading web-ifc's line objects: attribute values come wrapped ({type, value}), references as {type: 5, value: id}.
// These helpers unwrap them so the readers below stay about IFC, not about web-ifc's encoding.
import type { IfcAPI } from 'web-ifc';

/** A line object as web-ifc's GetLine returns it (unflattened). */
export type IfcLine = Record<string, unknown> & { expressID: number; type: number };

const REFERENCE = 5;

/** The plain value of an attribute: a string, number or boolean; lists become arrays; undefined when unset. */
export function plain(attribute: unknown): unknown {
  if (attribute === null || attribute === undefined) return undefined;
  if (Array.isArray(attribute)) return attribute.map(plain);
  if (typeof attribute === 'object') {
    // Reals keep their STEP text beside the number; the number is what we want.
    if ('_representationValue' in attribute)
      return (attribute as { _representationValue: unknown })._representationValue;
    if ('value' in attribute) return plain((attribute as { value: unknown }).value);
  }
  return attribute;
}

export function text(attribute: unknown): string | undefined {
  const value = plain(attribute);
  return value === undefined ? undefined : String(value);
}

export function num(attribute: unknown): number | undefined {
  const value = plain(attribute);
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** The express id an attribute refers to, or undefined when it is not a reference. */
export function ref(attribute: unknown): number | undefined {
  if (attribute && typeof attribute === 'object' && (attribute as { type?: number }).type === REFERENCE) {
    return (attribute as { value: number }).value;
  }
  return undefined;
}

export function refs(attribute: unknown): number[] {
  if (!Array.isArray(attribute)) return [];
  return attribute.map(ref).filter((id): id is number => id !== undefined);
}

/** Lines of one IFC type (subtypes included when asked). */
export function linesOfType(api: IfcAPI, model: number, type: number, includeInherited = false): IfcLine[] {
  const ids = api.GetLineIDsWithType(model, type, includeInherited);
  const lines: IfcLine[] = [];
  for (let i = 0; i < ids.size(); i++) lines.push(api.GetLine(model, ids.get(i)) as IfcLine);
  return lines;
}
