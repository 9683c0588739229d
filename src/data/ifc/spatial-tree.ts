// The spatial structure (Project → Site → Building → Storey → elements) from IfcRelAggregates and
// IfcRelContainedInSpatialStructure, and each element's storey and building found by walking up it.
import {
  IFCBUILDING, IFCBUILDINGSTOREY, IFCPROJECT, IFCRELAGGREGATES, IFCRELCONTAINEDINSPATIALSTRUCTURE, type IfcAPI,
} from 'web-ifc';
import { className, linesOfType, ref, refs, text, type IfcLine } from './ifc-lines.ts';

export interface SpatialNode {
  expressId: number;
  ifcClass: string;
  name: string;
  globalId: string;
  children: SpatialNode[];
  /** Feature indices of the elements contained here (their parts included), not of those in child nodes. */
  features: number[];
}

export class SpatialIndex {
  /** Child → parent, through aggregation (parts, sub-spaces) and containment (elements in a storey). */
  private readonly parent = new Map<number, number>();
  private readonly children = new Map<number, number[]>();
  private readonly lines = new Map<number, IfcLine>();
  /** Nearest ancestor of each (element, type) asked for: siblings share their parents' answers. */
  private readonly ancestors = new Map<string, number | undefined>();

  constructor(
    private readonly api: IfcAPI,
    private readonly model: number,
  ) {
    for (const rel of linesOfType(api, model, IFCRELAGGREGATES)) this.relate(ref(rel['RelatingObject']), refs(rel['RelatedObjects']));
    for (const rel of linesOfType(api, model, IFCRELCONTAINEDINSPATIALSTRUCTURE)) {
      this.relate(ref(rel['RelatingStructure']), refs(rel['RelatedElements']));
    }
  }

  private relate(parent: number | undefined, related: number[]): void {
    if (parent === undefined) return;
    for (const child of related) this.parent.set(child, parent);
    this.children.set(parent, [...(this.children.get(parent) ?? []), ...related]);
  }

  line(expressId: number): IfcLine {
    let line = this.lines.get(expressId);
    if (!line) this.lines.set(expressId, (line = this.api.GetLine(this.model, expressId) as IfcLine));
    return line;
  }

  /** The nearest ancestor of the given IFC type (e.g. the storey or the building an element is in). */
  ancestorOfType(expressId: number, type: number, seen = new Set<number>()): number | undefined {
    const key = `${expressId}:${type}`;
    if (this.ancestors.has(key)) return this.ancestors.get(key);
    const parent = this.parent.get(expressId);
    // `seen` guards against cycles in a broken file.
    let found: number | undefined;
    if (parent !== undefined && !seen.has(parent)) {
      seen.add(parent);
      found = this.api.GetLineType(this.model, parent) === type ? parent : this.ancestorOfType(parent, type, seen);
    }
    this.ancestors.set(key, found);
    return found;
  }

  storeyName(expressId: number): string | undefined {
    const storey = this.ancestorOfType(expressId, IFCBUILDINGSTOREY);
    return storey === undefined ? undefined : text(this.line(storey)['Name']) ?? `#${storey}`;
  }

  buildingOf(expressId: number): number | undefined {
    return this.ancestorOfType(expressId, IFCBUILDING);
  }

  /**
   * The tree from IfcProject down to the spatial elements, each listing its features. `featureOf` maps an element's
   * express id to its feature index (undefined for elements without geometry); parts count under their whole's node.
   */
  tree(featureOf: (expressId: number) => number | undefined): SpatialNode | undefined {
    const project = linesOfType(this.api, this.model, IFCPROJECT)[0];
    if (!project) return undefined;
    const visit = (id: number, depth: number): SpatialNode => {
      const line = this.line(id);
      const node: SpatialNode = {
        expressId: id,
        ifcClass: className(this.api, line),
        name: text(line['Name']) ?? '',
        globalId: text(line['GlobalId']) ?? '',
        children: [],
        features: [],
      };
      const collect = (elementId: number, guard: number) => {
        const feature = featureOf(elementId);
        if (feature !== undefined) node.features.push(feature);
        if (guard < 16) for (const part of this.children.get(elementId) ?? []) collect(part, guard + 1);
      };
      for (const child of this.children.get(id) ?? []) {
        if (depth < 16 && isSpatial(this.api.GetNameFromTypeCode(this.api.GetLineType(this.model, child)))) {
          node.children.push(visit(child, depth + 1));
        } else collect(child, 0);
      }
      return node;
    };
    return visit(project.expressID, 0);
  }
}

const SPATIAL = new Set(['IFCSITE', 'IFCBUILDING', 'IFCBUILDINGSTOREY', 'IFCFACILITY', 'IFCFACILITYPART', 'IFCBRIDGE', 'IFCROAD', 'IFCRAILWAY']);
function isSpatial(typeName: string): boolean {
  return SPATIAL.has(typeName.toUpperCase());
}
