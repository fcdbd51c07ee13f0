/**
 * An entity's series over time (Meta's capex: 2024's actual, the 2025 guidance, the raised
 * guidance). Each point is a dot with its value beside it; a range (value to upto) is a bar
 * from one end to the other with its dot in the middle; the dots are joined in time order;
 * values below zero fall below the zero line. Two points at one moment (a guidance and its
 * raise) sit side by side, in the order given, which the catalog makes the notes' order.
 */
import type { ElementContent } from 'hast';
import { s } from 'hastscript';
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { formatFigure } from '../figures.ts';
import { describeRows, timeSeriesRows } from './rows.ts';
import { checkUnits, FONT, r, svgFrame, text, textWidth, type Anchor } from './svg.ts';
import type { TimePoint, TimeSeriesChart } from './types.ts';

// 400 wide: on a 360 px phone the chart shows at about 0.8 of its size, text still legible.
const WIDTH = 400;
const HEIGHT = 220;
const PAD = { top: 22, right: 8, bottom: 28 };
/** Centre to centre, in drawing units, of points at the same moment: a range bar and a gap. */
const SAME_MOMENT_GAP = 16;
const DOT = 4.5;
const RANGE_HALF_WIDTH = 5;
/** Smaller than a plain dot, so that a narrow range still shows around it. */
const RANGE_DOT = 3;

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

type Segment = [x1: number, y1: number, x2: number, y2: number];

/** Whether a line segment passes through a box (Liang–Barsky clipping). */
function crosses(box: Box, [x1, y1, x2, y2]: Segment): boolean {
  const dx = x2 - x1;
  const dy = y2 - y1;
  let enter = 0;
  let leave = 1;
  for (const [p, q] of [[-dx, x1 - box.left], [dx, box.right - x1], [-dy, y1 - box.top], [dy, box.bottom - y1]] as const) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) enter = Math.max(enter, t);
    else leave = Math.min(leave, t);
    if (enter > leave) return false;
  }
  return true;
}

export function timeSeriesSvg(chart: TimeSeriesChart, options: { id: string }) {
  if (chart.points.length < 2) throw new Error(`a time series needs two points or more, "${chart.title}" has ${chart.points.length}`);
  checkUnits(chart.unit, chart.points);
  // A stable sort: points at one moment keep the order they were given in.
  const points = [...chart.points].sort((a, b) => a.at - b.at);

  const lows = points.map((p) => Math.min(p.value, p.upto ?? p.value));
  const highs = points.map((p) => Math.max(p.value, p.upto ?? p.value));
  // Below a fall, a line's height of room for its label, as above the highest point.
  const room = Math.min(...lows) < 0 ? FONT.value + 4 : 0;
  const y = scaleLinear()
    .domain([Math.min(0, ...lows), Math.max(0, ...highs)])
    .range([HEIGHT - PAD.bottom - room, PAD.top])
    .nice(4);
  const ticks = y.ticks(4).map((tick) => ({ value: tick, y: y(tick), label: formatFigure({ value: tick, unit: chart.unit }) }));
  const left = Math.max(...ticks.map((tick) => textWidth(tick.label, FONT.tick))) + 10;

  // Whole years, so a year's figure (at its middle) sits under the year's name.
  const firstYear = Math.floor(points[0]!.at);
  const lastYear = Math.floor(points.at(-1)!.at) + 1;
  const x = scaleLinear().domain([firstYear, lastYear]).range([left, WIDTH - PAD.right]);

  const children: ElementContent[] = [];
  const rule = (tick: (typeof ticks)[number], className: string) =>
    s('line', { x1: r(left), x2: WIDTH - PAD.right, y1: r(tick.y), y2: r(tick.y), class: className });
  for (const tick of ticks) {
    if (tick.value !== 0) children.push(rule(tick, 'chart__grid'));
    children.push(text(left - 6, tick.y + FONT.tick / 3, tick.label, 'tick', 'end'));
  }
  const yearWidth = x(firstYear + 1) - x(firstYear);
  const every = Math.ceil((textWidth('0000', FONT.tick) + 8) / yearWidth);
  for (let year = firstYear; year < lastYear; year++) {
    if (year > firstYear) children.push(s('line', { x1: r(x(year)), x2: r(x(year)), y1: PAD.top, y2: r(y.range()[0]! + 6), class: 'chart__grid' }));
    if ((year - firstYear) % every === 0) children.push(text(x(year + 0.5), HEIGHT - 8, String(year), 'tick', 'middle'));
  }
  // The zero line over the grid: falls are read against it.
  children.push(rule(ticks.find((tick) => tick.value === 0)!, 'chart__zero'));

  const cx = drawnX(points, x);
  const dots = points.map((point, i): [number, number] => [cx[i]!, y(middle(point))]);
  children.push(s('path', { d: line().digits(2)(dots) ?? '', class: 'chart__line' }));

  const marks: Box[] = points.map((point, i) => {
    const half = point.upto === undefined ? DOT : RANGE_HALF_WIDTH;
    return { left: cx[i]! - half, right: cx[i]! + half, top: y(Math.max(point.value, point.upto ?? point.value)) - DOT, bottom: y(Math.min(point.value, point.upto ?? point.value)) + DOT };
  });
  points.forEach((point, i) => {
    // A tooltip, for the values that find no room for a label.
    const shapes: ElementContent[] = [s('title', `${point.label}${point.detail ? `, ${point.detail}` : ''}: ${formatFigure(point)}`)];
    if (point.upto !== undefined && point.upto !== point.value) {
      const { top, bottom } = marks[i]!;
      shapes.push(s('rect', { x: r(cx[i]! - RANGE_HALF_WIDTH), y: r(top + DOT), width: RANGE_HALF_WIDTH * 2, height: r(Math.max(bottom - top - 2 * DOT, 2)), rx: 2, class: 'chart__range' }));
    }
    shapes.push(s('circle', { cx: r(dots[i]![0]), cy: r(dots[i]![1]), r: point.upto === undefined ? DOT : RANGE_DOT, class: middle(point) < 0 ? 'chart__dot chart__dot--negative' : 'chart__dot' }));
    children.push(s('g', { class: 'chart__point' }, shapes));
  });
  const segments = dots.slice(1).map(([x2, y2], i): Segment => [dots[i]![0], dots[i]![1], x2, y2]);
  children.push(...valueLabels(points, marks, segments, { left, right: WIDTH, top: 0, bottom: HEIGHT - PAD.bottom }));

  return svgFrame(
    { id: options.id, width: WIDTH, height: HEIGHT, title: chart.title, description: describeRows(timeSeriesRows(chart)), className: 'chart__svg--series' },
    children,
  );
}

/** Where a point's dot goes: its value, or the middle of its range. */
const middle = (p: TimePoint) => (p.upto === undefined ? p.value : (p.value + p.upto) / 2);

/** Each point at its moment; points at one moment spread side by side around it. */
function drawnX(points: readonly TimePoint[], x: (at: number) => number): number[] {
  const counts = new Map<number, number>();
  for (const point of points) counts.set(point.at, (counts.get(point.at) ?? 0) + 1);
  const seen = new Map<number, number>();
  return points.map((point) => {
    const k = seen.get(point.at) ?? 0;
    seen.set(point.at, k + 1);
    return x(point.at) + (k - (counts.get(point.at)! - 1) / 2) * SAME_MOMENT_GAP;
  });
}

/**
 * Each value written beside its mark, above, below, right or left: the first place that
 * overlaps no mark, no stretch of the line and no label already placed (a label above or
 * below slides sideways to stay inside the chart). The latest point is placed first,
 * since it is the one a reader looks for; a label that finds no room is left to the table.
 */
function valueLabels(points: readonly TimePoint[], marks: readonly Box[], segments: readonly Segment[], plot: Box): ElementContent[] {
  const placed: Box[] = [];
  const labels: ElementContent[] = [];
  const last = points.length - 1;
  for (const i of [last, ...[...points.keys()].slice(0, last)]) {
    const label = formatFigure(points[i]!);
    const width = textWidth(label, FONT.value, true);
    const mark = marks[i]!;
    const centre = Math.min(Math.max((mark.left + mark.right) / 2, plot.left + width / 2), plot.right - width / 2);
    const above = mark.top - 3;
    const below = mark.bottom + FONT.value;
    const beside = (mark.top + mark.bottom) / 2 + FONT.value / 3;
    const spots: [x: number, y: number, anchor: Anchor][] = [
      [centre, above, 'middle'],
      [centre, below, 'middle'],
      [mark.right + 4, beside, 'start'],
      [mark.left - 4, beside, 'end'],
      [mark.left, above, 'start'],
      [mark.left, below, 'start'],
      [mark.right, above, 'end'],
      [mark.right, below, 'end'],
    ];
    const candidates = spots.map(([x, y, anchor]) => {
      const start = anchor === 'middle' ? x - width / 2 : anchor === 'start' ? x : x - width;
      return { x, y, anchor, box: { left: start, right: start + width, top: y - FONT.value, bottom: y + 3 } };
    });
    const inside = (box: Box) => box.left >= plot.left && box.right <= plot.right && box.top >= plot.top && box.bottom <= plot.bottom;
    const free = (box: Box) => ![...marks, ...placed].some((other) => overlaps(box, other)) && !segments.some((segment) => crosses(box, segment));
    const spot = candidates.find(({ box }) => inside(box) && free(box));
    if (!spot) continue;
    placed.push(spot.box);
    labels.push(text(spot.x, spot.y, label, 'value', spot.anchor));
  }
  return labels;
}
