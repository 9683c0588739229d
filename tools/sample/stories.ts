// The sample's story cards (manifest `stories`): a short summary per renewal unit in 中文 and English, and one
// schematic picture each — an SVG drawn here of the unit's fabric before and after its renewal mode (illustrative,
// not a design).
import { UNIT_SPECS, type RenewalMode, type UnitSpec } from './unit-specs.ts';

const SUMMARIES: Record<string, { 'zh-CN': string; en: string }> = {
  'RU-01': {
    'zh-CN': '修缮老街的青砖院落与沿街铺面，保留街巷格局，让老字号回到街上。',
    en: 'Repairing the old street’s brick courtyards and shopfronts, keeping the lanes, bringing the old shops back.',
  },
  'RU-02': {
    'zh-CN': '拆除危旧棚户，新建配套完善的住宅组团，原住居民就近安置。',
    en: 'Replacing dangerous shanty housing with new homes and services; residents are rehoused nearby.',
  },
  'RU-03': {
    'zh-CN': '纺织厂老厂房保留结构，改建为文创园区和社区活动空间。',
    en: 'The textile mill’s halls keep their structure and become a creative park and community space.',
  },
  'RU-04': {
    'zh-CN': '老旧小区加装电梯、改造管网、补齐停车和养老服务。',
    en: 'An old estate gets lifts, new pipes, parking and care for the elderly.',
  },
  'RU-05': {
    'zh-CN': '打通练江河滨水步道，整治驳岸，增加口袋公园。',
    en: 'A continuous riverside walk along the Lianjiang, repaired banks and new pocket parks.',
  },
  'RU-06': {
    'zh-CN': '医院片区改扩建门急诊楼，理顺交通，增加绿地。',
    en: 'The hospital quarter extends its outpatient building, untangles its traffic and gains green space.',
  },
  'RU-07': {
    'zh-CN': '火车站片区整体更新：站前广场、商业与住宅综合开发。',
    en: 'The station quarter renewed as a whole: a station square with shops and homes.',
  },
  'RU-08': {
    'zh-CN': '智慧社区示范：智能安防、线上议事和社区数字服务。',
    en: 'A smart-community pilot: safety sensors, online residents’ meetings and digital services.',
  },
};

/** The after-panel's blocks per mode: how much of the fabric stays (grey) and what is new (coloured). */
const AFTER: Record<RenewalMode, { kept: number; colour: string }> = {
  保护传承: { kept: 6, colour: '#1b7837' },
  整治提升: { kept: 5, colour: '#4393c3' },
  改建完善: { kept: 3, colour: '#f4a582' },
  拆除新建: { kept: 0, colour: '#d6604d' },
};

const escapeXml = (text: string) => text.replace(/[<>&"]/g, (c) => `&#${c.charCodeAt(0)};`);

function blocks(x0: number, kept: number, colour: string, heightsMeters: readonly number[]): string {
  return heightsMeters
    .map((height, i) => {
      const fill = i < kept ? '#9e9e9e' : colour;
      return `<rect x="${x0 + 20 + i * 44}" y="${260 - height * 4}" width="36" height="${height * 4}" fill="${fill}"/>`;
    })
    .join('');
}

export function storyPictureSvg(spec: UnitSpec): string {
  const { kept, colour } = AFTER[spec.mode];
  const before = [6, 9, 5, 8, 6, 7];
  const after = before.map((height, i) => (i < kept ? height : height + 4 + (i % 3) * 3));
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="320" viewBox="0 0 640 320">` +
    `<rect width="640" height="320" fill="#f4f1ea"/>` +
    `<text x="320" y="36" font-size="24" text-anchor="middle" fill="#333">${escapeXml(`${spec.name} · ${spec.mode}`)}</text>` +
    `<text x="160" y="300" font-size="18" text-anchor="middle" fill="#555">更新前 Before</text>` +
    `<text x="480" y="300" font-size="18" text-anchor="middle" fill="#555">更新后 After</text>` +
    `<line x1="320" y1="60" x2="320" y2="280" stroke="#bbb" stroke-dasharray="6 6"/>` +
    blocks(0, before.length, colour, before) +
    blocks(320, kept, colour, after) +
    `</svg>\n`
  );
}

export const storyPicturePath = (spec: UnitSpec) => `stories/${spec.id.toLowerCase()}.svg`;

/** The manifest's `stories` section. */
export function storiesManifest(): object {
  return Object.fromEntries(
    UNIT_SPECS.map((spec) => [
      spec.id,
      {
        summary: SUMMARIES[spec.id],
        pictures: [
          { src: storyPicturePath(spec), caption: { 'zh-CN': '更新前后示意', en: 'Before and after (schematic)' } },
        ],
      },
    ]),
  );
}

export const storyPictureFiles = (): [string, string][] =>
  UNIT_SPECS.map((spec) => [storyPicturePath(spec), storyPictureSvg(spec)]);
