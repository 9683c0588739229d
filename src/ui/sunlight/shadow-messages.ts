// Texts of the shadow animation (阴影动画) in the 日照分析 tab, 中文 first.
import { defineMessages } from '../i18n.ts';

const zh = {
  title: '阴影动画',
  play: '阴影动画',
  pause: '暂停',
  stop: '停止并还原',
  slider: '真太阳时',
  reading: '{date}　真太阳时 {solar}　北京时间 {beijing}',
  note: '阴影仅供观感，日照时数以精确计算为准；开启阴影后每帧渲染明显变慢（软件 WebGL 尤甚）',
};

const en: typeof zh = {
  title: 'Shadow animation',
  play: 'Shadow animation',
  pause: 'Pause',
  stop: 'Stop and restore',
  slider: 'True solar time',
  reading: '{date}  true solar time {solar}  Beijing time {beijing}',
  note: 'Shadows are for the look; sunlight hours come from the exact count. Shadows make every frame much slower (above all on software WebGL)',
};

export const sht = defineMessages(zh, en);
