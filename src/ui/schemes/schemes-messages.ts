// Texts of the 方案比选 (schemes) tab and the swipe divider, 中文 first.
import { defineMessages } from '../i18n.ts';

const zh = {
  tab: '方案比选',
  show: '显示方案',
  showHint: '一次显示一个方案；方案所替代的现状建筑随之隐藏。',
  compare: '方案比对',
  compareOff: '不比对',
  swipe: '卷帘',
  left: '左侧',
  right: '右侧',
  divider: '卷帘分隔线（拖动）',
  busy: '正在显示…',
};

const en: typeof zh = {
  tab: 'Schemes',
  show: 'Show a scheme',
  showHint: 'One scheme at a time; the existing buildings it replaces are hidden.',
  compare: 'Compare',
  compareOff: 'Off',
  swipe: 'Swipe',
  left: 'Left',
  right: 'Right',
  divider: 'Swipe divider (drag)',
  busy: 'Showing…',
};

export const sm = defineMessages(zh, en);
