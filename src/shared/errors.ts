// Bad data is a DataError: it names the file (or URL) and says what is wrong in words a user can act on.
// Programmer mistakes are assertions and are not caught by the UI.

export class DataError extends Error {
  override readonly name = 'DataError';
  constructor(
    /** The file name or URL the problem is in. */
    readonly source: string,
    message: string,
    /** Where in the file, e.g. a JSON path `$.features[12].geometry` or a STEP line `#4711`. */
    readonly location?: string,
  ) {
    super(message);
  }

  /** "file: message (at location)": the form shown to users and returned by cim.errors(). */
  describe(): string {
    return `${this.source}: ${this.message}${this.location ? ` (${this.location})` : ''}`;
  }
}

export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`Assertion failed: ${message}`);
}

/** A readable message for anything thrown, for the places that must keep going after a failure. */
export function errorMessage(error: unknown): string {
  if (error instanceof DataError) return error.describe();
  if (error instanceof Error) return error.message;
  return String(error);
}
