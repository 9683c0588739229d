// Reads and validates the project manifest. Every problem is reported with its JSON path; only a manifest whose root
// is unusable stops the project.
import type { Problem, Project } from '../config/project-types.ts';
import { parseProjectText } from '../config/validate-project.ts';
import { fetchText } from '../data/fetch-text.ts';
import { knownLayerKinds } from '../layers/registry.ts';
import { DataError, errorMessage } from '../shared/errors.ts';

export interface LoadedProject {
  project: Project | null;
  problems: Problem[];
}

export async function loadProject(manifestUrl: string): Promise<LoadedProject> {
  let text: string;
  try {
    text = await fetchText(manifestUrl);
  } catch (error) {
    const message = error instanceof DataError ? error.message : errorMessage(error);
    return { project: null, problems: [{ path: '$', message }] };
  }
  return parseProjectText(text, manifestUrl, { knownKinds: knownLayerKinds() });
}
