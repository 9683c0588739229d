// Texts of the 日照分析 (sunlight) panel, 中文 first.
import { defineMessages } from '../i18n.ts';

const zh = {
  tab: '日照分析',
  rule: '标准：{rule}（{clause}）',
  unverified: '该条款数值来自二手资料，尚未与规范原文核对',
  noSetting: '项目未配置日照标准（project.json 的 sunlight：climateZone、urbanPopulation）',
  scheme: '方案',
  visible: '当前显示',
  existing: '现状',
  analyseSelected: '分析所选建筑的窗台',
  selectFirst: '先在场景中点选一栋建筑',
  clear: '清除',
  busy: '计算中…',
  summary: '{date}（真太阳时 {start}:00–{end}:00）：{count} 个点，{fail} 个不满足 {hours} 小时',
  floor: '层',
  facade: '立面',
  hours: '累计 (h)',
  longest: '最长连续 (h)',
  intervals: '日照时段（北京时间）',
  result: '结论',
  pass: '满足',
  fail: '不满足',
  exportCsv: '导出 CSV',
};

const en: typeof zh = {
  tab: 'Sunlight',
  rule: 'Rule: {rule} ({clause})',
  unverified: 'This value comes from secondary sources and has not been checked against the standard\'s text',
  noSetting: 'The project has no sunlight setting (project.json "sunlight": climateZone, urbanPopulation)',
  scheme: 'Scheme',
  visible: 'As shown',
  existing: 'Existing',
  analyseSelected: 'Analyse the selected building\'s windows',
  selectFirst: 'Pick a building in the scene first',
  clear: 'Clear',
  busy: 'Working…',
  summary: '{date} (true solar {start}:00–{end}:00): {count, plural, one {# point} other {# points}}, {fail} below {hours} h',
  floor: 'Floor',
  facade: 'Facade',
  hours: 'Total (h)',
  longest: 'Longest (h)',
  intervals: 'Sunlit (Beijing time)',
  result: 'Result',
  pass: 'Pass',
  fail: 'Fail',
  exportCsv: 'Export CSV',
};

export const st = defineMessages(zh, en);
