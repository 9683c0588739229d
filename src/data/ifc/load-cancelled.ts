// Cancelling is a reason a file did not open, like any other: listed against the file in the problem list.
import { DataError } from '../../shared/errors.ts';

export class IfcLoadCancelled extends DataError {
  constructor(source: string) {
    super(source, 'Opening was cancelled');
  }
}
