/**
 * buildCatalog: the index of all content, built once per build. Every list is made here,
 * once; pages, feeds, cards and emails only read it.
 */
import { parsePeriod } from '../dates.ts';
import { compareQuarters, nextQuarter, parseQuarter, quarterLabel, quarterOf, quarterSlug, type Quarter } from '../quarters.ts';
import { slugify } from '../slugs.ts';
import { digestOf } from '../digest.ts';
import { readingMinutes } from '../text.ts';
import type { Quote } from '../content/schema.ts';
import { entityResolver, type EntityResolver } from './entities.ts';
import { pickedNumbers, selectNumbers } from './numbers.ts';
import { relatedNotes } from './related.ts';
import { compareAcrossEntities, entitySeries } from './series.ts';
import type {
  Catalog,
  CatalogEntity,
  CatalogInput,
  CatalogNote,
  CatalogOptions,
  CatalogQuarter,
  CatalogTopic,
  NoteInput,
  QuarterNotes,
  SourcedFigure,
  SourcedQuote,
  TopicGroup,
  TrendPoint,
} from './types.ts';

export const byNewest = (a: CatalogNote, b: CatalogNote) =>
  b.date.getTime() - a.date.getTime() || a.title.localeCompare(b.title, 'en') || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
export const byOldest = (a: CatalogNote, b: CatalogNote) => -byNewest(a, b);

/** The title of a quarter whose brief is not yet published: pages, cards and feeds share it. */
export function unpublishedTitle(quarter: Quarter): string {
  return `Notes from ${quarterLabel(quarter)}`;
}

/** Each note once, under the first of its topics that the site has; topics in the order given. */
export function groupNotesByFirstTopic(notes: readonly CatalogNote[], topics: readonly CatalogTopic[]): TopicGroup[] {
  const known = new Set(topics.map((topic) => topic.slug));
  const groups = new Map<string, CatalogNote[]>();
  for (const note of notes) {
    const first = note.topics.find((slug) => known.has(slug));
    if (!first) continue;
    groups.set(first, [...(groups.get(first) ?? []), note]);
  }
  return topics.filter((topic) => groups.has(topic.slug)).map((topic) => ({ topic, notes: groups.get(topic.slug)! }));
}

function sourced<T>(notes: readonly CatalogNote[], pick: (note: CatalogNote) => readonly T[]): (T & { note: CatalogNote })[] {
  return notes.flatMap((note) => pick(note).map((item) => ({ ...item, note })));
}

function toNote({ slug, data, body }: NoteInput, entities: EntityResolver): CatalogNote {
  const quarter = quarterOf(data.date);
  const refs = new Map<string, { slug: string; name: string }>();
  for (const name of data.entities) {
    const ref = entities.resolve(name);
    if (ref && !refs.has(ref.slug)) refs.set(ref.slug, ref);
  }
  const note: Omit<CatalogNote, 'digest' | 'listedDigest'> = {
    slug,
    title: data.title,
    date: data.date,
    summary: data.summary,
    quarter,
    quarterSlug: quarterSlug(quarter),
    topics: [...new Set(data.topics)],
    entities: [...refs.values()],
    source: data.source,
    figures: data.figures.map((figure, index) => ({
      ...figure,
      parsedPeriod: figure.period ? parsePeriod(figure.period) : null,
      entityRef: figure.entity ? entities.resolve(figure.entity) : null,
      index,
    })),
    quotes: data.quotes,
    draft: data.draft,
    readingMinutes: readingMinutes(data.summary, body ?? ''),
  };
  return { ...note, digest: digestOf([data, body ?? '']), listedDigest: digestOf(note) };
}

/** Notes grouped by quarter, newest quarter first, notes newest first. */
function byQuarterOf(notes: readonly CatalogNote[], quarter: (slug: string) => CatalogQuarter): QuarterNotes[] {
  const groups = new Map<string, CatalogNote[]>();
  for (const note of notes) groups.set(note.quarterSlug, [...(groups.get(note.quarterSlug) ?? []), note]);
  return [...groups.entries()]
    .map(([slug, list]) => ({ quarter: quarter(slug), notes: list }))
    .sort((a, b) => compareQuarters(b.quarter.quarter, a.quarter.quarter));
}

/** Every calendar quarter from `first` to `last`, oldest first. */
function quarterSpanOf(first: Quarter, last: Quarter): Quarter[] {
  const span: Quarter[] = [];
  for (let q = first; compareQuarters(q, last) <= 0; q = nextQuarter(q)) span.push(q);
  return span;
}

/** A quote speaks for an entity when its speaker is the entity or their role names it ("CEO, Meta"). */
function speaksFor(quote: Quote, slug: string, entities: EntityResolver): boolean {
  const names = [quote.by, ...(quote.role ?? '').split(/[,;]/)];
  return names.some((name) => entities.resolve(name.trim())?.slug === slug);
}

export function buildCatalog(input: CatalogInput, options: CatalogOptions = {}): Catalog {
  const visible = input.notes.filter((note) => options.includeDrafts || !note.data.draft);
  const entityFiles = input.entities ?? [];
  const resolver = entityResolver(entityFiles, visible);
  const notes = visible.map((note) => toNote(note, resolver)).sort(byNewest);
  const figuresOf = new Map<CatalogNote, SourcedFigure[]>(notes.map((note) => [note, note.figures.map((f) => ({ ...f, note }))]));
  const noteFigures = (note: CatalogNote) => figuresOf.get(note)!;

  const topics: CatalogTopic[] = input.topics
    .map(({ slug, data, body }) => ({
      slug,
      digest: digestOf([data, body ?? '']),
      title: data.title,
      description: data.description,
      keywords: data.keywords,
      notes: [] as CatalogNote[],
      byQuarter: [] as QuarterNotes[],
      trend: [] as TrendPoint[],
      comparisons: [] as CatalogTopic['comparisons'],
    }))
    .sort((a, b) => a.title.localeCompare(b.title, 'en'));
  const topicIndex = new Map(topics.map((topic) => [topic.slug, topic]));

  const entityIndex = new Map<string, CatalogEntity>();
  for (const note of notes) {
    for (const topic of note.topics) topicIndex.get(topic)?.notes.push(note);
    for (const ref of note.entities) {
      let entity = entityIndex.get(ref.slug);
      if (!entity) {
        const file = resolver.file(ref.slug);
        entity = {
          slug: ref.slug,
          digest: digestOf(file ? [file.data, file.body ?? ''] : ref.name),
          name: ref.name,
          description: file?.data.description ?? null,
          aliases: file?.data.aliases ?? [],
          hasFile: Boolean(file),
          notes: [],
          byQuarter: [],
          trend: [],
          figures: [],
          quotes: [],
          series: [],
        };
        entityIndex.set(ref.slug, entity);
      }
      entity.notes.push(note);
    }
  }
  const entities = [...entityIndex.values()].sort(
    (a, b) => a.name.localeCompare(b.name, 'en') || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0),
  );

  // Oldest first: the timeline order that figures and quotes keep everywhere.
  const chronological = [...notes].reverse();
  for (const note of chronological) {
    for (const figure of noteFigures(note)) if (figure.entityRef) entityIndex.get(figure.entityRef.slug)?.figures.push(figure);
  }
  for (const entity of entities) {
    entity.quotes = sourced([...entity.notes].reverse(), (note) => note.quotes.filter((q) => speaksFor(q, entity.slug, resolver)));
    entity.series = entitySeries(entity.figures);
  }

  const briefsByQuarter = new Map<string, NonNullable<CatalogQuarter['brief']>>();
  const briefDigests = new Map<string, string>();
  for (const brief of input.briefs) {
    const quarter = parseQuarter(brief.data.quarter);
    if (quarter && (options.includeDrafts || !brief.data.draft)) {
      briefsByQuarter.set(quarterSlug(quarter), { ...brief.data, slug: quarterSlug(quarter) });
      briefDigests.set(quarterSlug(quarter), digestOf([brief.data, brief.body ?? '']));
    }
  }

  const notesByQuarter = new Map<string, CatalogNote[]>();
  for (const note of chronological) notesByQuarter.set(note.quarterSlug, [...(notesByQuarter.get(note.quarterSlug) ?? []), note]);
  // Every quarter with notes gets a page; so does a quarter with a brief but no notes yet.
  const quarterSlugs = new Set([...notesByQuarter.keys(), ...briefsByQuarter.keys()]);
  const quarters: CatalogQuarter[] = [...quarterSlugs]
    .map((slug) => parseQuarter(slug)!)
    .sort((a, b) => compareQuarters(b, a))
    .map((quarter) => {
      const slug = quarterSlug(quarter);
      const quarterNotes = notesByQuarter.get(slug) ?? [];
      const brief = briefsByQuarter.get(slug) ?? null;
      const figures = quarterNotes.flatMap(noteFigures);
      const numbers = brief?.numbers?.length
        ? pickedNumbers(brief.numbers, quarterNotes, noteFigures, quarterLabel(quarter))
        : selectNumbers(figures, quarter);
      return {
        quarter,
        slug,
        digest: briefDigests.get(slug) ?? digestOf(quarterLabel(quarter)),
        label: quarterLabel(quarter),
        title: brief ? brief.title : unpublishedTitle(quarter),
        brief,
        notes: quarterNotes,
        byTopic: groupNotesByFirstTopic(quarterNotes, topics),
        figures,
        numbers,
        numbersCurated: Boolean(brief?.numbers?.length),
        quotes: sourced(quarterNotes, (note) => note.quotes) as SourcedQuote[],
        sources: quarterNotes.map((note, i) => ({ number: i + 1, note })),
        previous: null,
        next: null,
      };
    });
  quarters.forEach((quarter, i) => {
    // Newest first, so the next (later) quarter is one step towards the front.
    quarter.next = quarters[i - 1] ?? null;
    quarter.previous = quarters[i + 1] ?? null;
  });
  const quarterIndex = new Map(quarters.map((quarter) => [quarter.slug, quarter]));
  const quarterBySlug = (slug: string) => quarterIndex.get(slug)!;

  const span = quarters.length ? quarterSpanOf(quarters.at(-1)!.quarter, quarters[0]!.quarter) : [];
  const trendOf = (byQuarter: readonly QuarterNotes[]): TrendPoint[] => {
    const counts = new Map(byQuarter.map((group) => [group.quarter.slug, group.notes.length]));
    return span.map((quarter) => ({
      label: quarterLabel(quarter),
      slug: quarterSlug(quarter),
      quarter: quarterIndex.get(quarterSlug(quarter)) ?? null,
      count: counts.get(quarterSlug(quarter)) ?? 0,
    }));
  };
  for (const topic of topics) {
    topic.byQuarter = byQuarterOf(topic.notes, quarterBySlug);
    topic.trend = trendOf(topic.byQuarter);
    topic.comparisons = compareAcrossEntities([...topic.notes].reverse().flatMap(noteFigures));
  }
  for (const entity of entities) {
    entity.byQuarter = byQuarterOf(entity.notes, quarterBySlug);
    entity.trend = trendOf(entity.byQuarter);
  }

  const noteIndex = new Map(notes.map((note, i) => [note.slug, i]));
  const related = relatedNotes(notes);
  // An alias (or a name spelt another way) finds its entity's page.
  const entityOf = (slug: string) => entityIndex.get(slug) ?? entityIndex.get(resolver.resolve(slug)?.slug ?? '');

  return {
    notes,
    topics,
    entities,
    quarters,
    briefs: quarters.filter((quarter) => quarter.brief !== null),
    note: (slug) => {
      const i = noteIndex.get(slug);
      return i === undefined ? undefined : notes[i];
    },
    topic: (slug) => topicIndex.get(slug),
    entity: (slug) => entityOf(slugify(slug) || slug),
    quarter: (slug) => quarterIndex.get(slug.toLowerCase()),
    neighbours: (slug) => {
      const i = noteIndex.get(slug);
      if (i === undefined) return { previous: null, next: null };
      return { previous: notes[i + 1] ?? null, next: notes[i - 1] ?? null };
    },
    related: (slug) => related.get(slug) ?? [],
  };
}
