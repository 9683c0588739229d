// The dependency rules of DESIGN.md §2, read from the sources' import statements: what the main thread loads at
// start (web-ifc only in the IFC worker), which folders may use cesium, and that analyses stay pure.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../src');

/** Modules a file imports for their values (`import type` and all-type specifier lists are erased by the compiler). */
export function valueImports(source: string): string[] {
  const found: string[] = [];
  const statement =
    /(?:^|\n)\s*(import|export)\s+(type\s+)?([^'";]*?)\s*from\s*['"]([^'"]+)['"]|(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g;
  for (const match of source.matchAll(statement)) {
    if (match[5]) {
      found.push(match[5]);
      continue;
    }
    const [, , typeOnly, clause = '', specifier] = match;
    if (typeOnly) continue;
    const braces = /\{([^}]*)\}/.exec(clause);
    const outsideBraces = clause.replace(/\{[^}]*\}/, '').replace(/[,\s]/g, '');
    const named = braces
      ? braces[1]!
          .split(',')
          .map((part) => part.trim())
          .filter(Boolean)
      : [];
    if (outsideBraces !== '' || named.some((name) => !name.startsWith('type '))) found.push(specifier!);
  }
  return found;
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    return entry.isDirectory() ? sourceFiles(path) : entry.name.endsWith('.ts') ? [path] : [];
  });
}

const isLocal = (specifier: string) => specifier.startsWith('.');
const packageOf = (specifier: string) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/')
    .split('?')[0]!;

/** Every package reached from `entry` through value imports of local files, with one path that reaches it. */
function packagesReachedFrom(entry: string): Map<string, string[]> {
  const reached = new Map<string, string[]>();
  const seen = new Set<string>();
  const visit = (file: string, path: string[]) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const specifier of valueImports(readFileSync(file, 'utf8'))) {
      if (!isLocal(specifier)) {
        if (!reached.has(packageOf(specifier))) reached.set(packageOf(specifier), [...path, specifier]);
        continue;
      }
      const target = resolve(dirname(file), specifier.split('?')[0]!);
      if (target.endsWith('.ts') && existsSync(target)) visit(target, [...path, relative(SRC, target)]);
    }
  };
  visit(entry, [relative(SRC, entry)]);
  return reached;
}

describe('import rules', () => {
  it('reads value imports and skips type-only ones', () => {
    const source = [
      "import type { Viewer } from 'cesium';",
      "import { type Cartesian3, Color } from 'cesium-values';",
      "import { type A, type B } from './types-only.ts';",
      "import wasmUrl from 'web-ifc/web-ifc.wasm?url';",
      "import './side-effect.css';",
      "export { thing } from './re-export.ts';",
    ].join('\n');
    expect(valueImports(source)).toEqual([
      'cesium-values',
      'web-ifc/web-ifc.wasm?url',
      './side-effect.css',
      './re-export.ts',
    ]);
  });

  it("the main thread never loads web-ifc: the IFC engine is the worker's, fetched when the first IFC opens", () => {
    const reached = packagesReachedFrom(join(SRC, 'main.ts'));
    expect(
      reached.get('web-ifc'),
      `main.ts reaches web-ifc via ${reached.get('web-ifc')?.join(' → ')}`,
    ).toBeUndefined();
    expect(reached.has('cesium')).toBe(true); // the walk does follow the app's imports
  });

  it('only viewer/ and layers/ import cesium, not even its types', () => {
    const offenders = sourceFiles(SRC)
      .filter((file) => !/\/src\/(viewer|layers)\//.test(file))
      .filter((file) => /from\s*['"]cesium['"]/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(SRC, file));
    expect(offenders).toEqual([]);
  });

  it('analysis/ is pure: no cesium, no web-ifc, nothing from app, ui, layers or viewer', () => {
    const offenders = sourceFiles(join(SRC, 'analysis')).flatMap((file) =>
      valueImports(readFileSync(file, 'utf8'))
        .filter((specifier) =>
          isLocal(specifier)
            ? /\/(app|ui|layers|viewer)\//.test(resolve(dirname(file), specifier))
            : ['cesium', 'web-ifc'].includes(packageOf(specifier)),
        )
        .map((specifier) => `${relative(SRC, file)} → ${specifier}`),
    );
    expect(offenders).toEqual([]);
  });
});
