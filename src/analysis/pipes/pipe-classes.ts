// The CJJ 61-2017 Appendix B pipeline classes and colours (DESIGN.md §4.1). Black classes (工业, 综合管沟) get a lighter
// display colour, since pure black vanishes underground; the legend names the standard colour too.
import type { PipeClass } from './pipe-model.ts';

export interface PipeClassInfo {
  name: { 'zh-CN': string; en: string };
  /** CJJ 61 colour, r g b. */
  standardRgb: [number, number, number];
  /** What is drawn: the standard colour, or a lighter shade of it where the standard one is invisible. */
  displayCss: string;
}

export const PIPE_CLASS_INFO: Record<PipeClass, PipeClassInfo> = {
  JS: { name: { 'zh-CN': '给水', en: 'Water supply' }, standardRgb: [0, 255, 255], displayCss: '#00ffff' },
  PS: { name: { 'zh-CN': '排水', en: 'Drainage' }, standardRgb: [76, 57, 38], displayCss: '#4c3926' },
  RQ: { name: { 'zh-CN': '燃气', en: 'Gas' }, standardRgb: [255, 0, 255], displayCss: '#ff00ff' },
  RL: { name: { 'zh-CN': '热力', en: 'Heating' }, standardRgb: [255, 128, 0], displayCss: '#ff8000' },
  DL: { name: { 'zh-CN': '电力', en: 'Power' }, standardRgb: [255, 0, 0], displayCss: '#ff0000' },
  TX: { name: { 'zh-CN': '通信', en: 'Telecom' }, standardRgb: [0, 255, 0], displayCss: '#00ff00' },
  GY: { name: { 'zh-CN': '工业', en: 'Industrial' }, standardRgb: [0, 0, 0], displayCss: '#5c5c5c' },
  ZH: { name: { 'zh-CN': '综合管沟', en: 'Utility tunnel' }, standardRgb: [0, 0, 0], displayCss: '#7a7a7a' },
  BM: { name: { 'zh-CN': '不明', en: 'Unknown' }, standardRgb: [102, 0, 204], displayCss: '#6600cc' },
};
