/**
 * Figures that belong together: an entity's series over time (Meta's capex: 2024 actual,
 * 2025 guidance, raised guidance) and one metric compared across entities (2025 capex
 * plans of Meta, Microsoft, Alphabet and Amazon). Linear in figures: each is filed once
 * under its key.
 */
import type { Period } from '../dates.ts';
import { slugify } from '../slugs.ts';
import { groupFacts } from './numbers.ts';
import type { Comparison, FigureSeries, SourcedFigure } from './types.ts';

const YEAR_OR_QUARTER = /\b(?:fy\s?)?(?:19|20)\d{2}\b|\bq[1-4]\b|\bh[12]\b|\bfy\d{2}\b/gi;

/**
 * What a label names once its period is taken out: `2025 capex guidance` and `Capex
 * guidance for 2025` are one series, `capex guidance`.
 */
export function normaliseLabel(label: string): string {
  return label
    .toLowerCase()
    .replace(YEAR_OR_QUARTER, ' ')
    .replace(/\b(?:for|in|of|the)\b/g, ' ')
    .replace(/[^\p{L}\p{N}%]+/gu, ' ')
    .trim()
    .replace(/\s+/g, ' ');
}

/** A label without its period, as written: `Q4 2024 earnings per share` → `Earnings per share`. */
export function labelWithoutPeriod(label: string): string {
  const bare = label.replace(YEAR_OR_QUARTER, ' ').replace(/\s+([,)])/g, '$1').replace(/^[\s,:–-]+|[\s,:–-]+$/g, '').replace(/\s+/g, ' ');
  return bare.charAt(0).toUpperCase() + bare.slice(1);
}

/** What ties figures into a series: the metric when the editor gave one, else the label. */
export function seriesName(figure: Pick<SourcedFigure, 'metric' | 'label'>): string {
  return figure.metric ? slugify(figure.metric) : normaliseLabel(figure.label);
}

/**
 * Where a period sits in time, in fractional years (the middle of it): 2024 → 2024.5,
 * 2025-Q1 → 2025.125, a day → its place in its year. Without a period, the note's date.
 */
export function periodPosition(period: Period | null, fallback: Date): number {
  if (!period) return dayPosition(fallback);
  switch (period.kind) {
    case 'year':
      return period.year + 0.5;
    case 'quarter':
      return period.year + (period.quarter - 0.5) / 4;
    case 'month':
      return period.year + (period.month - 0.5) / 12;
    case 'day':
      return dayPosition(new Date(Date.UTC(period.year, period.month - 1, period.day)));
  }
}

function dayPosition(date: Date): number {
  const year = date.getUTCFullYear();
  const start = Date.UTC(year, 0, 1);
  const length = Date.UTC(year + 1, 0, 1) - start;
  return year + (date.getTime() - start + 43_200_000) / length;
}

const position = (figure: SourcedFigure) => periodPosition(figure.parsedPeriod, figure.note.date);
const byTime = (a: SourcedFigure, b: SourcedFigure) =>
  position(a) - position(b) || a.note.date.getTime() - b.note.date.getTime() || a.index - b.index;

/**
 * One entity's figures (all about it) as series over time, the longest first. A fact that
 * several notes report is one point (its first report); a series needs points at two
 * moments at least, or it is no change over time.
 */
export function entitySeries(figures: readonly SourcedFigure[]): FigureSeries[] {
  const groups = new Map<string, SourcedFigure[]>();
  for (const [figure] of groupFacts(figures) as [SourcedFigure, ...SourcedFigure[]][]) {
    const name = seriesName(figure);
    if (!name) continue;
    const key = `${name}\u0000${figure.unit}`;
    const list = groups.get(key) ?? [];
    list.push(figure);
    groups.set(key, list);
  }
  return [...groups.entries()]
    .filter(([, list]) => new Set(list.map(position)).size >= 2)
    .map(([key, list]) => {
      const [name, unit] = key.split('\u0000') as [string, string];
      // The series reads as the shortest of its labels without their periods (`Capex`, `Revenue`).
      const shortest = list.map((figure) => labelWithoutPeriod(figure.label)).filter(Boolean).sort((a, b) => a.length - b.length || (a < b ? -1 : 1))[0];
      return { id: slugify(`${name} ${unit}`), name: shortest ?? name, unit, figures: [...list].sort(byTime) };
    })
    .sort((a, b) => b.figures.length - a.figures.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * A topic's figures of one metric, unit and period reported for two entities or more; per
 * entity the figure of its latest note (a raised guidance replaces the first). The widest
 * comparisons first, at most `limit`.
 */
export function compareAcrossEntities(figures: readonly SourcedFigure[], limit = 3): Comparison[] {
  const groups = new Map<string, Map<string, SourcedFigure>>();
  for (const figure of figures) {
    if (!figure.metric || !figure.entityRef || !figure.period) continue;
    const key = [slugify(figure.metric), figure.unit, figure.period].join('\u0000');
    const perEntity = groups.get(key) ?? new Map<string, SourcedFigure>();
    const current = perEntity.get(figure.entityRef.slug);
    if (!current || current.note.date < figure.note.date || (current.note === figure.note && current.index < figure.index)) {
      perEntity.set(figure.entityRef.slug, figure);
    }
    groups.set(key, perEntity);
  }
  const size = (f: SourcedFigure) => Math.abs(f.upto ?? f.value);
  return [...groups.entries()]
    .filter(([, perEntity]) => perEntity.size >= 2)
    .map(([key, perEntity]) => {
      const [metric, unit, period] = key.split('\u0000') as [string, string, string];
      const list = [...perEntity.values()].sort((a, b) => size(b) - size(a) || a.entityRef!.name.localeCompare(b.entityRef!.name, 'en'));
      return { id: slugify(`${metric} ${unit} ${period}`), metric, unit, period, figures: list };
    })
    .sort((a, b) => b.figures.length - a.figures.length || (a.period < b.period ? 1 : a.period > b.period ? -1 : 0) || (a.id < b.id ? -1 : 1))
    .slice(0, limit);
}
