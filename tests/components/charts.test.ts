/** The chart components through the Container API: the drawing, its caption and its numbers as text. */
import type { Element, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { beforeAll, describe, expect, it } from 'vitest';
import BarChart from '../../src/components/charts/BarChart.astro';
import TimeSeriesChart from '../../src/components/charts/TimeSeriesChart.astro';
import TrendChart from '../../src/components/charts/TrendChart.astro';
import type { BarChart as BarData, TimeSeriesChart as SeriesData, TrendChart as TrendData } from '../../src/lib/charts/index.ts';
import { formatFigure } from '../../src/lib/figures.ts';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const parse = (html: string) => unified().use(rehypeParse, { fragment: true }).parse(html) as Root;
const text = (node: Element | undefined) => toString(node!).replace(/\s+/g, ' ').trim();
const cells = (tree: Root) => selectAll('tbody tr', tree).map((row) => selectAll('th, td', row).map(text));

const metaCapex: SeriesData = {
  title: 'Meta: Capex (USD bn)',
  unit: 'USD bn',
  points: [
    { at: 2024.5, label: '2024', value: 39.2, unit: 'USD bn', detail: '2024 capex', href: '/notes/meta-q4-2024-results/' },
    { at: 2025.5, label: '2025', value: 60, upto: 65, unit: 'USD bn', detail: '2025 capex guidance', href: '/notes/zuckerberg-deepseek-ai-spending/' },
    { at: 2025.5, label: '2025', value: 64, upto: 72, unit: 'USD bn', detail: 'Raised 2025 capex guidance', href: '/notes/meta-q1-2025-capex-raised/' },
  ],
};
const plans: BarData = {
  title: 'Capex, 2025 (USD bn)',
  unit: 'USD bn',
  bars: [
    { label: 'Amazon', value: 100, unit: 'USD bn', href: '/notes/amazon/' },
    { label: 'Microsoft', value: 80, unit: 'USD bn', href: '/notes/microsoft/' },
    { label: 'Alphabet', value: 75, unit: 'USD bn', href: '/notes/alphabet/' },
    { label: 'Meta', value: 60, upto: 65, unit: 'USD bn', href: '/notes/meta/' },
  ],
};
const trend: TrendData = {
  title: 'AI capex: notes per quarter',
  counts: [
    { label: '2024-Q4', count: 3, href: '/briefs/2024-q4/' },
    { label: '2025-Q1', count: 10, href: '/briefs/2025-q1/' },
    { label: '2025-Q2', count: 0 },
  ],
};

describe('TimeSeriesChart', () => {
  it('shows the drawing named by its own title and description, with every value in a table', async () => {
    const tree = parse(await container.renderToString(TimeSeriesChart, { props: { chart: metaCapex, id: 'capex' } }));
    const figure = select('figure.chart#capex', tree)!;
    expect(text(select('figcaption', figure))).toBe(metaCapex.title);
    const svg = select('svg', figure)!;
    expect(svg.properties.role).toBe('img');
    expect(svg.properties.ariaLabelledBy).toEqual(['capex-svg-title', 'capex-svg-desc']);
    expect(text(select('#capex-svg-desc', svg))).toContain('$64–72 bn');
    expect(text(select('details > summary', figure))).toBe('The numbers');
    expect(cells(tree)).toEqual(metaCapex.points.map((p) => [p.label, formatFigure(p), p.detail]));
    expect(selectAll('tbody a', tree).map((a) => a.properties.href)).toEqual(metaCapex.points.map((p) => p.href));
  });
});

describe('BarChart', () => {
  it('links each row’s label when the rows have no detail column', async () => {
    const tree = parse(await container.renderToString(BarChart, { props: { chart: plans, id: 'plans', labelHeading: 'Entity' } }));
    expect(text(select('thead th', tree))).toBe('Entity');
    expect(cells(tree)).toEqual(plans.bars.map((b) => [b.label, formatFigure(b)]));
    expect(selectAll('tbody th a', tree).map((a) => a.properties.href)).toEqual(plans.bars.map((b) => b.href));
  });

  it('escapes a hostile label in the drawing and in the table alike', async () => {
    const hostile = '</svg><script>alert(1)</script> & "q"';
    const html = await container.renderToString(BarChart, {
      props: { chart: { ...plans, title: hostile, bars: [{ label: hostile, value: 1, unit: 'USD bn' }] }, id: 'h' },
    });
    const tree = parse(html);
    expect(selectAll('script', tree)).toEqual([]);
    expect(text(select('svg title', tree))).toBe(hostile);
    expect(text(select('tbody th', tree))).toBe(hostile);
  });

  it('keeps ids apart for two charts on one page', async () => {
    const html = (await container.renderToString(BarChart, { props: { chart: plans, id: 'one' } })) + (await container.renderToString(BarChart, { props: { chart: plans, id: 'two' } }));
    const ids = selectAll('[id]', parse(html)).map((el) => String(el.properties.id));
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('TrendChart', () => {
  it.each(['small', 'large'] as const)('%s: counts for screen readers in text, the drawing for the eye', async (size) => {
    const tree = parse(await container.renderToString(TrendChart, { props: { chart: trend, id: `t-${size}`, size } }));
    expect(select('svg', tree)!.properties.ariaHidden).toBe('true');
    expect(selectAll('svg rect', tree)).toHaveLength(trend.counts.length);
    expect(text(select('.visually-hidden', tree))).toBe('AI capex: notes per quarter: 2024-Q4: 3; 2025-Q1: 10; 2025-Q2: 0.');
  });
});
