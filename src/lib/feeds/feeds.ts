/**
 * The four kinds of feed (SPEC "Feeds"), as plain data: which items, in which order, with
 * what channel. No Astro imports: the routes hand in the catalog and a way to get each
 * body's rendered HTML (see src/data/feeds.ts), tests hand in stubs.
 */
import type { Catalog, CatalogEntity, CatalogNote, CatalogQuarter, CatalogTopic } from '../catalog.ts';
import { sanitizeFeedHtml } from '../markdown/render.ts';
import { paths } from '../paths.ts';
import { absoluteUrl, withBase } from '../urls.ts';
import { site } from '../../site.ts';
import { briefExtrasHtml, noteExtrasHtml } from './content.ts';
import { xmlSafe } from './xml.ts';

export interface FeedOptions {
  /** SITE_URL (an origin). */
  siteUrl: string;
  /** Astro's base ("/" or "/qd/"). */
  base: string;
  /** Notes in the site feed; site.siteFeedNoteLimit unless a test says otherwise. */
  noteLimit?: number;
}

/** Rendered (not yet sanitised) HTML of the bodies, by slug. */
export interface FeedBodies {
  note(slug: string): Promise<string>;
  /** The brief's lede; '' when the brief has no body. */
  brief(quarterSlug: string): Promise<string>;
}

export interface FeedItem {
  title: string;
  /** Absolute permalink; also the guid (isPermaLink), so it never changes across rebuilds. */
  link: string;
  pubDate: Date;
  /** The plain-text summary. */
  description: string;
  /** Topic titles. */
  categories: string[];
  /** Full HTML for content:encoded: absolute URLs, sanitised. */
  content: string;
}

export interface Feed {
  title: string;
  description: string;
  /** Absolute URL of the page the feed belongs to. */
  link: string;
  /** Absolute URL of the feed itself (atom:link rel="self"). */
  selfUrl: string;
  language: string;
  /** The newest item's date: derived from content, never from the clock. */
  lastBuildDate: Date | null;
  image: { url: string; title: string; link: string };
  /** Site path of the XSL stylesheet, with the base. */
  stylesheet: string;
  items: FeedItem[];
}

/** Feed titles, shared with the pages' <link rel="alternate"> so a reader sees one name. */
export const feedTitles = {
  site: () => `${site.name}: all notes and briefs`,
  briefs: () => `${site.name}: briefs only`,
  topic: (topic: Pick<CatalogTopic, 'title'>) => `${site.name}: ${topic.title}`,
  entity: (entity: Pick<CatalogEntity, 'name'>) => `${site.name}: ${entity.name}`,
};

/** Where the feed stylesheet lives (site path, without base). */
export const FEED_STYLESHEET_PATH = 'rss.xsl';

export type FeedEntry = { kind: 'note'; note: CatalogNote } | { kind: 'brief'; quarter: CatalogQuarter };

function entryDate(entry: FeedEntry): Date {
  return entry.kind === 'note' ? entry.note.date : entry.quarter.brief!.published;
}

function entryKey(entry: FeedEntry): string {
  return entry.kind === 'note' ? `note:${entry.note.slug}` : `brief:${entry.quarter.slug}`;
}

/**
 * Newest first. On one day a brief comes before notes; two notes of one day keep the
 * catalog's order (title, then slug), as on the pages; sort() is stable, so the order
 * never depends on anything but the content.
 */
export function compareEntries(a: FeedEntry, b: FeedEntry): number {
  const byDate = entryDate(b).getTime() - entryDate(a).getTime();
  if (byDate !== 0) return byDate;
  if (a.kind !== b.kind) return a.kind === 'brief' ? -1 : 1;
  if (a.kind === 'brief' && b.kind === 'brief') return a.quarter.slug < b.quarter.slug ? 1 : a.quarter.slug > b.quarter.slug ? -1 : 0;
  return 0;
}

/** The site feed: the latest `limit` notes plus every published brief, newest first. */
export function siteFeedEntries(catalog: Catalog, limit: number = site.siteFeedNoteLimit): FeedEntry[] {
  // catalog.notes is newest first already (date, title, slug).
  const notes = noteEntries(catalog.notes).slice(0, Math.max(0, limit));
  return [...notes, ...briefEntries(catalog)].sort(compareEntries);
}

/** Published briefs only (a quarter without a brief file is left out), newest first. */
export function briefEntries(catalog: Catalog): FeedEntry[] {
  return catalog.quarters
    .filter((quarter) => quarter.brief !== null)
    .map((quarter): FeedEntry => ({ kind: 'brief', quarter }))
    .sort(compareEntries);
}

function noteEntries(notes: readonly CatalogNote[]): FeedEntry[] {
  return notes.map((note): FeedEntry => ({ kind: 'note', note })).sort(compareEntries);
}

/** The newest pubDate of the items, or null for an empty feed. */
export function lastBuildDate(items: readonly Pick<FeedItem, 'pubDate'>[]): Date | null {
  let newest: Date | null = null;
  for (const item of items) if (!newest || item.pubDate > newest) newest = item.pubDate;
  return newest;
}

export interface Feeds {
  site(): Promise<Feed>;
  briefs(): Promise<Feed>;
  /** undefined for an unknown slug. */
  topic(slug: string): Promise<Feed | undefined>;
  entity(slug: string): Promise<Feed | undefined>;
  /** One item, memoised: a note appears in several feeds but is rendered once. */
  item(entry: FeedEntry): Promise<FeedItem>;
}

export function createFeeds(catalog: Catalog, options: FeedOptions, bodies: FeedBodies): Feeds {
  const { siteUrl, base } = options;
  const url = (pathname: string) => absoluteUrl(siteUrl, base, pathname);
  const noteUrl = (note: CatalogNote) => url(paths.note(note.slug));
  const topicTitles = (slugs: readonly string[]) =>
    slugs.map((slug) => catalog.topic(slug)?.title).filter((title): title is string => Boolean(title));
  const cache = new Map<string, Promise<FeedItem>>();

  async function noteItem(note: CatalogNote): Promise<FeedItem> {
    const link = noteUrl(note);
    const body = await bodies.note(note.slug);
    return {
      title: xmlSafe(note.title),
      link,
      pubDate: note.date,
      description: xmlSafe(note.summary),
      categories: topicTitles(note.topics).map(xmlSafe),
      content: sanitizeFeedHtml(`${body}\n${noteExtrasHtml(note)}`, { siteUrl, base, pageUrl: link }),
    };
  }

  async function briefItem(quarter: CatalogQuarter): Promise<FeedItem> {
    const brief = quarter.brief!;
    const link = url(paths.brief(quarter.slug));
    const lede = await bodies.brief(quarter.slug);
    return {
      title: xmlSafe(`${quarter.label}: ${brief.title}`),
      link,
      pubDate: brief.published,
      description: xmlSafe(brief.summary),
      categories: quarter.byTopic.map((group) => xmlSafe(group.topic.title)),
      content: sanitizeFeedHtml(`${lede}\n${briefExtrasHtml(quarter, noteUrl)}`, { siteUrl, base, pageUrl: link }),
    };
  }

  function item(entry: FeedEntry): Promise<FeedItem> {
    const key = entryKey(entry);
    let cached = cache.get(key);
    if (!cached) {
      cached = entry.kind === 'note' ? noteItem(entry.note) : briefItem(entry.quarter);
      cache.set(key, cached);
    }
    return cached;
  }

  async function feed(channel: { title: string; description: string; pagePath: string; feedPath: string }, entries: FeedEntry[]): Promise<Feed> {
    const items = await Promise.all(entries.map(item));
    return {
      title: xmlSafe(channel.title),
      description: xmlSafe(channel.description),
      link: url(channel.pagePath),
      selfUrl: url(channel.feedPath),
      language: site.language,
      lastBuildDate: lastBuildDate(items),
      // RSS 2.0: the image's title and link are in practice the channel's own.
      image: { url: url(paths.siteCard()), title: xmlSafe(channel.title), link: url(channel.pagePath) },
      stylesheet: withBase(base, FEED_STYLESHEET_PATH),
      items,
    };
  }

  return {
    item,
    site: () =>
      feed(
        { title: feedTitles.site(), description: site.tagline, pagePath: paths.home(), feedPath: paths.siteFeed() },
        siteFeedEntries(catalog, options.noteLimit ?? site.siteFeedNoteLimit),
      ),
    briefs: () =>
      feed(
        {
          title: feedTitles.briefs(),
          description: `The editor's quarterly briefs from ${site.name}, one per quarter, as each is published.`,
          pagePath: paths.briefs(),
          feedPath: paths.briefsFeed(),
        },
        briefEntries(catalog),
      ),
    topic: async (slug) => {
      const topic = catalog.topic(slug);
      if (!topic) return undefined;
      return feed(
        { title: feedTitles.topic(topic), description: topic.description, pagePath: paths.topic(slug), feedPath: paths.topicFeed(slug) },
        noteEntries(topic.notes),
      );
    },
    entity: async (slug) => {
      const entity = catalog.entity(slug);
      if (!entity) return undefined;
      return feed(
        {
          title: feedTitles.entity(entity),
          description: `Notes from ${site.name} that mention ${entity.name}.`,
          pagePath: paths.entity(slug),
          feedPath: paths.entityFeed(slug),
        },
        noteEntries(entity.notes),
      );
    },
  };
}
