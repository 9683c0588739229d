// Property sets and quantities of every object, gathered in one pass over the relationships (IfcRelDefinesByProperties
// for occurrences, IfcRelDefinesByType for what an element inherits from its type), instead of a lookup per element.
// Read from the STEP text (step-file.ts), by attribute position as the IFC schemas define them: the same positions in
// IFC2X3, IFC4 and IFC4X3.
import { isRef, refIds, type StepFile, type StepValue } from './step-file.ts';

/** Property name → value (string, number, boolean or a list of them). */
export type PropertyValues = Record<string, unknown>;

export interface ElementProperties {
  propertySets: Record<string, PropertyValues>;
  quantities: Record<string, PropertyValues>;
}

/** One IfcPropertySet or IfcElementQuantity, read. */
export interface PropertyDefinition {
  name: string;
  kind: keyof ElementProperties;
  values: PropertyValues;
}

/** An object's sets, in link order (type sets first): sets of the same name merge, later values winning. */
export function mergedProperties(definitions: Iterable<PropertyDefinition | null>): ElementProperties {
  const result: ElementProperties = { propertySets: {}, quantities: {} };
  for (const definition of definitions) {
    if (!definition) continue;
    const sets = result[definition.kind];
    const same = sets[definition.name];
    // A set shared by many elements is shared, not copied for each; a merge makes a new object.
    sets[definition.name] = same ? { ...same, ...definition.values } : definition.values;
  }
  return result;
}

// IfcRelDefinesByProperties / IfcRelDefinesByType (GlobalId, OwnerHistory, Name, Description, RelatedObjects, Relating…).
const RELATED_OBJECTS = 4;
const RELATING = 5;
// IfcTypeObject (GlobalId, OwnerHistory, Name, Description, ApplicableOccurrence, HasPropertySets).
const TYPE_PROPERTY_SETS = 5;
// IfcPropertySet (…, Name, Description, HasProperties); IfcElementQuantity (…, Name, Description, MethodOfMeasurement, Quantities).
const SET_NAME = 2;
const SET_MEMBERS = { IFCPROPERTYSET: 4, IFCELEMENTQUANTITY: 5 } as const;
const SET_KIND = { IFCPROPERTYSET: 'propertySets', IFCELEMENTQUANTITY: 'quantities' } as const;

/** Where a property's value is, by entity: single, enumerated, list and bounded values (upper bound, else lower),
 * and the one *Value attribute of simple quantities (…, Unit, LengthValue). Others (tables, references, complex
 * properties and quantities) have no single value. */
const VALUE_POSITIONS: Record<string, number[]> = {
  IFCPROPERTYSINGLEVALUE: [2],
  IFCPROPERTYENUMERATEDVALUE: [2],
  IFCPROPERTYLISTVALUE: [2],
  IFCPROPERTYBOUNDEDVALUE: [2, 3],
};
const isSimpleQuantity = (type: string) => type.startsWith('IFCQUANTITY');

/** Lists stay lists; a reference is not a value the viewer can show. */
function shown(value: StepValue): unknown {
  if (Array.isArray(value)) return value.map(shown);
  return isRef(value) ? undefined : value;
}

export class PropertyIndex {
  private readonly definitions = new Map<number, PropertyDefinition | null>();
  private readonly byObject = new Map<number, number[]>();

  constructor(private readonly step: StepFile) {
    for (const rel of step.idsOfType('IFCRELDEFINESBYPROPERTIES')) {
      const ids = step.refs(rel, RELATING);
      for (const object of step.refs(rel, RELATED_OBJECTS)) this.link(object, ids);
    }
    for (const rel of step.idsOfType('IFCRELDEFINESBYTYPE')) {
      const typeId = step.refs(rel, RELATING)[0];
      if (typeId === undefined) continue;
      const typeSets = step.refs(typeId, TYPE_PROPERTY_SETS);
      // Type sets first: an occurrence's own set of the same name, linked later, overrides them.
      for (const object of step.refs(rel, RELATED_OBJECTS))
        this.byObject.set(object, [...typeSets, ...(this.byObject.get(object) ?? [])]);
    }
  }

  private link(object: number, definitionIds: number[]): void {
    const list = this.byObject.get(object) ?? [];
    list.push(...definitionIds);
    this.byObject.set(object, list);
  }

  private definition(id: number): PropertyDefinition | null {
    let definition = this.definitions.get(id);
    if (definition !== undefined) return definition;
    const type = this.step.typeOf(id);
    definition = null;
    if (type === 'IFCPROPERTYSET' || type === 'IFCELEMENTQUANTITY') {
      const attributes = this.step.attributes(id) ?? [];
      const values: PropertyValues = {};
      for (const member of refIds(attributes[SET_MEMBERS[type]])) {
        const property = this.step.attributes(member) ?? [];
        const name = property[0];
        if (typeof name === 'string') values[name] = this.propertyValue(this.step.typeOf(member) ?? '', property);
      }
      const name = attributes[SET_NAME];
      definition = { name: typeof name === 'string' ? name : `#${id}`, kind: SET_KIND[type], values };
    }
    this.definitions.set(id, definition);
    return definition;
  }

  private propertyValue(type: string, attributes: StepValue[]): unknown {
    const positions = VALUE_POSITIONS[type] ?? (isSimpleQuantity(type) ? [3] : []);
    for (const position of positions) if (attributes[position] !== undefined) return shown(attributes[position]);
    return undefined;
  }

  /** All property sets and quantities of an object (element, storey, site, …). */
  of(expressId: number): ElementProperties {
    return mergedProperties((this.byObject.get(expressId) ?? []).map((id) => this.definition(id)));
  }

  /** Every property set with this (lower-case) name, wherever attached: for ePset_MapConversion and friends. */
  propertySetsNamed(lowerName: string): PropertyValues[] {
    const found: PropertyValues[] = [];
    for (const id of this.step.idsOfType('IFCPROPERTYSET')) {
      const name = this.step.attributes(id, SET_NAME + 1)?.[SET_NAME];
      if (typeof name === 'string' && name.toLowerCase() === lowerName) found.push(this.definition(id)!.values);
    }
    return found;
  }
}
