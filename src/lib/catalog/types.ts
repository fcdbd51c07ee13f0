/** The shapes of the catalog: what every page, feed, card and email reads. */
import type { BriefData, EntityData, Figure, NoteData, Quote, Source, TopicData } from '../content/schema.ts';
import type { Period } from '../dates.ts';
import type { Quarter } from '../quarters.ts';

/** Raw inputs: what the content layer gives, with topics as plain slugs. */
export interface NoteInput {
  slug: string;
  data: NoteData;
  /** The Markdown/MDX body as written, for reading time. */
  body?: string;
}
export interface TopicInput {
  slug: string;
  data: TopicData;
  /** The intro shown on the topic page. */
  body?: string;
}
export interface BriefInput {
  slug: string;
  data: BriefData;
  /** The lede. */
  body?: string;
}
export interface EntityInput {
  slug: string;
  data: EntityData;
  body?: string;
}

export interface CatalogInput {
  notes: readonly NoteInput[];
  topics: readonly TopicInput[];
  briefs: readonly BriefInput[];
  entities?: readonly EntityInput[];
}

export interface CatalogOptions {
  /** Drafts appear in `astro dev` only. */
  includeDrafts?: boolean;
}

export interface EntityRef {
  slug: string;
  name: string;
}

/** A figure as a note states it, with what the catalog worked out once. */
export interface NoteFigure extends Figure {
  /** The figure's period, parsed once (null when it has none). */
  parsedPeriod: Period | null;
  /** The entity it is about, through aliases (null when it names none). */
  entityRef: EntityRef | null;
  /** Its place in the note's `figures` list. */
  index: number;
}

/** A figure with the note it comes from, for tables, charts and cards. */
export interface SourcedFigure extends NoteFigure {
  note: CatalogNote;
}

export interface SourcedQuote extends Quote {
  note: CatalogNote;
}

export interface CatalogNote {
  slug: string;
  title: string;
  date: Date;
  summary: string;
  quarter: Quarter;
  quarterSlug: string;
  /** Topic slugs, in the editor's order, each once. */
  topics: string[];
  entities: EntityRef[];
  source: Source;
  figures: NoteFigure[];
  quotes: Quote[];
  draft: boolean;
  /** Minutes a reader needs for the body, at least 1. */
  readingMinutes: number;
  /** A fingerprint of everything the note's file says (fields and body): see page-keys.ts. */
  digest: string;
  /**
   * A fingerprint of every field above: all a page that lists the note can show of it (the
   * body only as its reading time). See page-keys.ts.
   */
  listedDigest: string;
}

/** A run of notes in one quarter (topic and entity pages list notes by quarter). */
export interface QuarterNotes {
  quarter: CatalogQuarter;
  /** Newest first. */
  notes: CatalogNote[];
}

/** Notes per quarter over the site's whole span, oldest first, zeros included. */
export interface TrendPoint {
  /** `2025-Q1` */
  label: string;
  /** `2025-q1` */
  slug: string;
  /** The quarter's page, when the site has one (a quarter with no notes at all has none). */
  quarter: CatalogQuarter | null;
  count: number;
}

export interface CatalogTopic {
  slug: string;
  /** A fingerprint of the topic's file (fields and intro). */
  digest: string;
  title: string;
  description: string;
  keywords: string[];
  /** Newest first. */
  notes: CatalogNote[];
  /** Newest quarter first. */
  byQuarter: QuarterNotes[];
  trend: TrendPoint[];
  /** Figures of one metric, unit and period compared across entities (two entities or more). */
  comparisons: Comparison[];
}

/** One metric of several entities for one period: `2025 capex plans` across Meta, Microsoft … */
export interface Comparison {
  /** A stable id for anchors: `capex-usd-bn-2025`. */
  id: string;
  metric: string;
  unit: string;
  period: string;
  /** One figure per entity (the latest note's), largest first. */
  figures: SourcedFigure[];
}

/** A series: one entity's figures of one metric (or one label) and unit, over time. */
export interface FigureSeries {
  id: string;
  /** How the series reads: the shortest of its labels without their periods (`Capex`, `Earnings per share`). */
  name: string;
  unit: string;
  /** Oldest first (by period, then note date). */
  figures: SourcedFigure[];
}

export interface CatalogEntity {
  slug: string;
  /** A fingerprint of the entity's file (fields and body), or of its name when it has none. */
  digest: string;
  name: string;
  /** From content/entities/<slug>.md, when the entity has a file. */
  description: string | null;
  aliases: string[];
  hasFile: boolean;
  /** Newest first. */
  notes: CatalogNote[];
  byQuarter: QuarterNotes[];
  trend: TrendPoint[];
  /** Figures about the entity (their `entity` names it or an alias), oldest first. */
  figures: SourcedFigure[];
  /** Quotes by it, or by someone whose role names it, oldest first. */
  quotes: SourcedQuote[];
  /** Series with two points or more, for charts. */
  series: FigureSeries[];
}

export interface TopicGroup {
  topic: CatalogTopic;
  /** Oldest first: the order of the quarter's story. Each note of the quarter is in one group only. */
  notes: CatalogNote[];
}

/** One row of "By the numbers": one fact, with every note that reports it. */
export interface NumberRow {
  /** A stable id for a link to the row: `n-meta-capex-2025`. */
  id: string;
  /** The figure shown (the first note's, when several report it). */
  figure: SourcedFigure;
  /** Every note of the quarter that reports this fact, oldest first. */
  notes: CatalogNote[];
}

export interface CatalogQuarter {
  quarter: Quarter;
  slug: string;
  /** A fingerprint of the brief's file (fields and lede); of the quarter's label when it has none. */
  digest: string;
  /** `2025-Q1` */
  label: string;
  /** The brief's title, or the title of a quarter whose brief is not yet published. */
  title: string;
  /** The editor's brief, when one is published for this quarter. */
  brief: (BriefData & { slug: string }) | null;
  /** Oldest first (the timeline order). */
  notes: CatalogNote[];
  /** Each note once, under its first topic. */
  byTopic: TopicGroup[];
  /** Every figure of the quarter, in timeline order. */
  figures: SourcedFigure[];
  /** "By the numbers": the editor's `numbers`, or the automatic selection (at most 12). */
  numbers: NumberRow[];
  /** True when `numbers` are the editor's picks. */
  numbersCurated: boolean;
  quotes: SourcedQuote[];
  /** Numbered source list: one entry per note, timeline order. */
  sources: { number: number; note: CatalogNote }[];
  /** Neighbouring quarters that have pages. */
  previous: CatalogQuarter | null;
  next: CatalogQuarter | null;
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
  quarter(slug: string): CatalogQuarter | undefined;
  /** Chronological neighbours of a note across the whole site. */
  neighbours(slug: string): { previous: CatalogNote | null; next: CatalogNote | null };
  /** Up to four notes to read next (see related.ts). */
  related(slug: string): CatalogNote[];
}
