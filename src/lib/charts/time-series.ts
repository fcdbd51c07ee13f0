/**
 * An entity's series over time (Meta's capex: 2024's actual, the 2025 guidance, the raised
 * guidance). Each point is a dot; a range (value to upto) is a bar from one end to the
 * other with its dot in the middle; the dots are joined in time order; values below zero
 * fall below the zero line. Two points at one moment (a guidance and its raise) sit side
 * by side, in the order given.
 */
import type { ElementContent } from 'hast';
import { s } from 'hastscript';
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { formatFigure } from '../figures.ts';
import { describeRows, timeSeriesRows } from './rows.ts';
import { r, svgFrame, text } from './svg.ts';
import type { TimePoint, TimeSeriesChart } from './types.ts';

const WIDTH = 480;
const HEIGHT = 220;
const PAD = { top: 18, right: 18, bottom: 30, left: 72 };
/** How far apart, in years, points at the same moment are drawn. */
const SAME_MOMENT_OFFSET = 0.12;

export function checkUnits(unit: string, items: readonly { unit: string }[]): void {
  const other = items.find((item) => item.unit !== unit);
  if (other) throw new Error(`a chart in ${unit} cannot show a value in ${other.unit}`);
}

/** Where each point is drawn in time: its own moment, nudged apart from others at the same one. */
function drawnAt(points: readonly TimePoint[]): number[] {
  const byMoment = new Map<number, number[]>();
  points.forEach((point, i) => byMoment.set(point.at, [...(byMoment.get(point.at) ?? []), i]));
  const at = points.map((point) => point.at);
  for (const indices of byMoment.values()) {
    indices.forEach((index, k) => {
      at[index] = points[index]!.at + (k - (indices.length - 1) / 2) * SAME_MOMENT_OFFSET;
    });
  }
  return at;
}

export function timeSeriesSvg(chart: TimeSeriesChart, options: { id: string }) {
  if (chart.points.length < 2) throw new Error(`a time series needs two points or more, "${chart.title}" has ${chart.points.length}`);
  checkUnits(chart.unit, chart.points);
  const order = chart.points.map((_, i) => i).sort((a, b) => chart.points[a]!.at - chart.points[b]!.at || a - b);
  const points = order.map((i) => chart.points[i]!);
  const at = drawnAt(points);

  const lows = points.map((p) => Math.min(p.value, p.upto ?? p.value));
  const highs = points.map((p) => Math.max(p.value, p.upto ?? p.value));
  const y = scaleLinear()
    .domain([Math.min(0, ...lows), Math.max(0, ...highs)])
    .range([HEIGHT - PAD.bottom, PAD.top])
    .nice(4);
  const first = Math.min(...at);
  const last = Math.max(...at);
  const span = Math.max(last - first, 1);
  const x = scaleLinear()
    .domain([first - span * 0.12, last + span * 0.12])
    .range([PAD.left, WIDTH - PAD.right]);

  const children: ElementContent[] = [];
  for (const tick of y.ticks(4)) {
    children.push(s('line', { x1: PAD.left, x2: WIDTH - PAD.right, y1: r(y(tick)), y2: r(y(tick)), class: tick === 0 ? 'chart__zero' : 'chart__grid' }));
    children.push(text(PAD.left - 8, y(tick) + 4, formatFigure({ value: tick, unit: chart.unit }), 'chart__tick', 'end'));
  }
  // Each year is named in the middle of the part of it the chart shows, a line between years.
  const [from, to] = x.domain() as [number, number];
  for (let year = Math.floor(from); year <= Math.floor(to); year++) {
    const start = Math.max(from, year);
    const end = Math.min(to, year + 1);
    if (year > from) children.push(s('line', { x1: r(x(year)), x2: r(x(year)), y1: PAD.top, y2: HEIGHT - PAD.bottom + 6, class: 'chart__grid' }));
    if (x(end) - x(start) >= 40) children.push(text(x((start + end) / 2), HEIGHT - 8, String(year), 'chart__tick', 'middle'));
  }

  const middle = (p: TimePoint) => (p.upto === undefined ? p.value : (p.value + p.upto) / 2);
  const path = line<number>()
    .x((i) => r(x(at[i]!)))
    .y((i) => r(y(middle(points[i]!))))(points.map((_, i) => i));
  children.push(s('path', { d: path ?? '', class: 'chart__line' }));

  points.forEach((point, i) => {
    const cx = r(x(at[i]!));
    const label = `${point.label}${point.detail ? `, ${point.detail}` : ''}: ${formatFigure(point)}`;
    const marks: ElementContent[] = [s('title', label)];
    if (point.upto !== undefined && point.upto !== point.value) {
      const top = y(Math.max(point.value, point.upto));
      const bottom = y(Math.min(point.value, point.upto));
      marks.push(s('rect', { x: r(cx - 6), y: r(top), width: 12, height: r(Math.max(bottom - top, 2)), rx: 3, class: 'chart__range' }));
    }
    marks.push(s('circle', { cx, cy: r(y(middle(point))), r: 4.5, class: point.value < 0 ? 'chart__dot chart__dot--negative' : 'chart__dot' }));
    children.push(s('g', { class: 'chart__point' }, marks));
  });

  return svgFrame(
    { id: options.id, width: WIDTH, height: HEIGHT, title: chart.title, description: describeRows(timeSeriesRows(chart)), className: 'chart__svg--series' },
    children,
  );
}
