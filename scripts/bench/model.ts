/**
 * The benchmark corpus as data: topics, entity files, notes and briefs, generated from a
 * seeded PRNG so that one note count always gives the same corpus. Nothing here touches the
 * disk; scripts/bench/corpus.ts turns the model into content files, hugo-site.ts into a
 * Hugo site.
 *
 * Shape (default 1,000 notes): 16 quarters (2022-Q1 … 2025-Q4), 25 topics, about 150
 * entities of which a few have files with aliases, companies whose `metric` figures form
 * series across quarters, quotes, a brief per quarter (every other one with `numbers:`
 * picks), Cyrillic and CJK titles and entity names.
 */
import type { Figure } from '../../src/lib/content/schema.ts';
import { quarterLabel, quarterRange, quarterSlug, type Quarter } from '../../src/lib/quarters.ts';
import { slugify } from '../../src/lib/slugs.ts';
import {
  AUTHORS,
  BODIES,
  CJK_TITLES,
  COMPANIES,
  CYRILLIC_TITLES,
  ENTITY_FILES,
  METRICS,
  ONE_OFF_FIGURES,
  PARAGRAPHS,
  PEOPLE,
  PRODUCTS,
  PUBLISHERS,
  QUOTES,
  STARTUP_PREFIXES,
  STARTUP_SUFFIXES,
  TOPICS,
  VERBS,
} from './vocabulary.ts';

export interface TopicModel {
  slug: string;
  title: string;
  description: string;
  /** The optional intro shown on the topic page. */
  body: string;
}

export interface EntityFileModel {
  slug: string;
  name: string;
  description: string;
  aliases: string[];
  body: string;
}

/** A figure as a note writes it: the schema's own shape. */
export type FigureModel = Figure;

export interface QuoteModel {
  text: string;
  by: string;
  role?: string;
}

export interface NoteModel {
  slug: string;
  /** YYYY-MM-DD */
  date: string;
  title: string;
  summary: string;
  topics: string[];
  entities: string[];
  source: { title: string; publisher: string; url: string; published: string; author?: string };
  figures: FigureModel[];
  quotes: QuoteModel[];
  /** Markdown. */
  body: string;
}

export interface BriefModel {
  /** `2025-Q1` */
  quarter: string;
  /** `2025-q1`: the file name and the page's slug. */
  slug: string;
  title: string;
  summary: string;
  published: string;
  numbers?: { note: string; figure: string }[];
  body: string;
}

export interface CorpusModel {
  noteCount: number;
  quarters: string[];
  topics: TopicModel[];
  entityFiles: EntityFileModel[];
  /** Every entity name notes may use (aliases excluded). */
  entityNames: string[];
  notes: NoteModel[];
  briefs: BriefModel[];
  /** The note the one-note-edit scenario changes (its body only). */
  editNote: string;
  /** A figure that a brief's `numbers` pick and that sits in an entity's metric series. */
  editFigure: { note: string; figure: number; brief: string };
}

export interface ModelOptions {
  notes: number;
  /** Default 16: 2022-Q1 onwards. */
  quarters?: number;
  seed?: number;
}

/** mulberry32: small, fast, and the same sequence on every machine. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

const iso = (date: Date) => date.toISOString().slice(0, 10);
const addDays = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000);
const round1 = (value: number) => Math.round(value * 10) / 10;

function quartersFrom(year: number, count: number): Quarter[] {
  return Array.from({ length: count }, (_, i) => ({ year: year + Math.floor(i / 4), quarter: ((i % 4) + 1) as Quarter['quarter'] }));
}

/** All entity names, checked for names that would slug alike (they would be one entity). */
function entityNames(): string[] {
  const startups = STARTUP_PREFIXES.flatMap((prefix) => STARTUP_SUFFIXES.map((suffix) => `${prefix} ${suffix}`)).slice(0, 40);
  const names = [...COMPANIES, ...PEOPLE.map((p) => p.name), ...PRODUCTS, ...BODIES, ...startups];
  const seen = new Map<string, string>();
  const claimed = [...names, ...ENTITY_FILES.flatMap((file) => file.aliases)];
  for (const name of claimed) {
    const slug = slugify(name);
    const before = seen.get(slug);
    if (!slug || before) throw new Error(`bench vocabulary: "${name}" slugs to "${slug}", like "${before}"`);
    seen.set(slug, name);
  }
  return names;
}

export function buildCorpusModel(options: ModelOptions): CorpusModel {
  const noteCount = options.notes;
  if (!Number.isInteger(noteCount) || noteCount < 1) throw new Error(`bench: --notes must be a whole number ≥ 1, got ${noteCount}`);
  const rand = prng(options.seed ?? 20_250_101);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  /** Skewed towards the start of the list: a few popular entities, a long tail. */
  const pickSkewed = <T>(list: readonly T[]): T => list[Math.floor(rand() ** 2 * list.length)]!;
  const between = (min: number, max: number) => min + rand() * (max - min);

  const quarters = quartersFrom(2022, options.quarters ?? 16);
  const names = entityNames();
  const aliasesOf = new Map(ENTITY_FILES.map((file) => [file.name, file.aliases]));
  const roleOf = new Map(PEOPLE.map((person) => [person.name, person.role]));

  const topics: TopicModel[] = TOPICS.map((topic, i) => ({
    ...topic,
    body: i % 3 === 0 ? `Notes on ${topic.title.toLowerCase()}, newest first. ${PARAGRAPHS[i % PARAGRAPHS.length]}` : '',
  }));

  const entityFiles: EntityFileModel[] = ENTITY_FILES.map((file, i) => ({
    slug: slugify(file.name),
    name: file.name,
    description: file.description,
    aliases: [...file.aliases],
    body: `${file.name} appears in many notes of this corpus. ${PARAGRAPHS[(i + 2) % PARAGRAPHS.length]}`,
  }));

  const notes: NoteModel[] = [];
  for (let i = 0; i < noteCount; i++) {
    // Notes fill the quarters in order, so every quarter has about the same number.
    const quarter = quarters[Math.floor((i * quarters.length) / noteCount)]!;
    const { start, end } = quarterRange(quarter);
    const days = Math.round((end.getTime() - start.getTime()) / 86_400_000);
    const date = addDays(start, Math.floor(rand() * (days + 1)));
    const label = quarterLabel(quarter);
    const year = date.getUTCFullYear();

    const company = pickSkewed(COMPANIES);
    const others = [pickSkewed(names), pick(PRODUCTS), pickSkewed(PEOPLE).name].slice(0, 1 + Math.floor(rand() * 3));
    // An entity with a file is sometimes named by one of its aliases, which files under it.
    const aliases = aliasesOf.get(company) ?? [];
    const companyAs = aliases.length && rand() < 0.3 ? pick(aliases) : company;
    const entities = [...new Set([companyAs, ...others])];
    const noteTopics = [...new Set([pickSkewed(TOPICS).slug, pick(TOPICS).slug, pick(TOPICS).slug].slice(0, 1 + Math.floor(rand() * 3)))];

    const figures: FigureModel[] = [];
    if (rand() < 0.7) {
      // A point of the company's series: the same value for every note of that quarter.
      const m = pick(METRICS);
      const q = quarters.indexOf(quarter);
      const scale = 1 + (COMPANIES.indexOf(company) % 7);
      figures.push({
        label: `${label} ${m.label}`,
        entity: company,
        value: round1(m.base * scale * (1 + m.growth) ** q),
        unit: m.unit,
        period: label,
        metric: m.key,
      });
    }
    for (let k = 0, extra = Math.floor(rand() * 3); k < extra; k++) {
      const f = pick(ONE_OFF_FIGURES);
      if (figures.some((figure) => figure.label === f.label)) continue;
      const value = round1(between(f.min, f.max));
      figures.push({
        label: f.label,
        ...(rand() < 0.6 ? { entity: company } : {}),
        value,
        ...(f.range ? { upto: round1(value + between(0, f.max - value)) } : {}),
        unit: f.unit,
        ...(rand() < 0.5 ? { period: String(year) } : {}),
      });
    }

    const quotes: QuoteModel[] = Array.from({ length: Math.floor(rand() * 3) }, () => {
      const by = rand() < 0.7 ? pick(PEOPLE).name : `${pick(['Jane', 'Omar', 'Mei', 'Lars'])} ${pick(['Analyst', 'Fischer', 'Okafor', 'Tan'])}`;
      const role = roleOf.get(by) ?? (rand() < 0.5 ? 'Analyst, Bench Research' : undefined);
      return { text: pick(QUOTES), by, ...(role ? { role } : {}) };
    });

    const n = String(i + 1).padStart(4, '0');
    const slug = `${quarterSlug(quarter)}-${slugify(noteTopics[0]!)}-${n}`;
    const title =
      i % 17 === 5
        ? pick(CYRILLIC_TITLES).replace('{e}', companyAs)
        : i % 19 === 7
          ? pick(CJK_TITLES).replace('{e}', companyAs)
          : `${companyAs} ${pick(VERBS)} (${label}, no. ${i + 1})`;
    const published = addDays(date, Math.floor(rand() * 3));
    notes.push({
      slug,
      date: iso(date),
      title,
      summary: `${companyAs} made news in ${label}: ${pick(PARAGRAPHS).split(', ')[0]!.toLowerCase()}.`,
      topics: noteTopics,
      entities,
      source: {
        title: `${companyAs}: ${pick(VERBS)}`,
        publisher: pick(PUBLISHERS),
        url: `https://news.example/${year}/${slug}`,
        published: iso(published),
        ...(rand() < 0.5 ? { author: pick(AUTHORS) } : {}),
      },
      figures,
      quotes,
      body: '', // below, once every slug is known
    });
  }

  // Bodies: a few paragraphs, a ### heading, a list, and links to another note and a topic.
  notes.forEach((note, i) => {
    const other = notes[i > 0 ? i - 1 : Math.min(1, notes.length - 1)]!;
    note.body = [
      PARAGRAPHS[i % PARAGRAPHS.length]!,
      `${PARAGRAPHS[(i + 3) % PARAGRAPHS.length]!} See the earlier note, [${other.title}](/notes/${other.slug}/), and the [${note.topics[0]}](/topics/${note.topics[0]}/) topic.`,
      '### Why it matters',
      [
        `- **${note.entities[0]}** ${VERBS[i % VERBS.length]}.`,
        `- The source is ${note.source.publisher}, published ${note.source.published}.`,
        `- ${note.figures.length} figure${note.figures.length === 1 ? '' : 's'} and ${note.quotes.length} quote${note.quotes.length === 1 ? '' : 's'} in this note.`,
      ].join('\n'),
      PARAGRAPHS[(i + 5) % PARAGRAPHS.length]!,
    ].join('\n\n');
  });

  const byQuarter = new Map<string, NoteModel[]>();
  for (const note of notes) {
    const q = quarterOfIso(note.date);
    byQuarter.set(q, [...(byQuarter.get(q) ?? []), note]);
  }

  const briefs: BriefModel[] = [];
  quarters.forEach((quarter, q) => {
    const label = quarterLabel(quarter);
    const quarterNotes = byQuarter.get(label) ?? [];
    if (!quarterNotes.length) return;
    // Every other brief has the editor's picks: the first series figures of the quarter.
    const numbers =
      q % 2 === 0
        ? quarterNotes
            .flatMap((note) => note.figures.filter((figure) => figure.metric).map((figure) => ({ note: note.slug, figure: figure.label })))
            .slice(0, 4)
        : [];
    const lead = quarterNotes[0]!;
    briefs.push({
      quarter: label,
      slug: quarterSlug(quarter),
      title: `${lead.entities[0]} and ${quarterNotes.length - 1} more stories`,
      summary: `What happened in ${label}, in ${quarterNotes.length} notes.`,
      published: iso(addDays(quarterRange(quarter).end, 5)),
      ...(numbers.length ? { numbers } : {}),
      body: [
        `The quarter in ${quarterNotes.length} notes. It opened with [${lead.title}](/notes/${lead.slug}/).`,
        PARAGRAPHS[q % PARAGRAPHS.length]!,
      ].join('\n\n'),
    });
  });

  const editNote = notes[Math.floor(notes.length / 2)]!.slug;
  return { noteCount, quarters: quarters.map(quarterLabel), topics, entityFiles, entityNames: names, notes, briefs, editNote, editFigure: findEditFigure(notes, briefs) };
}

function quarterOfIso(date: string): string {
  const [year, month] = date.split('-').map(Number) as [number, number];
  return `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
}

/** A picked figure of a series, preferring a company that has an entity file (and page chart). */
function findEditFigure(notes: readonly NoteModel[], briefs: readonly BriefModel[]): CorpusModel['editFigure'] {
  const filed = new Set(ENTITY_FILES.map((file) => file.name));
  const candidates = briefs.flatMap((brief) =>
    (brief.numbers ?? []).map((pick) => {
      const note = notes.find((n) => n.slug === pick.note)!;
      const figure = note.figures.findIndex((f) => f.label === pick.figure);
      return { note: note.slug, figure, brief: brief.slug, filed: filed.has(note.figures[figure]?.entity ?? '') };
    }),
  );
  const chosen = candidates.find((c) => c.filed) ?? candidates[0];
  if (chosen) return { note: chosen.note, figure: chosen.figure, brief: chosen.brief };
  // A corpus too small for picks: any figure at all.
  const note = notes.find((n) => n.figures.length) ?? notes[0]!;
  return { note: note.slug, figure: 0, brief: '' };
}

/** The note with its body changed: scenario "one-note edit", run `run`. */
export function withEditedBody(note: NoteModel, run: number): NoteModel {
  return { ...note, body: `${note.body}\n\nUpdated by the benchmark, edit ${run + 1}: the editor added a sentence.` };
}

/** The note with one figure's value changed: scenario "one-figure edit", run `run`. */
export function withEditedFigure(note: NoteModel, index: number, run: number): NoteModel {
  const figures = note.figures.map((figure, i) => {
    if (i !== index) return figure;
    const value = round1(figure.value + 1.5 * (run + 1));
    return { ...figure, value, ...(figure.upto !== undefined ? { upto: Math.max(figure.upto, value) } : {}) };
  });
  return { ...note, figures };
}
