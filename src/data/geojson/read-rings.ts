// Polygon rings (RFC 7946 §3.1.6): closed, with at least 4 positions. An unclosed ring is closed and noted.
import { GeometryError, mapAt, type GeometryNote } from './geometry-error.ts';
import { readParts, readPositions } from './read-positions.ts';
import type { Position } from './types.ts';

/** `maxVertices`: limits.maxRingVertices. */
export function readRings(value: unknown, notes: GeometryNote[], maxVertices: number): Position[][] {
  return mapAt(readParts(value, "a Polygon's coordinates (its rings)"), notes, (ring) =>
    readRing(ring, notes, maxVertices),
  );
}

function readRing(value: unknown, notes: GeometryNote[], maxVertices: number): Position[] {
  const ring = readPositions(value, 0, 'a ring', maxVertices);
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (ring.length > 0 && (first[0] !== last[0] || first[1] !== last[1])) {
    ring.push([...first]);
    notes.push({
      at: [],
      severity: 'fixed',
      message:
        'the ring was not closed (its last position differs from its first); ' +
        'it was closed by repeating the first position',
    });
  }
  if (ring.length < 4) {
    throw new GeometryError(
      [],
      `a ring needs at least 4 positions (3 corners and the first repeated at the end), found ${ring.length}`,
    );
  }
  return ring;
}
