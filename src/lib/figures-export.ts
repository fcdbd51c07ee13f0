/**
 * Every figure of a quarter as data (`/briefs/<quarter>/figures.csv` and `figures.json`):
 * one row per figure, with its note and its source, in timeline order. The CSV is RFC 4180
 * through csv-stringify (quotes, commas, line breaks and all), UTF-8.
 */
import { stringify } from 'csv-stringify/sync';
import type { CatalogQuarter } from './catalog/index.ts';
import { paths } from './paths.ts';
import { absoluteUrl } from './urls.ts';

export const FIGURE_COLUMNS = ['quarter', 'entity', 'label', 'metric', 'value', 'upto', 'unit', 'period', 'note_url', 'source_url'] as const;

export type FigureRow = Record<(typeof FIGURE_COLUMNS)[number], string | number | null>;

export function figureRows(quarter: CatalogQuarter, site: { url: string; base: string }): FigureRow[] {
  return quarter.figures.map((figure) => ({
    quarter: quarter.label,
    entity: figure.entityRef?.name ?? null,
    label: figure.label,
    metric: figure.metric ?? null,
    value: figure.value,
    upto: figure.upto ?? null,
    unit: figure.unit,
    period: figure.period ?? null,
    note_url: absoluteUrl(site.url, site.base, paths.note(figure.note.slug)),
    source_url: figure.note.source.url ?? null,
  }));
}

export function figuresCsv(rows: readonly FigureRow[]): string {
  return stringify(rows as FigureRow[], {
    header: true,
    columns: [...FIGURE_COLUMNS],
    record_delimiter: 'windows',
    cast: { number: (n) => String(n) },
  });
}

export function figuresJson(quarter: CatalogQuarter, rows: readonly FigureRow[]): string {
  return `${JSON.stringify({ quarter: quarter.label, count: rows.length, columns: FIGURE_COLUMNS, figures: rows }, null, 2)}\n`;
}
