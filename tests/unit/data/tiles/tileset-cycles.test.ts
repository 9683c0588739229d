// Cycles of external tilesets are refused where they close; diamonds and tilesets fetched again are not cycles.
import { describe, expect, it } from 'vitest';
import { createTilesetCycleCheck } from '../../../../src/data/tiles/tileset-cycles.ts';

const tileset = (...children: string[]) =>
  new TextEncoder().encode(
    JSON.stringify({
      asset: { version: '1.1' },
      geometricError: 1,
      root: { geometricError: 1, children: children.map((uri) => ({ geometricError: 0, content: { uri } })) },
    }),
  ).buffer;
const base = 'http://cim-intranet.test/tiles/';

describe('tileset cycles', () => {
  it('refuses a tileset that names itself, as text (the root) or as bytes (tile content)', () => {
    expect(createTilesetCycleCheck()(`${base}self.json`, tileset('self.json'))?.describe()).toMatch(
      /self\.json: the external tileset self\.json leads back to self\.json/,
    );
    expect(
      createTilesetCycleCheck()(`${base}self.json`, new TextDecoder().decode(tileset('./self.json#x'))),
    ).toBeDefined();
  });

  it('refuses the tileset that closes A → B → A, keeps diamonds and refetches', () => {
    const check = createTilesetCycleCheck();
    expect(check(`${base}a.json`, tileset('b.json', 'c.json', 'tile.glb'))).toBeUndefined();
    expect(check(`${base}c.json`, tileset('d.json'))).toBeUndefined();
    expect(check(`${base}d.json`, tileset('tile.glb'))).toBeUndefined();
    expect(check(`${base}a.json`, tileset('b.json', 'c.json'))).toBeUndefined(); // fetched again
    expect(check(`${base}b.json`, tileset('d.json', '../tiles/a.json'))?.message).toMatch(
      /a\.json leads back to b\.json/,
    );
  });

  it('ignores binary tiles and implicit templates', () => {
    const check = createTilesetCycleCheck();
    expect(check(`${base}t.glb`, new TextEncoder().encode('glTF').buffer)).toBeUndefined();
    expect(check(`${base}i.json`, tileset('content/{level}/{x}/{y}.json'))).toBeUndefined();
  });
});
