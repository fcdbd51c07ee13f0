/** Build-time charts: accessible SVG whose geometry and text follow the numbers. */
import type { Element } from 'hast';
import { selectAll, select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { barRows, barSvg, timeSeriesRows, timeSeriesSvg, toSvg, trendSvg, type BarChart, type TimeSeriesChart } from '../../src/lib/charts/index.ts';
import { seriesTitle } from '../../src/lib/charts/catalog-charts.ts';
import { formatFigure } from '../../src/lib/figures.ts';

const metaCapex: TimeSeriesChart = {
  title: 'Meta: Capex (USD bn)',
  unit: 'USD bn',
  points: [
    { at: 2024.5, label: '2024', value: 39.2, unit: 'USD bn', detail: '2024 capex' },
    { at: 2025.5, label: '2025', value: 60, upto: 65, unit: 'USD bn', detail: '2025 capex guidance' },
    { at: 2025.5, label: '2025', value: 64, upto: 72, unit: 'USD bn', detail: '2025 capex outlook, raised' },
  ],
};
const plans: BarChart = {
  title: 'Capex, 2025 (USD bn)',
  unit: 'USD bn',
  bars: [
    { label: 'Amazon', value: 100, unit: 'USD bn' },
    { label: 'Microsoft', value: 80, unit: 'USD bn' },
    { label: 'Alphabet', value: 75, unit: 'USD bn' },
    { label: 'Meta', value: 60, upto: 65, unit: 'USD bn' },
    { label: 'Nvidia', value: -589, unit: 'USD bn' },
  ],
};

/** Parse the serialised SVG back, as a browser would read the page. */
function parse(svg: string): Element {
  const tree = unified().use(rehypeParse, { fragment: true }).parse(svg);
  return select('svg', tree)!;
}
const num = (el: Element, name: string) => Number(el.properties[name]);

describe('every chart', () => {
  it.each([
    ['time series', toSvg(timeSeriesSvg(metaCapex, { id: 'c' }))],
    ['bars', toSvg(barSvg(plans, { id: 'c' }))],
  ])('%s: role="img", named by its own title and described by its desc', (_, markup) => {
    const svg = parse(markup);
    expect(svg.properties.role).toBe('img');
    expect(svg.properties.ariaLabelledBy).toEqual(['c-title', 'c-desc']);
    expect(toString(select('title#c-title', svg)!)).toMatch(/USD bn/);
    expect(select('desc#c-desc', svg)).not.toBeNull();
    expect(String(svg.properties.viewBox)).toMatch(/^0 0 400 \d+$/);
  });

  it('is byte-identical for the same data', () => {
    expect(toSvg(timeSeriesSvg(metaCapex, { id: 'c' }))).toBe(toSvg(timeSeriesSvg(structuredClone(metaCapex), { id: 'c' })));
    expect(toSvg(barSvg(plans, { id: 'c' }))).toBe(toSvg(barSvg(structuredClone(plans), { id: 'c' })));
  });

  it('escapes whatever content puts in a label', () => {
    const hostile = '</svg><script>alert(1)</script> & "q"';
    const markup = toSvg(barSvg({ ...plans, title: hostile, bars: [{ label: hostile, value: 1, unit: 'USD bn' }] }, { id: 'x' }));
    const svg = parse(markup);
    expect(selectAll('script', svg)).toEqual([]);
    expect(toString(select('title', svg)!)).toBe(hostile);
    expect(markup).not.toContain('<script>');
  });

  it('refuses data it cannot draw', () => {
    expect(() => timeSeriesSvg({ ...metaCapex, points: metaCapex.points.slice(0, 1) }, { id: 'c' })).toThrow(/two points or more/);
    expect(() => barSvg({ ...plans, bars: [{ label: 'x', value: 1, unit: '%' }] }, { id: 'c' })).toThrow('a chart in USD bn cannot show a value in %');
    expect(() => barSvg({ ...plans, bars: [] }, { id: 'c' })).toThrow(/one bar or more/);
  });
});

describe('time series', () => {
  const svg = parse(toSvg(timeSeriesSvg(metaCapex, { id: 'c' })));
  const dots = selectAll('circle', svg);
  const ranges = selectAll('rect.chart__range', svg);

  it('describes every point with formatFigure', () => {
    const desc = toString(select('desc', svg)!);
    for (const point of metaCapex.points) expect(desc).toContain(`${point.label} (${point.detail}): ${formatFigure(point)}`);
    expect(timeSeriesRows(metaCapex).map((row) => row.value)).toEqual(['$39.2 bn', '$60–65 bn', '$64–72 bn']);
  });

  it('draws a dot per point, a range from value to upto, and two points of one moment side by side', () => {
    expect(dots).toHaveLength(3);
    expect(ranges).toHaveLength(2);
    const [actual, guidance, raised] = dots.map((dot) => ({ x: num(dot, 'cx'), y: num(dot, 'cy') }));
    // Later is to the right, more is higher (smaller y).
    expect(guidance!.x).toBeGreaterThan(actual!.x);
    expect(guidance!.y).toBeLessThan(actual!.y);
    expect(raised!.x).toBeGreaterThan(guidance!.x);
    expect(raised!.y).toBeLessThan(guidance!.y);
    // The raised range (64–72) is taller than the first (60–65): 8 against 5.
    const [first, second] = ranges.map((rect) => num(rect, 'height'));
    expect(second! / first!).toBeCloseTo(8 / 5, 1);
  });

  it('puts falls below the zero line', () => {
    const falls = parse(toSvg(timeSeriesSvg({ title: 'Loss', unit: '%', points: [{ at: 2024, label: 'a', value: 5, unit: '%' }, { at: 2025, label: 'b', value: -10, unit: '%' }] }, { id: 'f' })));
    const zero = num(select('line.chart__zero', falls)!, 'y1');
    const [up, down] = selectAll('circle', falls).map((dot) => num(dot, 'cy'));
    expect(up).toBeLessThan(zero);
    expect(down).toBeGreaterThan(zero);
    expect(select('circle.chart__dot--negative', falls)).not.toBeNull();
  });
});

describe('bars', () => {
  const svg = parse(toSvg(barSvg(plans, { id: 'b' })));
  const rows = selectAll('g.chart__row', svg);
  const solid = (row: Element) => select('rect.chart__bar:not(.chart__bar--range)', row)!;

  it('makes a longer bar for a larger value, and labels each with formatFigure', () => {
    const widths = rows.slice(0, 3).map((row) => num(solid(row), 'width'));
    expect(widths[0]).toBeGreaterThan(widths[1]!);
    expect(widths[1]).toBeGreaterThan(widths[2]!);
    expect(rows.map((row) => toString(select('text.chart__value', row)!))).toEqual(plans.bars.map((bar) => formatFigure(bar)));
    expect(barRows(plans).map((row) => row.label)).toEqual(['Amazon', 'Microsoft', 'Alphabet', 'Meta', 'Nvidia']);
  });

  it('draws a range as a solid bar to value and a lighter one on to upto', () => {
    const meta = rows[3]!;
    const range = select('rect.chart__bar--range', meta)!;
    expect(num(range, 'x')).toBeCloseTo(num(solid(meta), 'x') + num(solid(meta), 'width'), 1);
    expect(num(range, 'width') / num(solid(meta), 'width')).toBeCloseTo(5 / 60, 1);
  });

  it('runs a negative bar left of the zero line', () => {
    const zero = num(select('line.chart__zero', svg)!, 'x1');
    const loss = solid(rows[4]!);
    expect(num(loss, 'x') + num(loss, 'width')).toBeCloseTo(zero, 1);
    expect(num(solid(rows[0]!), 'x')).toBeCloseTo(zero, 1);
  });
});

describe('trend', () => {
  it('draws one bar per quarter, a stub for an empty one, for the eye only', () => {
    const svg = parse(toSvg(trendSvg({ title: 'Chips', counts: [{ label: '2025-Q1', count: 3 }, { label: '2025-Q2', count: 0 }, { label: '2025-Q3', count: 6 }] }, { id: 't' })));
    expect(svg.properties.ariaHidden).toBe('true');
    const bars = selectAll('rect', svg);
    expect(bars).toHaveLength(3);
    expect(num(bars[2]!, 'height')).toBeCloseTo(2 * num(bars[0]!, 'height'), 0);
    expect(bars[1]!.properties.className).toContain('chart__bar--empty');
  });
});

describe('seriesTitle', () => {
  it.each([
    ['capex', ['2025 capex plan'], 'Capex'],
    ['data-center-revenue', ['FY25 Q4 data-center revenue'], 'Data center revenue'],
    ['eps', ['Q4 2024 EPS', 'Q4 2024 earnings per share'], 'EPS'],
    ['eps', ['Q4 2024 earnings per share'], 'Eps'],
    ['ai-spend', ['AI spending plan'], 'AI spend'],
  ])('%s with labels %j reads %s', (metric, labels, title) => {
    expect(seriesTitle(metric, labels)).toBe(title);
  });
});
