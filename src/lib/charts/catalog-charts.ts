/**
 * Chart data from the catalog, so every page draws the same series the same way: an
 * entity's series, a topic's comparisons, a brief's numbers, notes per quarter.
 */
import { periodPosition, type CatalogEntity, type CatalogNote, type Comparison, type FigureSeries, type NumberRow, type SourcedFigure, type TrendPoint } from '../catalog/index.ts';
import { isoDay } from '../dates.ts';
import type { BarChart, TimeSeriesChart, TrendChart } from './types.ts';

/** The site href of a note (with the base). */
export type NoteHref = (note: CatalogNote) => string;

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * `capex` → `Capex`; a metric key reads as words (`data-center-revenue` → `Data center revenue`),
 * and a word the figures' labels write in capitals keeps them (`eps` → `EPS` when a label says EPS).
 */
export function seriesTitle(name: string, labels: readonly string[] = []): string {
  const words = name.replace(/-/g, ' ').split(' ').map((word) => {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'iu');
    const written = labels.map((label) => pattern.exec(label)?.[0]).find((match) => match && match.length > 1 && match === match.toUpperCase());
    return written ?? word;
  });
  return capitalised(words.join(' '));
}

function value(figure: SourcedFigure) {
  return { value: figure.value, unit: figure.unit, ...(figure.upto !== undefined ? { upto: figure.upto } : {}) };
}

export function seriesChart(entity: Pick<CatalogEntity, 'name'>, series: FigureSeries, href: NoteHref): TimeSeriesChart {
  return {
    title: `${entity.name}: ${series.name} (${series.unit})`,
    unit: series.unit,
    points: series.figures.map((figure) => ({
      ...value(figure),
      at: periodPosition(figure.parsedPeriod, figure.note.date),
      label: figure.period ?? isoDay(figure.note.date),
      detail: `${figure.label}, in “${figure.note.title}”`,
      href: href(figure.note),
    })),
  };
}

export function comparisonChart(comparison: Comparison, href: NoteHref): BarChart {
  return {
    title: `${seriesTitle(comparison.metric, comparison.figures.map((figure) => figure.label))}, ${comparison.period} (${comparison.unit})`,
    unit: comparison.unit,
    bars: comparison.figures.map((figure) => ({
      ...value(figure),
      label: figure.entityRef!.name,
      detail: `${figure.label}, in “${figure.note.title}”`,
      href: href(figure.note),
    })),
  };
}

/**
 * A brief's numbers that share a unit, as bars: the unit most of them have (two rows or
 * more), the editor's order kept. null when no unit is shared.
 */
export function numbersChart(rows: readonly NumberRow[], quarterLabel: string, href: NoteHref): BarChart | null {
  const byUnit = new Map<string, NumberRow[]>();
  for (const row of rows) byUnit.set(row.figure.unit, [...(byUnit.get(row.figure.unit) ?? []), row]);
  const [unit, shared] = [...byUnit.entries()].sort((a, b) => b[1].length - a[1].length)[0] ?? [];
  if (!unit || !shared || shared.length < 2) return null;
  return {
    title: `${quarterLabel} by the numbers, in ${unit}`,
    unit,
    bars: shared.map((row) => ({
      ...value(row.figure),
      label: row.figure.entityRef ? `${row.figure.entityRef.name}: ${row.figure.label}` : row.figure.label,
      href: href(row.notes[0]!),
    })),
  };
}

export function trendChart(title: string, trend: readonly TrendPoint[], quarterHref: (slug: string) => string): TrendChart {
  return {
    title,
    counts: trend.map((point) => ({ label: point.label, count: point.count, ...(point.quarter ? { href: quarterHref(point.slug) } : {}) })),
  };
}
