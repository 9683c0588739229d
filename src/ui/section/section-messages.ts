// Texts of the 剖切 (sections) block of the 量算 tab, 中文 first.
import { defineMessages } from '../i18n.ts';

export const sm = defineMessages(
  {
    heading: '剖切',
    height: '剖切高度（米）',
    horizontal: '水平剖切',
    vertical: '沿线竖向剖切',
    pickHint: '在场景中点击剖切线的起点和终点：起点到终点左侧的建筑被剖开（已点 {count} 个，Esc 取消）',
    clear: '取消剖切',
    horizontalResult: '{height} 米水平剖切：剖开 {count} 栋建筑',
    verticalResult: '竖向剖切，长 {length} 米：剖开 {count} 栋建筑',
    note: '剖面按建筑轮廓 × 高度绘制（与高度、天际线、日照分析相同的模型）；剖切面为红色。',
  },
  {
    heading: 'Sections',
    height: 'Cut height (m)',
    horizontal: 'Horizontal section',
    vertical: 'Vertical section along a line',
    pickHint:
      'Click the start and end of the section line in the scene: buildings left of start → end are cut open ({count} clicked, Esc cancels)',
    clear: 'Remove section',
    horizontalResult: 'Horizontal section at {height} m: {count, plural, one {# building} other {# buildings}} cut',
    verticalResult: 'Vertical section, {length} m long: {count, plural, one {# building} other {# buildings}} cut',
    note: 'Cut faces are drawn from each footprint × height (the model the height, skyline and sunlight checks use), in red.',
  },
);
