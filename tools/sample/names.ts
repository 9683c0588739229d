// Street names: the arterials carry names a 驻马店 resident would recognise; lanes and branch roads draw from
// old-town stems (trades, temples, wells, trees) so the old core reads like one.

/** North–south arterials, west to east. */
export const NORTH_SOUTH_ARTERIALS = ['风光路', '交通路', '解放路', '中华路', '雪松路'] as const;
/** East–west lines, south to north; null marks the river. */
export const EAST_WEST_LINES = ['练江大道', null, '文化路', '乐山路'] as const;
export const RIVER_NAME = '练江河';

const STEMS = [
  '仁和',
  '福寿',
  '顺河',
  '民主',
  '建设',
  '工农',
  '和平',
  '永安',
  '太平',
  '同心',
  '胜利',
  '团结',
  '新华',
  '人民',
  '光明',
  '育才',
  '健康',
  '红旗',
  '向阳',
  '友谊',
  '铁路',
  '站前',
  '纺织',
  '健民',
  '富强',
  '文庙',
  '书院',
  '马市',
  '粮行',
  '盐店',
  '油坊',
  '竹竿',
  '钟楼',
  '鼓楼',
  '义井',
  '槐树',
  '柳园',
  '杏花',
  '荷花',
  '莲池',
  '天中',
  '汝宁',
  '驿城',
  '古驿',
  '马厂',
  '骡马',
  '花园',
  '三里',
  '五一',
  '前进',
  '跃进',
  '东风',
  '朝阳',
  '复兴',
  '兴隆',
  '吉祥',
  '平安',
  '安居',
  '利民',
  '惠民',
  '振兴',
  '繁荣',
  '新民',
  '德胜',
  '贵人',
  '聚贤',
  '南关',
  '北关',
  '东关',
  '西关',
] as const;

const ROUND_MARKS = ['', '二', '三', '四', '五', '六', '七', '八'] as const;

/** Hands out unique names in a seed-shuffled order: 仁和巷, 福寿街, …, then 仁和二巷, … */
export class StreetNamer {
  private next = 0;
  constructor(private readonly stems: readonly string[]) {}

  static shuffled(random: () => number): StreetNamer {
    const stems = [...STEMS];
    for (let i = stems.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [stems[i], stems[j]] = [stems[j]!, stems[i]!];
    }
    return new StreetNamer(stems);
  }

  /** suffix: 路 / 街 / 巷 */
  take(suffix: string): string {
    const stem = this.stems[this.next % this.stems.length]!;
    const round = Math.floor(this.next / this.stems.length);
    this.next++;
    return `${stem}${ROUND_MARKS[Math.min(round, ROUND_MARKS.length - 1)]}${suffix}`;
  }
}
