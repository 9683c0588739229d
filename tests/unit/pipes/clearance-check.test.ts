import { describe, expect, it } from 'vitest';
import { checkClearances } from '../../../src/analysis/pipes/clearance-check.ts';
import { CLEARANCE_RULES, gasPressureOf, strictestRule } from '../../../src/analysis/pipes/clearance-rules.ts';
import { building, frame, pipe, toLonLat } from './fixtures.ts';

const water = (id: string, path: [number, number][], sizeMm = 300, depthM = 1.2) =>
  pipe({ id, pipeClass: 'JS', path, sizeMm, depthM });

describe('clearance rules (GB 50289-2016)', () => {
  it('every row names its clause and whether it was verified, and labels exist in both languages', () => {
    for (const rule of CLEARANCE_RULES) {
      expect(rule.clause, rule.id).toMatch(/^GB 50289-2016 表4\.1\.(9|14)$/);
      expect(typeof rule.verified).toBe('boolean');
      expect(rule.label['zh-CN'].length * rule.label.en.length).toBeGreaterThan(0);
    }
    expect(new Set(CLEARANCE_RULES.map((r) => r.id)).size).toBe(CLEARANCE_RULES.length);
  });

  it('picks the row by size, pressure and laying, and the strictest when several apply', () => {
    const small = water(
      'a',
      [
        [0, 0],
        [1, 0],
      ],
      200,
    );
    const large = water(
      'b',
      [
        [0, 0],
        [1, 0],
      ],
      300,
    );
    expect(strictestRule('building', small)?.requiredM).toBe(1);
    expect(strictestRule('building', large)?.requiredM).toBe(3);
    const gas = pipe({
      id: 'g',
      pipeClass: 'RQ',
      path: [
        [0, 0],
        [1, 0],
      ],
      sizeMm: 100,
      depthM: 1,
      pressure: '中压A',
    });
    expect(gasPressureOf('中压A')).toBe('mediumA');
    expect(strictestRule('building', gas)?.requiredM).toBe(1.5);
    const cable = pipe({
      id: 'c',
      pipeClass: 'DL',
      path: [
        [0, 0],
        [1, 0],
      ],
      sizeMm: 150,
      depthM: 0.7,
    });
    const duct = pipe({
      id: 'd',
      pipeClass: 'DL',
      subtype: '电力排管',
      path: [
        [0, 0],
        [1, 0],
      ],
      sizeMm: [800, 600],
      depthM: 0.7,
    });
    // Gas with other pipes asks 0.15 m, direct-buried power 0.50 m: the crossing needs the larger.
    expect(strictestRule('vertical', gas, cable)?.requiredM).toBe(0.5);
    expect(strictestRule('vertical', gas, duct)?.requiredM).toBe(0.25);
    expect(
      strictestRule(
        'horizontal',
        small,
        water('e', [
          [0, 0],
          [1, 0],
        ]),
      ),
    ).toBeUndefined();
  });
});

describe('checkClearances', () => {
  it('measures parallel pipes between outer walls, not centrelines', () => {
    // Water d300 and direct-buried heat d400: 1.5 m required; axes 1.9 m apart → walls 1.9 − 0.15 − 0.2 = 1.55 m.
    const heat = (offset: number) =>
      pipe({
        id: 'RL-1',
        pipeClass: 'RL',
        path: [
          [0, offset],
          [80, offset],
        ],
        sizeMm: 400,
        depthM: 1.6,
      });
    expect(
      checkClearances([
        water('JS-1', [
          [0, 0],
          [100, 0],
        ]),
        heat(1.9),
      ]),
    ).toEqual([]);
    const [found, ...rest] = checkClearances([
      water('JS-1', [
        [0, 0],
        [100, 0],
      ]),
      heat(1.8),
    ]);
    expect(rest).toEqual([]);
    expect(found).toMatchObject({
      a: 'JS-1',
      b: 'RL-1',
      kind: 'horizontal',
      requiredM: 1.5,
      clause: 'GB 50289-2016 表4.1.9',
      ruleId: 'H-JS-RL',
    });
    expect(found!.actualM).toBeCloseTo(1.45, 3);
  });

  it('checks crossings vertically between the lower pipe top and the upper pipe bottom', () => {
    // Water top at 1.0 m, d200 → bottom 1.2 m. Sewer d300 measured to its invert: top = invert − 0.3.
    const main = water(
      'JS-1',
      [
        [0, -20],
        [0, 20],
      ],
      200,
      1.0,
    );
    const sewer = (invertM: number) =>
      pipe({
        id: 'PS-1',
        pipeClass: 'PS',
        path: [
          [-20, 0],
          [20, 0],
        ],
        sizeMm: 300,
        depthM: invertM,
      });
    expect(checkClearances([main, sewer(1.9)])).toEqual([]);
    const [found] = checkClearances([main, sewer(1.85)]);
    expect(found).toMatchObject({
      a: 'JS-1',
      b: 'PS-1',
      kind: 'vertical',
      requiredM: 0.4,
      clause: 'GB 50289-2016 表4.1.14',
    });
    expect(found!.actualM).toBeCloseTo(0.35, 3);
    const [lon, lat] = found!.position;
    const [x, y] = frame.toLocal(lon, lat);
    expect(Math.hypot(x, y)).toBeLessThan(0.01);
  });

  it('reads a sloped drainage pipe at the depth where it is crossed', () => {
    // Invert falls from 2.0 m to 3.0 m over 100 m: at 25 m it is 2.25 m, the top (d500) 1.75 m.
    const sewer = pipe({
      id: 'PS-1',
      pipeClass: 'PS',
      path: [
        [0, 0],
        [100, 0],
      ],
      sizeMm: 500,
      depthM: [2, 3],
    });
    const main = (x: number) =>
      water(
        'JS-1',
        [
          [x, -10],
          [x, 10],
        ],
        200,
        1.2,
      );
    const [atQuarter] = checkClearances([sewer, main(25)]);
    expect(atQuarter!.actualM).toBeCloseTo(1.75 - 1.4, 3);
    expect(checkClearances([sewer, main(60)])).toEqual([]); // top 2.1 m − bottom 1.4 m = 0.7 m
  });

  it('measures a pipe along a building wall to the footprint', () => {
    const house = building('B-1', [
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
    ]);
    const sewer = (y: number) =>
      pipe({
        id: 'PS-1',
        pipeClass: 'PS',
        path: [
          [-20, y],
          [30, y],
        ],
        sizeMm: 400,
        depthM: 2,
      });
    const [found, ...rest] = checkClearances([sewer(-2)], { buildings: [house] });
    expect(rest).toEqual([]);
    expect(found).toMatchObject({ a: 'PS-1', b: 'B-1', kind: 'building', requiredM: 2.5 });
    expect(found!.actualM).toBeCloseTo(1.8, 3);
    expect(checkClearances([sewer(-2.8)], { buildings: [house] })).toEqual([]);
    // A pipe under the building has no clearance at all.
    expect(checkClearances([sewer(5)], { buildings: [house] })[0]!.actualM).toBe(0);
  });

  it('leaves joined segments of one run, unknown pairs and far pipes alone', () => {
    const run = [
      water('JS-1', [
        [0, 0],
        [50, 0],
      ]),
      water('JS-2', [
        [50, 0],
        [100, 0],
      ]),
      water('JS-3', [
        [100, 0],
        [100, 50],
      ]),
    ];
    const unknown = pipe({
      id: 'BM-1',
      pipeClass: 'BM',
      path: [
        [0, 0.3],
        [100, 0.3],
      ],
      sizeMm: 150,
      depthM: 1,
    });
    const far = pipe({
      id: 'RQ-1',
      pipeClass: 'RQ',
      path: [
        [0, 8],
        [100, 8],
      ],
      sizeMm: 150,
      depthM: 1,
    });
    expect(checkClearances([...run, unknown, far])).toEqual([]);
  });

  it('does not treat a pipe that meets another at right angles as parallel', () => {
    const main = water('JS-1', [
      [0, 0],
      [100, 0],
    ]);
    const branch = pipe({
      id: 'RL-1',
      pipeClass: 'RL',
      path: [
        [50, 0.5],
        [50, 30],
      ],
      sizeMm: 200,
      depthM: 1,
    });
    expect(checkClearances([main, branch])).toEqual([]);
  });

  it('checks a district with a 110 km stray pipe (a digitising error) as if it were not so long', () => {
    // The old per-cell grid cost time in the stray pipe's area: 3.8 s at 50 km, "Map maximum size exceeded" at 110 km.
    const street = Array.from({ length: 200 }, (_, i) =>
      water(`JS-${i}`, [
        [i * 30, 0],
        [i * 30 + 25, 0],
      ]),
    );
    const stray = pipe({
      id: 'RL-stray',
      pipeClass: 'RL',
      path: [
        [-50_000, 1],
        [60_000, 1],
      ],
      sizeMm: 400,
      depthM: 1.6,
    });
    const found = checkClearances([...street, stray]);
    expect(new Set(found.map((v) => (v.b === 'RL-stray' ? v.a : v.b))).size).toBe(200); // every water pipe is 1 m from it
  });

  it('limits the check to a scope polygon', () => {
    const pair = (x: number, n: number) => [
      water(`JS-${n}`, [
        [x, 0],
        [x + 40, 0],
      ]),
      pipe({
        id: `RL-${n}`,
        pipeClass: 'RL',
        path: [
          [x, 1],
          [x + 40, 1],
        ],
        sizeMm: 300,
        depthM: 1.5,
      }),
    ];
    const pipes = [...pair(0, 1), ...pair(500, 2)];
    expect(
      checkClearances(pipes)
        .map((v) => v.a)
        .sort(),
    ).toEqual(['JS-1', 'JS-2']);
    const scope = (
      [
        [-10, -10],
        [100, -10],
        [100, 10],
        [-10, 10],
      ] as [number, number][]
    ).map(toLonLat);
    expect(checkClearances(pipes, { scope }).map((v) => v.a)).toEqual(['JS-1']);
  });

  it('finds every violation on a grid of crossing streets and no more', () => {
    // 12 east–west streets with water and gas (every third gas main relaid too close), 12 north–south heat mains
    // crossing them all, every other one too shallow: the expected list is worked out by hand.
    const pipes = [];
    for (let k = 0; k < 12; k++) {
      const y = k * 60;
      pipes.push(
        water(`JS-${k}`, [
          [0, y],
          [700, y],
        ]),
      );
      pipes.push(
        pipe({
          id: `RQ-${k}`,
          pipeClass: 'RQ',
          path: [
            [0, y + (k % 3 === 0 ? 0.5 : 2)],
            [700, y + (k % 3 === 0 ? 0.5 : 2)],
          ],
          sizeMm: 150,
          depthM: 1,
        }),
      );
      pipes.push(
        pipe({
          id: `RL-${k}`,
          pipeClass: 'RL',
          path: [
            [k * 60 + 3, -5],
            [k * 60 + 3, 700],
          ],
          sizeMm: 300,
          depthM: k % 2 ? 1.15 : 2,
        }),
      );
    }
    const found = checkClearances(pipes)
      .map((v) => `${v.kind} ${[v.a, v.b].sort().join('/')}`)
      .sort();
    const expected: string[] = [];
    for (let k = 0; k < 12; k++) if (k % 3 === 0) expected.push(`horizontal JS-${k}/RQ-${k}`);
    // Heat at 1.15 m crosses water (top 1.2) and gas (top 1.0 – bottom 1.15): both within 0.15 m.
    for (let k = 1; k < 12; k += 2)
      for (let n = 0; n < 12; n++) expected.push(`vertical JS-${n}/RL-${k}`, `vertical RL-${k}/RQ-${n}`);
    expect(found).toEqual(expected.sort());
  });
});
