// Which pipelines lie under which street, where across the street and how deep (CJJ 61 classes). Power and telecom
// under the sidewalks on opposite sides, water and gas under the verges, sewers under the carriageway — offsets keep
// the GB 50289-2016 表4.1.9 clear distances; the deliberate violations are added separately.
import type { StreetClass } from './network.ts';

export type PipeClass = 'JS' | 'PS' | 'RQ' | 'RL' | 'DL' | 'TX' | 'GY' | 'ZH' | 'BM';

export type PipeSection =
  | { section: 'circle'; diameterMm: number }
  | { section: 'rect'; widthMm: number; heightMm: number };

export interface PipeSpec {
  pipeClass: PipeClass;
  subtype: string;
  /** Distance of the pipe axis from the street centreline, positive to the left, for a street of this width. */
  offsetMeters: (streetWidthMeters: number) => number;
  section: PipeSection;
  /** Drainage: invert depth at the upstream end; others: depth to the pipe top. */
  depthMeters: [number, number];
  /** Drainage pipes fall along the flow (per metre). */
  slope?: number;
  spacingMeters: number;
  /** Share of streets of this class that carry the pipe. */
  share: number;
  years: [number, number];
  pressure?: string;
}

const circle = (diameterMm: number): PipeSection => ({ section: 'circle', diameterMm });
const rect = (widthMm: number, heightMm: number): PipeSection => ({ section: 'rect', widthMm, heightMm });

function spec(
  pipeClass: PipeClass,
  subtype: string,
  offset: (w: number) => number,
  section: PipeSection,
  rest: Omit<PipeSpec, 'pipeClass' | 'subtype' | 'offsetMeters' | 'section'>,
): PipeSpec {
  return { pipeClass, subtype, offsetMeters: offset, section, ...rest };
}

export const PIPE_SPECS: Record<Exclude<StreetClass, '河道'>, PipeSpec[]> = {
  主干路: [
    spec('JS', '给水', (w) => w / 2 - 6, circle(400), {
      depthMeters: [1.3, 1.5],
      spacingMeters: 200,
      share: 1,
      years: [1995, 2018],
    }),
    spec('PS', '污水', () => 3.5, circle(600), {
      depthMeters: [3, 3.5],
      slope: 0.002,
      spacingMeters: 100,
      share: 1,
      years: [1990, 2016],
    }),
    spec('PS', '雨水', () => -3.5, circle(1000), {
      depthMeters: [2.2, 2.6],
      slope: 0.0015,
      spacingMeters: 120,
      share: 1,
      years: [1990, 2016],
    }),
    spec('RQ', '天然气', (w) => -(w / 2 - 6), circle(300), {
      depthMeters: [1.1, 1.3],
      spacingMeters: 200,
      share: 1,
      years: [2004, 2015],
      pressure: '中压A',
    }),
    spec('RL', '热水', (w) => -(w / 2 - 9), circle(400), {
      depthMeters: [1.5, 1.8],
      spacingMeters: 150,
      share: 1,
      years: [2012, 2020],
    }),
    spec('DL', '电力排管', (w) => w / 2 - 2.5, rect(1000, 700), {
      depthMeters: [0.7, 0.9],
      spacingMeters: 200,
      share: 1,
      years: [1998, 2020],
    }),
    spec('TX', '通信管块', (w) => -(w / 2 - 2.5), rect(600, 400), {
      depthMeters: [0.7, 0.9],
      spacingMeters: 200,
      share: 1,
      years: [1998, 2020],
    }),
  ],
  次干路: [
    spec('JS', '给水', (w) => w / 2 - 4, circle(300), {
      depthMeters: [1.2, 1.4],
      spacingMeters: 150,
      share: 1,
      years: [1992, 2015],
    }),
    spec('PS', '污水', () => 2.5, circle(500), {
      depthMeters: [2.6, 3],
      slope: 0.0025,
      spacingMeters: 80,
      share: 1,
      years: [1988, 2015],
    }),
    spec('PS', '雨水', () => -2.5, circle(800), {
      depthMeters: [2, 2.4],
      slope: 0.002,
      spacingMeters: 80,
      share: 1,
      years: [1988, 2015],
    }),
    spec('RQ', '天然气', (w) => -(w / 2 - 4), circle(200), {
      depthMeters: [1, 1.2],
      spacingMeters: 200,
      share: 1,
      years: [2005, 2016],
      pressure: '中压B',
    }),
    spec('DL', '电力排管', (w) => w / 2 - 1.5, rect(800, 600), {
      depthMeters: [0.7, 0.9],
      spacingMeters: 200,
      share: 1,
      years: [2000, 2020],
    }),
    spec('TX', '通信管块', (w) => -(w / 2 - 1.5), rect(400, 300), {
      depthMeters: [0.7, 0.9],
      spacingMeters: 200,
      share: 1,
      years: [2000, 2020],
    }),
  ],
  支路: [
    spec('JS', '给水', (w) => w / 2 - 3.5, circle(200), {
      depthMeters: [1.1, 1.3],
      spacingMeters: 200,
      share: 1,
      years: [1985, 2012],
    }),
    spec('PS', '污水', () => 1, circle(400), {
      depthMeters: [2.2, 2.6],
      slope: 0.003,
      spacingMeters: 100,
      share: 1,
      years: [1985, 2012],
    }),
    spec('PS', '雨水', () => -1, circle(600), {
      depthMeters: [1.8, 2.2],
      slope: 0.0025,
      spacingMeters: 100,
      share: 0.8,
      years: [1985, 2012],
    }),
    spec('RQ', '天然气', (w) => -(w / 2 - 3.5), circle(150), {
      depthMeters: [0.9, 1.1],
      spacingMeters: 250,
      share: 0.7,
      years: [2006, 2018],
      pressure: '低压',
    }),
    spec('DL', '电力排管', (w) => w / 2 - 1.5, rect(600, 400), {
      depthMeters: [0.7, 0.9],
      spacingMeters: 250,
      share: 0.7,
      years: [2000, 2020],
    }),
    spec('TX', '通信', (w) => -(w / 2 - 1.5), circle(110), {
      depthMeters: [0.7, 0.8],
      spacingMeters: 250,
      share: 0.6,
      years: [2000, 2020],
    }),
  ],
  巷道: [
    spec('JS', '给水', () => 1.2, circle(100), {
      depthMeters: [0.9, 1.1],
      spacingMeters: 300,
      share: 1,
      years: [1975, 2008],
    }),
    spec('PS', '合流', () => -0.3, circle(300), {
      depthMeters: [1.6, 2],
      slope: 0.004,
      spacingMeters: 300,
      share: 1,
      years: [1972, 2005],
    }),
    spec('DL', '电力', () => -1.4, circle(100), {
      depthMeters: [0.6, 0.8],
      spacingMeters: 300,
      share: 0.5,
      years: [1995, 2018],
    }),
    spec('RQ', '天然气', () => -2.2, circle(100), {
      depthMeters: [0.8, 0.9],
      spacingMeters: 300,
      share: 0.3,
      years: [2008, 2020],
      pressure: '低压',
    }),
  ],
};

/** The utility tunnel under 练江大道 (rebuilt 2019–2021). */
export const TUNNEL_SPEC = spec('ZH', '综合管廊', () => 0, rect(4000, 3200), {
  depthMeters: [2.5, 2.8],
  spacingMeters: 250,
  share: 1,
  years: [2019, 2021],
});
/** Process pipes of the old textile mill, under its internal roads. */
export const INDUSTRIAL_SPEC = spec('GY', '蒸汽', (w) => -(w / 2 - 2.2), circle(150), {
  depthMeters: [1.2, 1.4],
  spacingMeters: 150,
  share: 1,
  years: [1978, 1995],
});
/** Old, undocumented pipes found by detection in the lanes. */
export const UNKNOWN_SPEC = spec('BM', '不明', () => 0.6, circle(150), {
  depthMeters: [0.8, 1.5],
  spacingMeters: 300,
  share: 0.08,
  years: [0, 0],
});

export function materialOf(spec: PipeSpec, yearLaid: number): string {
  const size = spec.section.section === 'circle' ? spec.section.diameterMm : spec.section.widthMm;
  switch (spec.pipeClass) {
    case 'JS':
      return size <= 110 && yearLaid >= 2000 ? 'PE' : yearLaid >= 1995 ? '球墨铸铁' : '灰口铸铁';
    case 'PS':
      return size >= 500 ? '钢筋混凝土' : yearLaid >= 2005 ? 'HDPE双壁波纹管' : yearLaid < 1985 ? '陶土管' : '混凝土';
    case 'RQ':
      return size <= 200 ? 'PE' : '钢';
    case 'RL':
      return '钢（预制直埋保温管）';
    case 'DL':
      return spec.section.section === 'rect' ? '混凝土排管' : 'CPVC';
    case 'TX':
      return spec.section.section === 'rect' ? 'PVC管块' : '硅芯管';
    case 'ZH':
      return '钢筋混凝土';
    case 'GY':
      return '钢';
    case 'BM':
      return '不明';
  }
}
