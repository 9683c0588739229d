// The spatial structure (Project → Site → Building → Storey → elements) from IfcRelAggregates and
// IfcRelContainedInSpatialStructure, and each element's identity (GlobalId, Name, class), storey and building found
// by walking up it. Read from the STEP text (step-file.ts) like the property sets: web-ifc's GetLine costs ~20 µs an
// element, as much as a fifth of streaming the geometry on a model of many small elements.
import { isRef, type StepFile, type StepValue } from './step-file.ts';

export interface SpatialNode {
  expressId: number;
  ifcClass: string;
  name: string;
  globalId: string;
  children: SpatialNode[];
  /** Feature indices of the elements contained here (their parts included), not of those in child nodes. */
  features: number[];
}

/** Upper-case STEP entity name (IFCWALLSTANDARDCASE) → the schema's spelling (IfcWallStandardCase). */
export type ClassNames = (entityName: string) => string;

// IfcRoot (GlobalId, OwnerHistory, Name, …); IfcRelAggregates (…, RelatingObject, RelatedObjects);
// IfcRelContainedInSpatialStructure (…, RelatedElements, RelatingStructure): the same in IFC2X3, IFC4 and IFC4X3.
const GLOBAL_ID = 0;
const NAME = 2;
const AGGREGATES = { relating: 4, related: 5 };
const CONTAINED = { related: 4, relating: 5 };

/** Deeper than any real spatial structure; a cycle in a broken file stops here. */
const MAX_DEPTH = 64;

const textOf = (value: StepValue): string | undefined =>
  value === undefined || isRef(value) || Array.isArray(value) ? undefined : String(value);

export class SpatialIndex {
  /** Child → parent, through aggregation (parts, sub-spaces) and containment (elements in a storey). */
  private readonly parent = new Map<number, number>();
  private readonly children = new Map<number, number[]>();
  /** Per entity type, each spatial node's nearest ancestor of that type, itself included. */
  private readonly ancestors = new Map<string, Map<number, number | undefined>>();
  private readonly spelled = new Map<string, string>();
  /** Storey express id → its name: read once, not once per element in it. */
  private readonly storeyNames = new Map<number, string>();

  constructor(
    private readonly step: StepFile,
    private readonly classNames: ClassNames,
  ) {
    for (const [type, { relating, related }] of [
      ['IFCRELAGGREGATES', AGGREGATES],
      ['IFCRELCONTAINEDINSPATIALSTRUCTURE', CONTAINED],
    ] as const) {
      for (const rel of step.idsOfType(type)) this.relate(step.refs(rel, relating)[0], step.refs(rel, related));
    }
  }

  private relate(parent: number | undefined, related: number[]): void {
    if (parent === undefined) return;
    for (const child of related) this.parent.set(child, parent);
    this.children.set(parent, [...(this.children.get(parent) ?? []), ...related]);
  }

  /** GlobalId (undefined in a broken file), Name and class of any IfcRoot. */
  identity(expressId: number): { globalId: string | undefined; name: string; ifcClass: string } {
    const attributes = this.step.attributes(expressId, NAME + 1) ?? [];
    return {
      globalId: textOf(attributes[GLOBAL_ID]),
      name: textOf(attributes[NAME]) ?? '',
      ifcClass: this.className(expressId),
    };
  }

  private className(expressId: number): string {
    const entity = this.step.typeOf(expressId) ?? '';
    let name = this.spelled.get(entity);
    if (name === undefined) this.spelled.set(entity, (name = this.classNames(entity)));
    return name;
  }

  /** The nearest ancestor of the given (upper-case) entity type, e.g. the storey or the building an element is in. */
  ancestorOfType(expressId: number, type: string): number | undefined {
    const parent = this.parent.get(expressId);
    return parent === undefined ? undefined : this.selfOrAncestorOfType(parent, type);
  }

  /** Memoised on the spatial structure only: its nodes are few and shared, elements are many and asked once. */
  private selfOrAncestorOfType(id: number, type: string): number | undefined {
    let memo = this.ancestors.get(type);
    if (!memo) this.ancestors.set(type, (memo = new Map()));
    const path: number[] = [];
    let found: number | undefined;
    // The depth limit guards against cycles in a broken file.
    for (
      let at: number | undefined = id, depth = 0;
      at !== undefined && depth < MAX_DEPTH;
      at = this.parent.get(at), depth++
    ) {
      if (memo.has(at)) {
        found = memo.get(at);
        break;
      }
      if (this.step.typeOf(at) === type) {
        found = at;
        break;
      }
      path.push(at);
    }
    for (const visited of path) memo.set(visited, found);
    if (found !== undefined) memo.set(found, found);
    return found;
  }

  storeyName(expressId: number): string | undefined {
    const storey = this.ancestorOfType(expressId, 'IFCBUILDINGSTOREY');
    if (storey === undefined) return undefined;
    let name = this.storeyNames.get(storey);
    if (name === undefined)
      this.storeyNames.set(storey, (name = textOf(this.step.attributes(storey, NAME + 1)?.[NAME]) ?? `#${storey}`));
    return name;
  }

  buildingOf(expressId: number): number | undefined {
    return this.ancestorOfType(expressId, 'IFCBUILDING');
  }

  /**
   * The tree from IfcProject down to the spatial elements, each listing its features. `featureOf` maps an element's
   * express id to its feature index (undefined for elements without geometry); parts count under their whole's node.
   */
  tree(featureOf: (expressId: number) => number | undefined): SpatialNode | undefined {
    const project = this.step.idsOfType('IFCPROJECT')[0];
    if (project === undefined) return undefined;
    const visit = (id: number, depth: number): SpatialNode => {
      const { globalId, name, ifcClass } = this.identity(id);
      const node: SpatialNode = { expressId: id, ifcClass, name, globalId: globalId ?? '', children: [], features: [] };
      const collect = (elementId: number, guard: number) => {
        const feature = featureOf(elementId);
        if (feature !== undefined) node.features.push(feature);
        if (guard < 16) for (const part of this.children.get(elementId) ?? []) collect(part, guard + 1);
      };
      for (const child of this.children.get(id) ?? []) {
        if (depth < 16 && SPATIAL.has(this.step.typeOf(child) ?? '')) node.children.push(visit(child, depth + 1));
        else collect(child, 0);
      }
      return node;
    };
    return visit(project, 0);
  }
}

const SPATIAL = new Set([
  'IFCSITE',
  'IFCBUILDING',
  'IFCBUILDINGSTOREY',
  'IFCFACILITY',
  'IFCFACILITYPART',
  'IFCBRIDGE',
  'IFCROAD',
  'IFCRAILWAY',
]);
