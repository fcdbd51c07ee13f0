/**
 * Values of one unit as horizontal bars (labels are long and phones are narrow): each
 * label on its own line, the bar under it, the value at the bar's end. A range is a solid
 * bar to `value` and a lighter one on to `upto`; a negative value runs left of zero.
 */
import type { ElementContent } from 'hast';
import { s } from 'hastscript';
import { scaleLinear } from 'd3-scale';
import { formatFigure } from '../figures.ts';
import { barRows, describeRows } from './rows.ts';
import { r, svgFrame, text } from './svg.ts';
import { checkUnits } from './time-series.ts';
import type { BarChart } from './types.ts';

const WIDTH = 480;
const ROW = 46;
const BAR = 16;
/** Room for the value beside the longest bar. */
const VALUE_ROOM = 96;
const PAD_X = 4;

export function barSvg(chart: BarChart, options: { id: string }) {
  if (chart.bars.length === 0) throw new Error(`a bar chart needs one bar or more, "${chart.title}" has none`);
  checkUnits(chart.unit, chart.bars);
  const lows = chart.bars.map((b) => Math.min(b.value, b.upto ?? b.value));
  const highs = chart.bars.map((b) => Math.max(b.value, b.upto ?? b.value));
  const min = Math.min(0, ...lows);
  const max = Math.max(0, ...highs);
  const x = scaleLinear()
    .domain([min, max === min ? 1 : max])
    .range([PAD_X + (min < 0 ? VALUE_ROOM : 0), WIDTH - PAD_X - (max > 0 ? VALUE_ROOM : 0)]);
  const zero = x(0);
  const height = chart.bars.length * ROW + 6;

  const children: ElementContent[] = [];
  chart.bars.forEach((bar, i) => {
    const top = i * ROW;
    const barY = top + 22;
    const end = x(bar.value);
    const marks: ElementContent[] = [
      s('title', `${bar.label}: ${formatFigure(bar)}`),
      text(PAD_X, top + 15, bar.label, 'chart__label'),
      s('rect', {
        x: r(Math.min(zero, end)),
        y: barY,
        width: r(Math.max(Math.abs(end - zero), 1.5)),
        height: BAR,
        class: bar.value < 0 ? 'chart__bar chart__bar--negative' : 'chart__bar',
      }),
    ];
    let outer = end;
    if (bar.upto !== undefined && bar.upto !== bar.value) {
      const to = x(bar.upto);
      marks.push(s('rect', { x: r(Math.min(end, to)), y: barY, width: r(Math.abs(to - end)), height: BAR, class: 'chart__bar chart__bar--range' }));
      outer = bar.upto < 0 ? Math.min(end, to) : Math.max(end, to);
    }
    const negative = (bar.upto ?? bar.value) < 0 && bar.value < 0;
    marks.push(text(negative ? outer - 6 : outer + 6, barY + BAR - 3, formatFigure(bar), 'chart__value', negative ? 'end' : 'start'));
    children.push(s('g', { class: 'chart__row' }, marks));
  });
  if (min < 0) children.push(s('line', { x1: r(zero), x2: r(zero), y1: 16, y2: height, class: 'chart__zero' }));

  return svgFrame(
    { id: options.id, width: WIDTH, height, title: chart.title, description: describeRows(barRows(chart)), className: 'chart__svg--bars' },
    children,
  );
}
