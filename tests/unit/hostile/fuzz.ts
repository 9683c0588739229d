// Seeded mutations of real files for the reader fuzz test: truncations, byte flips, header fields set to lies, and
// numbers in a JSON chunk (glTF accessors, feature tables) set to lies. Deterministic, so a failure names its case.

/** mulberry32: a small, well-mixed 32-bit PRNG; the same seed gives the same cases on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Values a header field lies with: empty, one, sign bits, all ones, and just past the file's end. */
const lies = (fileBytes: number) => [0, 1, 0x7fffffff, 0x80000000, 0xffffffff, fileBytes, fileBytes + 1, 0xfff0];
const JSON_LIES = [-1, 0, 1.5, 1e9, 4294967295, 2 ** 53, 'x', null];

export interface Mutation {
  /** e.g. "flip 3 bytes", for the failure message with the seed. */
  label: string;
  bytes: Uint8Array;
}

export function mutate(original: Uint8Array, random: () => number, headerBytes: number): Mutation {
  const pick = (n: number) => Math.floor(random() * n);
  const kind = pick(3);
  if (kind === 0) {
    const length = pick(original.length);
    return { label: `truncate to ${length}`, bytes: original.slice(0, length) };
  }
  const bytes = original.slice();
  if (kind === 1) {
    const flips = 1 + pick(8);
    for (let i = 0; i < flips; i++) bytes[pick(bytes.length)] = pick(256);
    return { label: `flip ${flips} bytes`, bytes };
  }
  const offset = pick(Math.max(1, Math.min(headerBytes, bytes.length - 4)));
  const value = lies(bytes.length)[pick(8)]!;
  if (offset + 4 <= bytes.length) new DataView(bytes.buffer).setUint32(offset, value, random() < 0.5);
  return { label: `uint32 at ${offset} = ${value}`, bytes };
}

/** A copy of `json` with one number somewhere in it replaced by a lie (or the copy unchanged when it has none). */
export function mutateJsonNumber(json: unknown, random: () => number): { label: string; json: unknown } {
  const copy = structuredClone(json);
  const numbers: [Record<string, unknown>, string, string][] = [];
  const walk = (node: unknown, path: string) => {
    if (node === null || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (typeof value === 'number') numbers.push([node as Record<string, unknown>, key, `${path}.${key}`]);
      else walk(value, `${path}.${key}`);
    }
  };
  walk(copy, '$');
  if (!numbers.length) return { label: 'no numbers', json: copy };
  const [holder, key, path] = numbers[Math.floor(random() * numbers.length)]!;
  holder[key] = JSON_LIES[Math.floor(random() * JSON_LIES.length)];
  return { label: `${path} = ${JSON.stringify(holder[key])}`, json: copy };
}
