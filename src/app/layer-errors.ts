// Misuse of the layer API by a script, told apart by type so a kiosk script can react (and a test can assert on it).
// Each message starts with the method that was called, as every cim.* error does.

export class UnknownLayerError extends Error {
  override readonly name = 'UnknownLayerError';
  constructor(method: string, readonly layerId: string) {
    super(`${method}: no layer '${layerId}'`);
  }
}

/** Layers of the project manifest are part of the project: they can be hidden, not removed. */
export class ManifestLayerError extends Error {
  override readonly name = 'ManifestLayerError';
  constructor(method: string, readonly layerId: string) {
    super(`${method}: layer '${layerId}' belongs to the project manifest; hide it instead (cim.setLayerVisible)`);
  }
}
