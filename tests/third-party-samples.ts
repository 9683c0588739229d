// Where the third-party sample data is: `$CIM_SAMPLES_DIR`, else ../shared/samples beside the repository. A user's
// clone has neither, and the files are not ours to copy in (their README says so): tests of them skip with a note.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = fileURLToPath(new URL('../', import.meta.url));

export const SAMPLES_DIR = resolve(REPO_ROOT, process.env.CIM_SAMPLES_DIR ?? '../shared/samples');

/** Whether `SAMPLES_DIR/<folder>` exists; if not, prints which tests (`what`) are skipped and why. */
export function haveSamplesIn(folder: string, what: string): boolean {
  const path = join(SAMPLES_DIR, folder);
  if (existsSync(path)) return true;
  console.warn(
    `Skipped ${what}: third-party samples not found at ${path} (not part of the repository; set CIM_SAMPLES_DIR to a copy of them to run these tests).`,
  );
  return false;
}
