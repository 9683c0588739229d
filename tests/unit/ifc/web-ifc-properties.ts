// The oracle for the STEP property reader (src/data/ifc/properties.ts): the same index read through web-ifc's
// GetLine, as the app did before; too slow for the app (≈20 µs a line), exact enough to check it against. Only the
// merging of an object's sets (mergedProperties) is shared: what is compared is how the sets are read.
import {
  IFCELEMENTQUANTITY,
  IFCPROPERTYSET,
  IFCRELDEFINESBYPROPERTIES,
  IFCRELDEFINESBYTYPE,
  type IfcAPI,
} from 'web-ifc';
import { linesOfType, plain, ref, refs, text, type IfcLine } from '../../../src/data/ifc/ifc-lines.ts';
import {
  mergedProperties,
  type ElementProperties,
  type PropertyDefinition,
  type PropertyValues,
} from '../../../src/data/ifc/properties.ts';

// Which attribute holds a property's value, by property entity; quantities hold theirs in the one *Value attribute.
const VALUE_ATTRIBUTES = ['NominalValue', 'EnumerationValues', 'ListValues', 'UpperBoundValue', 'LowerBoundValue'];

function propertyValue(property: IfcLine): unknown {
  for (const key of VALUE_ATTRIBUTES)
    if (property[key] !== undefined && property[key] !== null) return plain(property[key]);
  const quantityKey = Object.keys(property).find((key) => key.endsWith('Value') && !key.startsWith('_'));
  return quantityKey ? plain(property[quantityKey]) : undefined;
}

export class WebIfcPropertyIndex {
  private readonly definitions = new Map<number, PropertyDefinition | null>();
  private readonly byObject = new Map<number, number[]>();

  constructor(
    private readonly api: IfcAPI,
    private readonly model: number,
  ) {
    for (const rel of linesOfType(api, model, IFCRELDEFINESBYPROPERTIES)) {
      const definition = rel.RelatingPropertyDefinition;
      const ids = Array.isArray(definition) ? refs(definition) : [ref(definition)!];
      for (const object of refs(rel.RelatedObjects)) this.link(object, ids);
    }
    for (const rel of linesOfType(api, model, IFCRELDEFINESBYTYPE)) {
      const typeId = ref(rel.RelatingType);
      if (typeId === undefined) continue;
      const typeSets = refs((api.GetLine(model, typeId) as IfcLine).HasPropertySets);
      // Type sets first: an occurrence's own set of the same name, linked later, overrides them.
      for (const object of refs(rel.RelatedObjects))
        this.byObject.set(object, [...typeSets, ...(this.byObject.get(object) ?? [])]);
    }
  }

  private link(object: number, definitionIds: number[]): void {
    const list = this.byObject.get(object) ?? [];
    list.push(...definitionIds.filter((id) => id !== undefined));
    this.byObject.set(object, list);
  }

  private definition(id: number): PropertyDefinition | null {
    let definition = this.definitions.get(id);
    if (definition !== undefined) return definition;
    const line = this.api.GetLine(this.model, id) as IfcLine;
    const kind = line.type === IFCPROPERTYSET ? 'propertySets' : line.type === IFCELEMENTQUANTITY ? 'quantities' : null;
    definition = null;
    if (kind) {
      const members = refs(line[kind === 'propertySets' ? 'HasProperties' : 'Quantities']);
      const values: PropertyValues = {};
      for (const member of members) {
        const property = this.api.GetLine(this.model, member) as IfcLine;
        const name = text(property.Name);
        if (name !== undefined) values[name] = propertyValue(property);
      }
      definition = { name: text(line.Name) ?? `#${id}`, kind, values };
    }
    this.definitions.set(id, definition);
    return definition;
  }

  /** All property sets and quantities of an object (element, storey, site, …). */
  of(expressId: number): ElementProperties {
    return mergedProperties((this.byObject.get(expressId) ?? []).map((id) => this.definition(id)));
  }

  /** Every object with a property set or quantity linked to it. */
  objects(): number[] {
    return [...this.byObject.keys()];
  }

  /** Every property set with this (lower-case) name, wherever attached: for ePset_MapConversion and friends. */
  propertySetsNamed(lowerName: string): PropertyValues[] {
    const found: PropertyValues[] = [];
    for (const line of linesOfType(this.api, this.model, IFCPROPERTYSET)) {
      if (text(line.Name)?.toLowerCase() === lowerName) found.push(this.definition(line.expressID)!.values);
    }
    return found;
  }
}
