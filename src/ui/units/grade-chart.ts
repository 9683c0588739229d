// A stacked bar per unit of its buildings by safety grade (SVG, built element by element: no markup strings).
import { SAFETY_GRADES, type SafetyGrade } from '../../analysis/units/safety-grade.ts';
import { thematicClasses } from '../../analysis/units/thematic.ts';
import { svg } from '../svg.ts';

const ROW_PX = 16;
const LABEL_PX = 64;
const WIDTH_PX = 280;

export function gradeChart(
  rows: readonly { label: string; grades: Record<SafetyGrade, number> }[],
  title: string,
): SVGSVGElement {
  const colors = new Map(thematicClasses('safetyGrade').map((c) => [c.key, c.color]));
  const most = Math.max(1, ...rows.map((r) => SAFETY_GRADES.reduce((sum, g) => sum + r.grades[g], 0)));
  const scale = (WIDTH_PX - LABEL_PX - 36) / most;
  const chart = svg('svg', { width: WIDTH_PX, height: rows.length * ROW_PX + 4, role: 'img', class: 'grade-chart' });
  chart.append(svg('title', {}, title));
  rows.forEach((row, i) => {
    const y = i * ROW_PX + 2;
    chart.append(
      svg(
        'text',
        { x: 0, y: y + 11, class: 'chart-label' },
        row.label.length > 7 ? `${row.label.slice(0, 6)}…` : row.label,
      ),
    );
    let x = LABEL_PX;
    let total = 0;
    for (const grade of SAFETY_GRADES) {
      const width = row.grades[grade] * scale;
      if (width > 0)
        chart.append(svg('rect', { x, y, width, height: ROW_PX - 4, fill: colors.get(grade)!, 'data-grade': grade }));
      x += width;
      total += row.grades[grade];
    }
    chart.append(svg('text', { x: x + 3, y: y + 11, class: 'chart-value' }, String(total)));
  });
  return chart;
}
