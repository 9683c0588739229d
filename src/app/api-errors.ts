// Errors at the window.cim boundary, one convention (README, "Scripting API"): every message starts with the method
// called (`cim.excavate: …`), then says what is wrong in lower case. The type tells a script what to do about it:
// - TypeError: the arguments are wrong (shape, range, an unsupported value); fix the call.
// - UnknownItemError (UnknownLayerError for layers): the arguments are well-formed but name something this project
//   does not have (a layer, viewpoint, renewal unit, scheme, building).
// - ProjectStateError (ManifestLayerError for manifest layers): the project or app is not in a state that allows it.
// - LoadFailedError: the call was right but the file it opened is unusable; the message names the file.

/** Wrong arguments to a cim.* method. */
export const argumentError = (method: string, problem: string): TypeError => new TypeError(`${method}: ${problem}`);

/** Something the call names that this project does not have. */
export class UnknownItemError extends Error {
  override readonly name: string = 'UnknownItemError';
  constructor(
    method: string,
    readonly kind: string,
    readonly id: string,
    hint = '',
  ) {
    super(`${method}: no ${kind} '${id}'${hint ? ` (${hint})` : ''}`);
  }
}

export class UnknownLayerError extends UnknownItemError {
  override readonly name: string = 'UnknownLayerError';
  constructor(
    method: string,
    readonly layerId: string,
  ) {
    super(method, 'layer', layerId);
  }
}

/** The project (or the app) is not in a state that allows the call. */
export class ProjectStateError extends Error {
  override readonly name: string = 'ProjectStateError';
  constructor(method: string, problem: string) {
    super(`${method}: ${problem}`);
  }
}

/** The call was right, but what it opened is unusable: the layer's own message (naming the file) follows. */
export class LoadFailedError extends Error {
  override readonly name: string = 'LoadFailedError';
  constructor(method: string, problem: string) {
    super(`${method}: ${problem}`);
  }
}

/** Layers of the project manifest are part of the project: they can be hidden, not removed. */
export class ManifestLayerError extends ProjectStateError {
  override readonly name: string = 'ManifestLayerError';
  constructor(
    method: string,
    readonly layerId: string,
  ) {
    super(method, `layer '${layerId}' belongs to the project manifest; hide it instead (cim.setLayerVisible)`);
  }
}
