// The schemas' spelling of STEP entity names (IFCWALLSTANDARDCASE → IfcWallStandardCase), from web-ifc's own class
// tables in plain JavaScript: no engine call per name.
import { IFC2X3, IFC4, IFC4X3 } from 'web-ifc';
import type { ClassNames } from './spatial-tree.ts';

let table: Map<string, string> | undefined;

/** The spelling over IFC2X3, IFC4 and IFC4X3 (the table built once); the STEP name itself for an entity none has. */
export const ifcClassNames: ClassNames = (entityName) => {
  if (!table) {
    table = new Map();
    for (const schema of [IFC2X3, IFC4, IFC4X3])
      for (const name of Object.keys(schema)) table.set(name.toUpperCase(), name);
  }
  return table.get(entityName) ?? entityName;
};
