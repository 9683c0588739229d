// The schemas' spelling of STEP entity names (IFCWALLSTANDARDCASE → IfcWallStandardCase), from web-ifc's own class
// tables in plain JavaScript: no engine is needed, and the table can be handed to a thread that reads the STEP text.
import { IFC2X3, IFC4, IFC4X3 } from 'web-ifc';

let table: Map<string, string> | undefined;

/** Upper-case entity name → the schema's spelling, over IFC2X3, IFC4 and IFC4X3 (built once). */
export function ifcClassNameTable(): Map<string, string> {
  if (!table) {
    table = new Map();
    for (const schema of [IFC2X3, IFC4, IFC4X3]) for (const name of Object.keys(schema)) table.set(name.toUpperCase(), name);
  }
  return table;
}
