/**
 * "By the numbers" of a quarter: the editor's `numbers` picks when the brief has them,
 * otherwise an automatic selection of at most NUMBERS_LIMIT facts.
 *
 * One fact, several notes: two figures are the same fact when they agree on entity, period,
 * unit and value (and upper end), and either share a series name (metric, or label without
 * its period) or both name an entity and a period: an identical value for one entity and
 * one period is one fact however the notes label it (`Market-value loss in one day` and
 * `Market-value change in one day`). Such a fact is one row citing all its notes.
 *
 * The ranking (automatic selection) favours what a reader of the brief needs, not the
 * biggest sums:
 *   +2 for each further note that reports the fact (corroborated, so it mattered),
 *   +1 when it names an entity, +1 when the editor gave it a metric (it is part of a story),
 *   +1 when its period is the quarter itself or its year (news of the quarter, not history),
 *   +1.5 for money and percentages (what moved, and by how much: a parameter count or a
 *   GPU count rarely is);
 * then picks greedily for a spread: each pick of the same entity costs 1, of the same
 * series name 1, of the same note 0.5, from the next candidate's score. Ties fall back to
 * timeline order, so the selection is deterministic.
 */
import { closest } from 'fastest-levenshtein';
import { isMoneyUnit } from '../figures.ts';
import { slugify } from '../slugs.ts';
import type { NumberPick } from '../content/schema.ts';
import type { Quarter } from '../quarters.ts';
import { seriesName } from './series.ts';
import type { CatalogNote, NumberRow, SourcedFigure } from './types.ts';

export const NUMBERS_LIMIT = 12;

/** The identity of a fact: figures with one key are one row. */
export function factKeys(figure: SourcedFigure): string[] {
  const entity = figure.entityRef?.slug ?? '';
  const measure = [figure.unit.trim().toLowerCase(), figure.value, figure.upto ?? ''].join('\u0000');
  const period = figure.period ?? '';
  const keys = [`s\u0000${entity}\u0000${seriesName(figure)}\u0000${period}\u0000${measure}`];
  if (entity && period) keys.push(`v\u0000${entity}\u0000${period}\u0000${measure}`);
  return keys;
}

/** Figures grouped into facts, in the order their first figure appears. */
export function groupFacts(figures: readonly SourcedFigure[]): SourcedFigure[][] {
  const factOf = new Map<string, SourcedFigure[]>();
  const facts: SourcedFigure[][] = [];
  for (const figure of figures) {
    const keys = factKeys(figure);
    const existing = keys.map((key) => factOf.get(key)).find(Boolean);
    const fact = existing ?? [];
    if (!existing) facts.push(fact);
    fact.push(figure);
    for (const key of keys) if (!factOf.has(key)) factOf.set(key, fact);
  }
  return facts;
}

function notesOf(fact: readonly SourcedFigure[]): CatalogNote[] {
  return [...new Set(fact.map((figure) => figure.note))];
}

function isMoneyOrShare(unit: string): boolean {
  return isMoneyUnit(unit) || unit.trim() === '%';
}

function inQuarter(figure: SourcedFigure, quarter: Quarter): boolean {
  const period = figure.parsedPeriod;
  if (!period) return false;
  if (period.year !== quarter.year) return false;
  switch (period.kind) {
    case 'year':
      return true;
    case 'quarter':
      return period.quarter === quarter.quarter;
    case 'month':
    case 'day':
      return Math.ceil(period.month / 3) === quarter.quarter;
  }
}

/** A fact's own score, before the spread (see the module comment). */
export function factScore(fact: readonly SourcedFigure[], quarter: Quarter): number {
  const figure = fact[0]!;
  return (
    2 * (notesOf(fact).length - 1) +
    (figure.entityRef ? 1 : 0) +
    (figure.metric ? 1 : 0) +
    (inQuarter(figure, quarter) ? 1 : 0) +
    (isMoneyOrShare(figure.unit) ? 1.5 : 0)
  );
}

/** A stable anchor id for a row, unique within the brief. */
function rowIds(rows: Omit<NumberRow, 'id'>[]): NumberRow[] {
  const used = new Map<string, number>();
  return rows.map((row) => {
    const { figure } = row;
    const stem = `n-${slugify([figure.entityRef?.name, figure.metric ?? figure.label, figure.period].filter(Boolean).join(' ')) || 'figure'}`;
    const n = (used.get(stem) ?? 0) + 1;
    used.set(stem, n);
    return { id: n === 1 ? stem : `${stem}-${n}`, ...row };
  });
}

export function selectNumbers(figures: readonly SourcedFigure[], quarter: Quarter, limit = NUMBERS_LIMIT): NumberRow[] {
  const candidates = groupFacts(figures).map((fact, order) => ({ fact, order, score: factScore(fact, quarter) }));
  const entityPicks = new Map<string, number>();
  const seriesPicks = new Map<string, number>();
  const notePicks = new Map<string, number>();
  const picked: Omit<NumberRow, 'id'>[] = [];
  while (picked.length < limit && candidates.length > 0) {
    let best = 0;
    let bestScore = -Infinity;
    candidates.forEach(({ fact, score }, i) => {
      const figure = fact[0]!;
      const adjusted =
        score -
        1 * (entityPicks.get(figure.entityRef?.slug ?? '') ?? 0) -
        1 * (seriesPicks.get(seriesName(figure)) ?? 0) -
        0.5 * (notePicks.get(figure.note.slug) ?? 0);
      // Strictly greater: on a tie the earlier fact (timeline order) wins.
      if (adjusted > bestScore) {
        best = i;
        bestScore = adjusted;
      }
    });
    const [{ fact }] = candidates.splice(best, 1) as [(typeof candidates)[number]];
    const figure = fact[0]!;
    if (figure.entityRef) entityPicks.set(figure.entityRef.slug, (entityPicks.get(figure.entityRef.slug) ?? 0) + 1);
    seriesPicks.set(seriesName(figure), (seriesPicks.get(seriesName(figure)) ?? 0) + 1);
    notePicks.set(figure.note.slug, (notePicks.get(figure.note.slug) ?? 0) + 1);
    picked.push({ figure, notes: notesOf(fact) });
  }
  return rowIds(picked);
}

/** Why a pick names nothing: the message the checks print for `numbers[i]`. */
export type PickProblem = { field: 'note' | 'figure'; message: string };

/**
 * Finds the figure a pick names among the quarter's notes: the note by slug, the figure by
 * label (case and spacing aside). Returns the problem instead when there is none.
 */
export function resolvePick(
  pick: NumberPick,
  list: readonly { slug: string; figures: readonly { label: string }[] }[],
  quarterLabel: string,
): { note: number; figure: number } | PickProblem {
  const noteIndex = list.findIndex((note) => note.slug === pick.note.trim().toLowerCase());
  if (noteIndex < 0) {
    const slugs = list.map((note) => note.slug);
    const hint = slugs.length ? `; did you mean "${closest(pick.note.trim().toLowerCase(), slugs)}"?` : '';
    return { field: 'note', message: `"${pick.note}" is not a note of ${quarterLabel}${hint}` };
  }
  const note = list[noteIndex]!;
  const wanted = normaliseSpace(pick.figure);
  const figureIndex = note.figures.findIndex((figure) => normaliseSpace(figure.label) === wanted);
  if (figureIndex < 0) {
    const labels = note.figures.map((figure) => figure.label);
    const hint = labels.length
      ? `; did you mean "${labels[labels.map(normaliseSpace).indexOf(closest(wanted, labels.map(normaliseSpace)))]}"?`
      : '; that note has no figures';
    return { field: 'figure', message: `note "${note.slug}" has no figure labelled "${pick.figure}"${hint}` };
  }
  return { note: noteIndex, figure: figureIndex };
}

function normaliseSpace(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * The editor's picks, in order, as rows; a pick that names nothing is left out (the checks
 * report it). A picked fact that other notes of the quarter report too cites them all.
 */
export function pickedNumbers(
  picks: readonly NumberPick[],
  notes: readonly CatalogNote[],
  figuresOf: (note: CatalogNote) => readonly SourcedFigure[],
  quarterLabel: string,
): NumberRow[] {
  const factOf = new Map<SourcedFigure, SourcedFigure[]>();
  for (const fact of groupFacts(notes.flatMap(figuresOf))) for (const figure of fact) factOf.set(figure, fact);
  const rows: Omit<NumberRow, 'id'>[] = [];
  for (const pick of picks) {
    const found = resolvePick(pick, notes, quarterLabel);
    if ('field' in found) continue;
    const figure = figuresOf(notes[found.note]!)[found.figure]!;
    rows.push({ figure, notes: notesOf(factOf.get(figure)!) });
  }
  return rowIds(rows);
}
