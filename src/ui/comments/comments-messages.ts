// Texts of the 批注 tab, 中文 first.
import { defineMessages } from '../i18n.ts';

export const ct = defineMessages(
  {
    tab: '批注',
    intro: '在场景中点选位置并写下批注：保存作者、时间、状态、当时的方案、视角与截图，存于本浏览器，可导出为 BCF 3.0。',
    author: '批注人',
    pick: '在场景中点选位置',
    picking: '请在场景中点击批注位置（Esc 取消）',
    text: '批注内容',
    save: '保存批注',
    cancel: '取消',
    none: '尚无批注',
    show: '查看',
    resolve: '标记已解决',
    reopen: '重新打开',
    'status.open': '待处理',
    'status.resolved': '已解决',
    exportBcf: '导出 BCF',
    importBcf: '导入 BCF',
    imported: '已导入 {count} 条批注',
    openedAtHome: '该批注来自其他软件，没有本项目的坐标原点：已转到项目首页视角',
    needText: '请填写批注内容和批注人',
  },
  {
    tab: 'Comments',
    intro:
      'Pick a point in the scene and write a comment: its author, time, status, the scheme shown, the view and a snapshot are kept in this browser and can be exported as BCF 3.0.',
    author: 'Author',
    pick: 'Pick a point in the scene',
    picking: 'Click the point to comment on in the scene (Esc cancels)',
    text: 'Comment',
    save: 'Save comment',
    cancel: 'Cancel',
    none: 'No comments yet',
    show: 'Show',
    resolve: 'Mark resolved',
    reopen: 'Reopen',
    'status.open': 'Open',
    'status.resolved': 'Resolved',
    exportBcf: 'Export BCF',
    importBcf: 'Import BCF',
    imported: '{count, plural, one {# comment imported} other {# comments imported}}',
    openedAtHome:
      "This comment comes from another tool without this project's origin: the project's home view is shown",
    needText: 'Write the comment and its author',
  },
);
