// Interface texts in 中文 (default) and English. Data problems keep the wording of the file they come from; the
// interface around them is translated.
import type { Language } from '../config/project-types.ts';

const zh = {
  appName: '城市更新 CIM 平台',
  layers: '图层',
  viewpoints: '视点',
  legend: '图例',
  opacity: '透明度',
  home: '初始视角',
  language: 'English',
  languageTitle: '切换到英文界面',
  attributes: '属性',
  otherAttributes: '其他属性',
  close: '关闭',
  errors: '问题',
  dismiss: '忽略',
  remove: '移除',
  statusLoading: '加载中…',
  statusError: '加载失败',
  projectLoading: '正在加载项目…',
  projectError: '项目无法打开，请查看下方的问题列表。',
  noSelection: '点击建筑或要素查看属性',
  layer: '所属图层',
  empty: '（空）',
  tools: '分析工具',
  'attr.id': '编号',
  'attr.name': '名称',
  'attr.heightMeters': '高度（米）',
  'attr.floors': '层数',
  'attr.yearBuilt': '建成年份',
  'attr.structure': '结构类型',
  'attr.use': '用途',
  'attr.safetyGrade': '房屋安全等级',
  'attr.renewalUnitId': '更新单元',
  'attr.heritage': '历史文化保护',
};

export type MessageKey = keyof typeof zh;

const en: Record<MessageKey, string> = {
  appName: 'CIM Urban Renewal',
  layers: 'Layers',
  viewpoints: 'Viewpoints',
  legend: 'Legend',
  opacity: 'Opacity',
  home: 'Home view',
  language: '中文',
  languageTitle: 'Switch to Chinese',
  attributes: 'Attributes',
  otherAttributes: 'Other attributes',
  close: 'Close',
  errors: 'Problems',
  dismiss: 'Dismiss',
  remove: 'Remove',
  statusLoading: 'Loading…',
  statusError: 'Failed to load',
  projectLoading: 'Loading project…',
  projectError: 'The project could not be opened; see the problems below.',
  noSelection: 'Click a building or feature to see its attributes',
  layer: 'Layer',
  empty: '(empty)',
  tools: 'Analysis tools',
  'attr.id': 'ID',
  'attr.name': 'Name',
  'attr.heightMeters': 'Height (m)',
  'attr.floors': 'Floors',
  'attr.yearBuilt': 'Year built',
  'attr.structure': 'Structure',
  'attr.use': 'Use',
  'attr.safetyGrade': 'Safety grade',
  'attr.renewalUnitId': 'Renewal unit',
  'attr.heritage': 'Heritage status',
};

export type Translate<Key extends string> = (language: Language, key: Key) => string;

/** A feature's own message catalogue (its panel's texts live beside the panel, not in one growing file). The English
 * catalogue must have every key of the Chinese one, which the type enforces. */
export function defineMessages<Key extends string>(zhCN: Record<Key, string>, english: Record<Key, string>): Translate<Key> {
  const catalogues: Record<Language, Record<Key, string>> = { 'zh-CN': zhCN, en: english };
  return (language, key) => catalogues[language][key];
}

/** Fills {name} placeholders of a message. */
export const fillMessage = (text: string, values: Record<string, string | number>): string =>
  text.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));

export const t: Translate<MessageKey> = defineMessages(zh, en);
