/** The numbers of a chart as text: its <desc> and the table beside it come from here. */
import { formatFigure } from '../figures.ts';
import type { BarChart, ChartRow, TimeSeriesChart, TrendChart } from './types.ts';

export function timeSeriesRows(chart: TimeSeriesChart): ChartRow[] {
  return [...chart.points]
    .sort((a, b) => a.at - b.at)
    .map((point) => ({ label: point.label, value: formatFigure(point), detail: point.detail, href: point.href }));
}

export function barRows(chart: BarChart): ChartRow[] {
  return chart.bars.map((bar) => ({ label: bar.label, value: formatFigure(bar), detail: bar.detail, href: bar.href }));
}

export function trendRows(chart: TrendChart): ChartRow[] {
  return chart.counts.map((point) => ({ label: point.label, value: String(point.count), href: point.href }));
}

/** `2024: $39.2 bn; 2025 (2025 capex guidance): $60–65 bn` */
export function describeRows(rows: readonly ChartRow[]): string {
  return rows.map((row) => `${row.label}${row.detail ? ` (${row.detail})` : ''}: ${row.value}`).join('; ');
}
