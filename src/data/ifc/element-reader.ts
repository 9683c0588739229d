// Everything about the elements that is read from the STEP text rather than from web-ifc: identity (class, Name,
// GlobalId), storey and building, property sets and quantities, the spatial tree. Needs no engine: web-ifc's GetLine
// costs ~20 µs a line, the STEP text a fraction of that.
import { PropertyIndex, type ElementProperties, type PropertyValues } from './properties.ts';
import { SpatialIndex, type ClassNames, type SpatialNode } from './spatial-tree.ts';
import { StepFile } from './step-file.ts';

export interface IfcElementInfo extends ElementProperties {
  expressId: number;
  globalId: string;
  ifcClass: string;
  name: string;
  /** Name of the IfcBuildingStorey the element is in, if any. */
  storey?: string;
  /** Express id of the IfcBuilding the element is in, if any. */
  building?: number;
}

export interface IfcBuildingInfo {
  expressId: number;
  globalId: string;
  name: string;
  /** Feature indices of the building's elements. */
  features: number[];
  /** The building's own property sets (Pset_BuildingCommon: OccupancyType, NumberOfStoreys, …). */
  propertySets: Record<string, PropertyValues>;
}

export class IfcElementReader {
  private readonly step: StepFile;
  private readonly spatial: SpatialIndex;
  private index: PropertyIndex | undefined;

  constructor(text: string, classNames: ClassNames) {
    this.step = new StepFile(text);
    this.spatial = new SpatialIndex(this.step, classNames);
  }

  /** Built when first asked for: a viewer draws the model before reading any property set. */
  get properties(): PropertyIndex {
    return (this.index ??= new PropertyIndex(this.step));
  }

  /** The element's identity, storey and building; its property sets and quantities still empty. */
  identity(expressId: number): IfcElementInfo {
    const { globalId, name, ifcClass } = this.spatial.identity(expressId);
    const storey = this.spatial.storeyName(expressId);
    const building = this.spatial.buildingOf(expressId);
    const element: IfcElementInfo = {
      expressId,
      globalId: globalId ?? `#${expressId}`,
      ifcClass,
      name,
      propertySets: {},
      quantities: {},
    };
    // Assigned, not spread in: this runs for every element of a district model.
    if (storey !== undefined) element.storey = storey;
    if (building !== undefined) element.building = building;
    return element;
  }

  /** Fills in the element's property sets and quantities. */
  addProperties(element: IfcElementInfo): void {
    const { propertySets, quantities } = this.properties.of(element.expressId);
    element.propertySets = propertySets;
    element.quantities = quantities;
  }

  /** Project → Site → Building → Storey, each node listing its features (feature i is element `expressIds[i]`). */
  tree(expressIds: number[]): SpatialNode | undefined {
    const featureOf = new Map(expressIds.map((id, i) => [id, i]));
    return this.spatial.tree((id) => featureOf.get(id));
  }

  /** Every IfcBuilding with its features (feature i is `elements[i]`). */
  buildings(elements: IfcElementInfo[]): IfcBuildingInfo[] {
    // One pass over the elements, not one per building: a district model has hundreds of buildings.
    const featuresOf = new Map<number, number[]>(this.step.idsOfType('IFCBUILDING').map((id) => [id, []]));
    elements.forEach((element, f) => element.building !== undefined && featuresOf.get(element.building)?.push(f));
    return [...featuresOf].map(([expressId, features]) => {
      const { globalId, name } = this.spatial.identity(expressId);
      return {
        expressId,
        globalId: globalId ?? '',
        name,
        features,
        propertySets: this.properties.of(expressId).propertySets,
      };
    });
  }
}
