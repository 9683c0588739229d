// How geometry readers report: the first error in a geometry is thrown (the feature is dropped); repairs are noted and
// reading goes on. Both carry a path relative to the geometry, prefixed level by level on the way out.
import type { ProblemSeverity } from '../../config/project-types.ts';

export type Key = string | number;

export class GeometryError extends Error {
  constructor(
    readonly at: Key[],
    message: string,
  ) {
    super(message);
  }
}

export interface GeometryNote {
  at: Key[];
  message: string;
  severity: ProblemSeverity;
}

/** Runs `read` for the item at `key`, prefixing the key to the path of any error or note it produces. */
export function readAt<T>(key: Key, notes: GeometryNote[], read: () => T): T {
  const firstNote = notes.length;
  try {
    return read();
  } catch (error) {
    if (error instanceof GeometryError) error.at.unshift(key);
    throw error;
  } finally {
    for (let i = firstNote; i < notes.length; i++) notes[i].at.unshift(key);
  }
}

/** `read` on every item, with each item's index in error and note paths. */
export function mapAt<T>(items: readonly unknown[], notes: GeometryNote[], read: (item: unknown) => T): T[] {
  return items.map((item, index) => readAt(index, notes, () => read(item)));
}
