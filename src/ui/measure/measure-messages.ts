// Texts of the 量算 tab, 中文 first. The figures' own names are in src/app/measure/measure-text.ts (shared with the
// labels in the scene and the copied text).
import { defineMessages } from '../i18n.ts';

export const mt = defineMessages(
  {
    tab: '量算',
    intro: '点位吸附到建筑模型、BIM 模型或地面。结果保留在场景中，直到清除。',
    'tool.distance': '距离',
    'tool.height': '高度',
    'tool.area': '面积',
    'tool.angle': '方位角',
    'hint.distance': '依次点击各点，双击或按“完成”结束（Esc 取消）。已点 {count} 个',
    'hint.height': '点击建筑屋顶：从其下方地面量到屋顶（Esc 取消）',
    'hint.area': '依次点击各角点，双击或按“完成”闭合（Esc 取消）。已点 {count} 个',
    'hint.angle': '点击起点，再点击终点（Esc 取消）。已点 {count} 个',
    finish: '完成',
    cancel: '取消',
    clear: '清除',
    copy: '复制',
    copyAll: '全部复制',
    copied: '已复制到剪贴板',
    copyRefused: '浏览器拒绝了复制：文字已选中，请按 Ctrl+C',
    none: '尚无量算结果',
    copyField: '复制的文字',
    meaning:
      '水平距离为椭球面上两点铅垂线间的测地线长；空间距离为两点间直线；高差为终点减起点；方位角自真北顺时针；投影面积取项目的 CGCS2000 高斯–克吕格投影（或多边形所在 3° 带）。',
  },
  {
    tab: 'Measure',
    intro: 'Points snap to building models, BIM models or the ground. Results stay in the scene until cleared.',
    'tool.distance': 'Distance',
    'tool.height': 'Height',
    'tool.area': 'Area',
    'tool.angle': 'Azimuth',
    'hint.distance': 'Click the points; double-click or press Finish to end (Esc cancels). {count} so far',
    'hint.height': 'Click a roof: measured from the ground below it (Esc cancels)',
    'hint.area': 'Click the corners; double-click or press Finish to close (Esc cancels). {count} so far',
    'hint.angle': 'Click the start point, then the end point (Esc cancels). {count} so far',
    finish: 'Finish',
    cancel: 'Cancel',
    clear: 'Clear',
    copy: 'Copy',
    copyAll: 'Copy all',
    copied: 'Copied to the clipboard',
    copyRefused: 'The browser refused to copy: the text is selected, press Ctrl+C',
    none: 'No measurements yet',
    copyField: 'Copied text',
    meaning:
      "Horizontal: the geodesic on the ellipsoid between the points' plumb lines; spatial: the straight line between them; vertical: end minus start; azimuth clockwise from true north; planar area on the project's CGCS2000 Gauss–Krüger plane (or the polygon's 3° zone).",
  },
);
