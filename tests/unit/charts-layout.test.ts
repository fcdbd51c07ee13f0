/** Where the charts put things: years under their figures, values beside their marks, labels that fit. */
import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { barSvg, timeSeriesSvg, toSvg, type BarChart, type TimePoint, type TimeSeriesChart } from '../../src/lib/charts/index.ts';
import { textWidth, wrapText } from '../../src/lib/charts/svg.ts';
import { formatFigure } from '../../src/lib/figures.ts';

const parse = (svg: string): Element => select('svg', unified().use(rehypeParse, { fragment: true }).parse(svg))!;
const num = (el: Element, name: string) => Number(el.properties[name]);
const viewBox = (svg: Element) => String(svg.properties.viewBox).split(' ').map(Number) as [number, number, number, number];
const point = (at: number, value: number, upto?: number): TimePoint => ({ at, label: String(Math.floor(at)), value, unit: 'USD bn', ...(upto === undefined ? {} : { upto }) });
const series = (points: TimePoint[]): TimeSeriesChart => ({ title: 'Capex', unit: 'USD bn', points });

/** A label's box as the layout estimates it, from its anchor. */
function box(label: Element) {
  const width = textWidth(toString(label), num(label, 'fontSize'), true);
  const x = num(label, 'x');
  const anchor = label.properties.textAnchor;
  const left = anchor === 'middle' ? x - width / 2 : anchor === 'end' ? x - width : x;
  return { left, right: left + width, top: num(label, 'y') - num(label, 'fontSize'), bottom: num(label, 'y') };
}

function expectApart(boxes: ReturnType<typeof box>[]) {
  for (const [i, a] of boxes.entries()) {
    for (const b of boxes.slice(i + 1)) expect(a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top).toBe(true);
  }
}

describe('time series layout', () => {
  const meta = series([point(2024.5, 39.2), point(2025.5, 60, 65), point(2025.5, 64, 72)]);
  const svg = parse(toSvg(timeSeriesSvg(meta, { id: 'm' })));

  it('names each year under the figures of that year', () => {
    const years = selectAll('text.chart__tick[text-anchor="middle"]', svg);
    expect(years.map((year) => toString(year))).toEqual(['2024', '2025']);
    const dots = selectAll('circle', svg).map((dot) => num(dot, 'cx'));
    expect(num(years[0]!, 'x')).toBeCloseTo(dots[0]!, 1);
    // The guidance and its raise, drawn side by side around their year.
    expect((dots[1]! + dots[2]!) / 2).toBeCloseTo(num(years[1]!, 'x'), 1);
  });

  it('writes every value beside its point, with formatFigure, inside the drawing and clear of each other', () => {
    const labels = selectAll('text.chart__value', svg);
    expect(labels.map((label) => toString(label)).sort()).toEqual(meta.points.map(formatFigure).sort());
    const [, , width] = viewBox(svg);
    const boxes = labels.map(box);
    for (const b of boxes) {
      expect(b.left).toBeGreaterThanOrEqual(0);
      expect(b.right).toBeLessThanOrEqual(width);
    }
    expectApart(boxes);
  });

  it('labels the fall at the bottom of a V, in the room kept below the lowest line', () => {
    const points = [point(2022.5, 120), point(2023.5, -45), point(2024.5, -10, 15)];
    const labels = selectAll('text.chart__value', parse(toSvg(timeSeriesSvg(series(points), { id: 'v' })))).map((label) => toString(label));
    expect(labels.sort()).toEqual(points.map(formatFigure).sort());
  });

  it('labels the latest point first, and leaves to the table what finds no room', () => {
    const points = Array.from({ length: 12 }, (_, i) => point(2023 + (i + 0.5) / 4, 10 + 3 * i));
    const labels = selectAll('text.chart__value', parse(toSvg(timeSeriesSvg(series(points), { id: 'q' }))));
    expect(toString(labels[0]!)).toBe(formatFigure(points.at(-1)!));
    expect(labels.length).toBeLessThan(points.length);
    const boxes = labels.map(box);
    expectApart(boxes);
  });

  it('colours a point by where it is drawn: a range across zero is not a fall', () => {
    const drawn = parse(toSvg(timeSeriesSvg(series([point(2023.5, -20), point(2024.5, -10, 15)]), { id: 'z' })));
    expect(selectAll('circle', drawn).map((dot) => dot.properties.className)).toEqual([['chart__dot', 'chart__dot--negative'], ['chart__dot']]);
  });

  it('keeps the year labels apart over a long run of years', () => {
    const long = parse(toSvg(timeSeriesSvg(series(Array.from({ length: 16 }, (_, i) => point(2010.5 + i, i))), { id: 'l' })));
    const years = selectAll('text.chart__tick[text-anchor="middle"]', long).map(box);
    expect(years.length).toBeLessThan(16);
    years.slice(1).forEach((year, i) => expect(year.left).toBeGreaterThan(years[i]!.right));
  });
});

describe('bar layout', () => {
  const long = 'Nvidia: one-day loss of market value after the DeepSeek release, the largest in the history of the US stock market';
  const chart: BarChart = {
    title: 'Q1 numbers',
    unit: 'USD bn',
    bars: [
      { label: long, value: -589, unit: 'USD bn' },
      { label: 'Stargate', value: 500, unit: 'USD bn' },
    ],
  };
  const svg = parse(toSvg(barSvg(chart, { id: 'b' })));
  const [, , width] = viewBox(svg);

  it('wraps a long label over lines that fit the width, every word kept', () => {
    const lines = selectAll('g.chart__row', svg)[0]!.children.filter((n): n is Element => n.type === 'element' && n.tagName === 'text' && String(n.properties.className) === 'chart__label');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.map((line) => toString(line)).join(' ')).toBe(long);
    for (const line of lines) expect(box(line).right).toBeLessThanOrEqual(width);
  });

  it('leaves room for the values on both sides of zero', () => {
    for (const label of selectAll('text.chart__value', svg)) {
      const b = box(label);
      expect(b.left).toBeGreaterThanOrEqual(0);
      expect(b.right).toBeLessThanOrEqual(width);
    }
  });

  it('puts each row below the one before', () => {
    const [first, second] = selectAll('g.chart__row', svg).map((row) => select('rect', row)!);
    expect(num(second!, 'y')).toBeGreaterThan(num(first!, 'y') + num(first!, 'height'));
    expect(num(second!, 'y') + num(second!, 'height')).toBeLessThanOrEqual(viewBox(svg)[3]);
  });
});

describe('wrapText', () => {
  it.each([
    ['', 100, ['']],
    ['Meta', 100, ['Meta']],
    ['a b c', textWidth('a b', 10), ['a b', 'c']],
    ['Supercalifragilistic word', 20, ['Supercalifragilistic', 'word']],
  ])('%j in %d', (value, width, lines) => {
    expect(wrapText(value, 10, width)).toEqual(lines);
  });
});
