/**
 * The index of all content, built once per build. Pages, feeds and cards read from it,
 * so nothing walks the collections twice.
 */
import type { BriefData, Figure, NoteData, Quote, Source, TopicData } from './content/schema.ts';
import { compareQuarters, parseQuarter, quarterLabel, quarterOf, quarterSlug, type Quarter } from './quarters.ts';
import { slugify } from './slugs.ts';

/** Raw inputs: what the content layer gives, with topics as plain slugs. */
export interface NoteInput {
  slug: string;
  data: NoteData;
}
export interface TopicInput {
  slug: string;
  data: TopicData;
}
export interface BriefInput {
  slug: string;
  data: BriefData;
}

export interface EntityRef {
  slug: string;
  name: string;
}

export interface CatalogNote {
  slug: string;
  title: string;
  date: Date;
  summary: string;
  quarter: Quarter;
  quarterSlug: string;
  topics: string[];
  entities: EntityRef[];
  source: Source;
  figures: Figure[];
  quotes: Quote[];
  draft: boolean;
}

export interface CatalogTopic {
  slug: string;
  title: string;
  description: string;
  /** Newest first. */
  notes: CatalogNote[];
}

export interface CatalogEntity {
  slug: string;
  name: string;
  /** Newest first. */
  notes: CatalogNote[];
}

/** A figure with the note it comes from, for tables and cards. */
export interface SourcedFigure extends Figure {
  note: CatalogNote;
}
export interface SourcedQuote extends Quote {
  note: CatalogNote;
}

export interface TopicGroup {
  topic: CatalogTopic;
  /** Oldest first: the order of the quarter's story. */
  notes: CatalogNote[];
}

export interface CatalogQuarter {
  quarter: Quarter;
  slug: string;
  label: string;
  /** The editor's brief, when one is published for this quarter. */
  brief: (BriefData & { slug: string }) | null;
  /** Oldest first (the timeline order). */
  notes: CatalogNote[];
  /** Notes grouped by their topics; a note with two topics appears in both groups. */
  byTopic: TopicGroup[];
  figures: SourcedFigure[];
  quotes: SourcedQuote[];
  /** Numbered source list: one entry per note, timeline order. */
  sources: { number: number; note: CatalogNote }[];
  /** Neighbouring quarters that have pages (notes), if any. */
  previous: string | null;
  next: string | null;
}

export interface Catalog {
  /** Newest first (date, then title). */
  notes: CatalogNote[];
  /** Alphabetical by title. */
  topics: CatalogTopic[];
  /** Alphabetical by name. */
  entities: CatalogEntity[];
  /** Newest first. */
  quarters: CatalogQuarter[];
  /** Quarters with a published brief, newest first. */
  briefs: CatalogQuarter[];
  note(slug: string): CatalogNote | undefined;
  topic(slug: string): CatalogTopic | undefined;
  entity(slug: string): CatalogEntity | undefined;
  quarterOf(slug: string): CatalogQuarter | undefined;
  /** Chronological neighbours of a note across the whole site. */
  neighbours(slug: string): { previous: CatalogNote | null; next: CatalogNote | null };
}

export interface CatalogOptions {
  /** Drafts appear in `astro dev` only. */
  includeDrafts?: boolean;
}

const byNewest = (a: CatalogNote, b: CatalogNote) =>
  b.date.getTime() - a.date.getTime() || a.title.localeCompare(b.title, 'en') || a.slug.localeCompare(b.slug);
const byOldest = (a: CatalogNote, b: CatalogNote) => -byNewest(a, b);

/** Groups notes under each topic they carry, topics in the order given. */
export function groupNotesByTopic(notes: readonly CatalogNote[], topics: readonly CatalogTopic[]): TopicGroup[] {
  return topics
    .map((topic) => ({ topic, notes: notes.filter((note) => note.topics.includes(topic.slug)) }))
    .filter((group) => group.notes.length > 0);
}

/** Groups notes by the calendar quarter of their date; keys are quarter slugs (`2025-q1`). */
export function groupNotesByQuarter(notes: readonly CatalogNote[]): Map<string, CatalogNote[]> {
  const groups = new Map<string, CatalogNote[]>();
  for (const note of notes) {
    const list = groups.get(note.quarterSlug) ?? [];
    list.push(note);
    groups.set(note.quarterSlug, list);
  }
  return groups;
}

/**
 * One display name per entity slug: names that slug alike are one entity; the most
 * used spelling wins, then the more capitalised (a proper noun), then code-point order.
 */
function entityNames(notes: readonly NoteInput[]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const note of notes) {
    for (const name of note.data.entities) {
      const slug = slugify(name);
      if (!slug) continue;
      const spellings = counts.get(slug) ?? new Map<string, number>();
      spellings.set(name, (spellings.get(name) ?? 0) + 1);
      counts.set(slug, spellings);
    }
  }
  const names = new Map<string, string>();
  for (const [slug, spellings] of counts) {
    const capitals = (name: string) => [...name].filter((c) => c !== c.toLowerCase()).length;
    const best = [...spellings].sort(
      (a, b) => b[1] - a[1] || capitals(b[0]) - capitals(a[0]) || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0),
    )[0]!;
    names.set(slug, best[0]);
  }
  return names;
}

export function buildCatalog(
  input: { notes: readonly NoteInput[]; topics: readonly TopicInput[]; briefs: readonly BriefInput[] },
  options: CatalogOptions = {},
): Catalog {
  const visible = input.notes.filter((n) => options.includeDrafts || !n.data.draft);
  const names = entityNames(visible);

  const notes: CatalogNote[] = visible
    .map(({ slug, data }) => {
      const quarter = quarterOf(data.date);
      const entities = new Map<string, EntityRef>();
      for (const name of data.entities) {
        const entitySlug = slugify(name);
        if (entitySlug && !entities.has(entitySlug)) entities.set(entitySlug, { slug: entitySlug, name: names.get(entitySlug)! });
      }
      return {
        slug,
        title: data.title,
        date: data.date,
        summary: data.summary,
        quarter,
        quarterSlug: quarterSlug(quarter),
        topics: [...new Set(data.topics)],
        entities: [...entities.values()],
        source: data.source,
        figures: data.figures,
        quotes: data.quotes,
        draft: data.draft,
      };
    })
    .sort(byNewest);

  const topics: CatalogTopic[] = input.topics
    .map(({ slug, data }) => ({
      slug,
      title: data.title,
      description: data.description,
      notes: notes.filter((note) => note.topics.includes(slug)),
    }))
    .sort((a, b) => a.title.localeCompare(b.title, 'en'));

  const entities: CatalogEntity[] = [...names]
    .map(([slug, name]) => ({ slug, name, notes: notes.filter((n) => n.entities.some((e) => e.slug === slug)) }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en') || a.slug.localeCompare(b.slug));

  const briefsByQuarter = new Map<string, BriefData & { slug: string }>();
  for (const brief of input.briefs) {
    const quarter = parseQuarter(brief.data.quarter);
    if (quarter) briefsByQuarter.set(quarterSlug(quarter), { ...brief.data, slug: quarterSlug(quarter) });
  }

  // Every quarter with notes gets a page; so does a quarter with a brief but no notes yet.
  const quarterSlugs = new Set([...groupNotesByQuarter(notes).keys(), ...briefsByQuarter.keys()]);
  const orderedQuarters = [...quarterSlugs]
    .map((slug) => parseQuarter(slug)!)
    .sort((a, b) => compareQuarters(b, a));
  const notesByQuarter = groupNotesByQuarter([...notes].sort(byOldest));

  const quarters: CatalogQuarter[] = orderedQuarters.map((quarter, index) => {
    const slug = quarterSlug(quarter);
    const quarterNotes = notesByQuarter.get(slug) ?? [];
    return {
      quarter,
      slug,
      label: quarterLabel(quarter),
      brief: briefsByQuarter.get(slug) ?? null,
      notes: quarterNotes,
      byTopic: groupNotesByTopic(quarterNotes, topics),
      figures: quarterNotes.flatMap((note) => note.figures.map((figure) => ({ ...figure, note }))),
      quotes: quarterNotes.flatMap((note) => note.quotes.map((quote) => ({ ...quote, note }))),
      sources: quarterNotes.map((note, i) => ({ number: i + 1, note })),
      // Newest first, so the next (later) quarter is one step towards the front.
      next: index > 0 ? quarterSlug(orderedQuarters[index - 1]!) : null,
      previous: index < orderedQuarters.length - 1 ? quarterSlug(orderedQuarters[index + 1]!) : null,
    };
  });

  const noteIndex = new Map(notes.map((n, i) => [n.slug, i]));
  const topicIndex = new Map(topics.map((t) => [t.slug, t]));
  const entityIndex = new Map(entities.map((e) => [e.slug, e]));
  const quarterIndex = new Map(quarters.map((q) => [q.slug, q]));

  return {
    notes,
    topics,
    entities,
    quarters,
    briefs: quarters.filter((q) => q.brief !== null),
    note: (slug) => {
      const i = noteIndex.get(slug);
      return i === undefined ? undefined : notes[i];
    },
    topic: (slug) => topicIndex.get(slug),
    entity: (slug) => entityIndex.get(slug),
    quarterOf: (slug) => quarterIndex.get(slug),
    neighbours: (slug) => {
      const i = noteIndex.get(slug);
      if (i === undefined) return { previous: null, next: null };
      return { previous: notes[i + 1] ?? null, next: notes[i - 1] ?? null };
    },
  };
}


/** Figures about an entity: those in its notes whose `entity` names it. */
export function entityFigures(entity: CatalogEntity): SourcedFigure[] {
  return [...entity.notes]
    .reverse()
    .flatMap((note) => note.figures.filter((f) => f.entity && slugify(f.entity) === entity.slug).map((f) => ({ ...f, note })));
}

/** Quotes by an entity, or by someone whose role names it ("CEO, Meta"). */
export function entityQuotes(entity: CatalogEntity): SourcedQuote[] {
  const speaks = (quote: Quote) =>
    slugify(quote.by) === entity.slug || (quote.role ?? '').split(/[,;]/).some((part) => slugify(part) === entity.slug);
  return [...entity.notes].reverse().flatMap((note) => note.quotes.filter(speaks).map((q) => ({ ...q, note })));
}
