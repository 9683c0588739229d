// Interface texts in 中文 (default) and English. Data problems keep the wording of the file they come from; the
// interface around them is translated.
import type { Language } from '../config/project-types.ts';
import { pluralForm } from '../shared/plural.ts';

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
export function defineMessages<Key extends string>(
  zhCN: Record<Key, string>,
  english: Record<Key, string>,
): Translate<Key> {
  const catalogues: Record<Language, Record<Key, string>> = { 'zh-CN': zhCN, en: english };
  return (language, key) => catalogues[language][key];
}

/** `{count, plural, one {# building breaks} other {# buildings break}}`: ICU's plural syntax, one level deep. */
const PLURAL = /\{(\w+), plural,((?:\s*(?:=\d+|\w+)\s*\{[^{}]*\})+)\s*\}/g;
const PLURAL_BRANCH = /(=\d+|\w+)\s*\{([^{}]*)\}/g;

/** Fills a message's {name} placeholders. Wherever a count meets a noun the message says so in ICU's plural syntax
 * (`{count, plural, one {# element} other {# elements}}`, `#` for the number) and the language's Intl.PluralRules
 * picks the form: "1 element", "2 elements"; Chinese needs no forms. A placeholder without a value stays visible. */
export function fillMessage(language: Language, text: string, values: Record<string, string | number>): string {
  const plurals = text.replace(PLURAL, (whole, name: string, branches: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    const count = Number(value);
    const forms = Object.fromEntries([...branches.matchAll(PLURAL_BRANCH)].map(([, key, form]) => [key!, form!]));
    return pluralForm(language, count, { other: '', ...forms }).replace(/#/g, String(value));
  });
  return plurals.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

export const t: Translate<MessageKey> = defineMessages(zh, en);
