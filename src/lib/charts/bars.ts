/**
 * Values of one unit as horizontal bars (labels are long and phones are narrow): each
 * label on its own lines, the bar under it, the value at the bar's end. A range is a solid
 * bar to `value` and a lighter one on to `upto`; a negative value runs left of zero.
 */
import type { ElementContent } from 'hast';
import { s } from 'hastscript';
import { scaleLinear } from 'd3-scale';
import { formatFigure } from '../figures.ts';
import { barRows, describeRows } from './rows.ts';
import { checkUnits, FONT, r, svgFrame, text, textWidth, wrapText } from './svg.ts';
import type { BarChart, BarItem } from './types.ts';

// As the time series: 400 wide reads at about 0.8 of its size on a 360 px phone.
const WIDTH = 400;
const PAD_X = 4;
const LINE = 16;
const BAR = 14;
/** Between a row's label and its bar, and after the bar. */
const GAP = { label: 5, row: 12 };
const VALUE_GAP = 6;

/** The end of a bar away from zero (a range's far end), and whether it runs left. */
function reach(bar: BarItem): { far: number; left: boolean } {
  const ends = [bar.value, bar.upto ?? bar.value];
  const left = ends.every((end) => end < 0);
  return { far: left ? Math.min(...ends) : Math.max(...ends), left };
}

export function barSvg(chart: BarChart, options: { id: string }) {
  if (chart.bars.length === 0) throw new Error(`a bar chart needs one bar or more, "${chart.title}" has none`);
  checkUnits(chart.unit, chart.bars);
  const values = chart.bars.map((bar) => ({ bar, label: formatFigure(bar), ...reach(bar) }));
  const room = (left: boolean) =>
    Math.max(0, ...values.filter((v) => v.left === left).map((v) => textWidth(v.label, FONT.value, true) + VALUE_GAP + 2));
  const min = Math.min(0, ...chart.bars.map((b) => Math.min(b.value, b.upto ?? b.value)));
  const max = Math.max(0, ...chart.bars.map((b) => Math.max(b.value, b.upto ?? b.value)));
  const x = scaleLinear()
    .domain([min, max === min ? 1 : max])
    .range([PAD_X + room(true), WIDTH - PAD_X - room(false)]);
  const zero = x(0);

  const rows: ElementContent[] = [];
  let top = 0;
  for (const { bar, label, far, left } of values) {
    const lines = wrapText(bar.label, FONT.label, WIDTH - 2 * PAD_X);
    const barY = top + lines.length * LINE + GAP.label;
    const end = x(bar.value);
    const marks: ElementContent[] = [
      s('title', `${bar.label}: ${label}`),
      ...lines.map((line, k) => text(PAD_X, top + (k + 1) * LINE - 3, line, 'label')),
      s('rect', {
        x: r(Math.min(zero, end)),
        y: r(barY),
        width: r(Math.max(Math.abs(end - zero), 1.5)),
        height: BAR,
        class: bar.value < 0 ? 'chart__bar chart__bar--negative' : 'chart__bar',
      }),
    ];
    if (bar.upto !== undefined && bar.upto !== bar.value) {
      const to = x(bar.upto);
      marks.push(s('rect', { x: r(Math.min(end, to)), y: r(barY), width: r(Math.abs(to - end)), height: BAR, class: 'chart__bar chart__bar--range' }));
    }
    const tip = x(far);
    marks.push(text(left ? tip - VALUE_GAP : tip + VALUE_GAP, barY + BAR - 3, label, 'value', left ? 'end' : 'start'));
    rows.push(s('g', { class: 'chart__row' }, marks));
    top = barY + BAR + GAP.row;
  }
  const height = top - GAP.row + 4;
  // Drawn first so that labels cross over it; only needed when some bar runs left.
  const axis = min < 0 ? [s('line', { x1: r(zero), x2: r(zero), y1: LINE, y2: r(height), class: 'chart__zero' })] : [];

  return svgFrame(
    { id: options.id, width: WIDTH, height: r(height), title: chart.title, description: describeRows(barRows(chart)), className: 'chart__svg--bars' },
    [...axis, ...rows],
  );
}
