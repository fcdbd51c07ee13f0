/**
 * The four kinds of feed (SPEC "Feeds"), as plain data: which items, in which order, with
 * what channel. No Astro imports: the routes hand in the catalog and a way to get each
 * body's rendered HTML (see src/data/feeds.ts), tests hand in stubs.
 */
import type { Catalog, CatalogEntity, CatalogNote, CatalogQuarter, CatalogTopic } from '../catalog/index.ts';
import { feedItemKey } from './item-key.ts';
import { sanitizeItem, type ItemSanitizer } from './kept-items.ts';
import { paths } from '../paths.ts';
import { absoluteUrl } from '../urls.ts';
import { briefExtrasHtml, noteExtrasHtml } from './content.ts';
import { xmlSafe } from './xml.ts';

/** The settings a feed shows (from the site's settings). */
export interface FeedSite {
  name: string;
  tagline: string;
  language: string;
  /** Notes in a topic or entity feed: its latest. */
  feedNoteLimit: number;
  /** Notes in the site feed, besides every published brief. */
  siteFeedNoteLimit: number;
}

export interface FeedOptions {
  /** SITE_URL (an origin). */
  siteUrl: string;
  /** Astro's base ("/" or "/qd/"). */
  base: string;
  site: FeedSite;
  /** How an item's HTML is sanitised: sanitizeFeedHtml by default, or with results kept across builds (kept-items.ts). */
  sanitize?: ItemSanitizer;
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
  items: FeedItem[];
}

/** Feed titles, shared with the pages' <link rel="alternate"> and the feeds page, so a reader sees one name. */
export function feedTitles(siteName: string) {
  return {
    site: () => `${siteName}: all notes and briefs`,
    briefs: () => `${siteName}: briefs only`,
    topic: (topic: Pick<CatalogTopic, 'title'>) => `${siteName}: ${topic.title}`,
    entity: (entity: Pick<CatalogEntity, 'name'>) => `${siteName}: ${entity.name}`,
  };
}

/** What each feed carries, in a sentence: the channel description and the feeds page. */
export function feedDescriptions(site: Pick<FeedSite, 'name' | 'tagline' | 'feedNoteLimit'>) {
  return {
    site: () => site.tagline,
    briefs: () => `The editor's quarterly briefs from ${site.name}, one per quarter, as each is published.`,
    topic: (topic: Pick<CatalogTopic, 'description'>) => topic.description,
    entity: (entity: Pick<CatalogEntity, 'name' | 'description'>) =>
      entity.description ? `${entity.description} Notes from ${site.name} that mention ${entity.name}.` : `Notes from ${site.name} that mention ${entity.name}.`,
  };
}

export type FeedEntry = { kind: 'note'; note: CatalogNote } | { kind: 'brief'; quarter: CatalogQuarter };

function entryDate(entry: FeedEntry): Date {
  return entry.kind === 'note' ? entry.note.date : entry.quarter.brief!.published;
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
export function siteFeedEntries(catalog: Catalog, limit: number): FeedEntry[] {
  // catalog.notes is newest first already (date, title, slug).
  const notes = noteEntries(catalog.notes, limit);
  return [...notes, ...briefEntries(catalog)].sort(compareEntries);
}

/** Published briefs only (a quarter without a brief file is left out), newest first. */
export function briefEntries(catalog: Catalog): FeedEntry[] {
  return catalog.quarters
    .filter((quarter) => quarter.brief !== null)
    .map((quarter): FeedEntry => ({ kind: 'brief', quarter }))
    .sort(compareEntries);
}

/** The latest `limit` notes, newest first. */
function noteEntries(notes: readonly CatalogNote[], limit: number): FeedEntry[] {
  return notes
    .map((note): FeedEntry => ({ kind: 'note', note }))
    .sort(compareEntries)
    .slice(0, Math.max(0, limit));
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
  const { siteUrl, base, site, sanitize = sanitizeItem } = options;
  const titles = feedTitles(site.name);
  const descriptions = feedDescriptions(site);
  const url = (pathname: string) => absoluteUrl(siteUrl, base, pathname);
  const noteUrl = (note: { slug: string }) => url(paths.note(note.slug));
  const topicTitles = (slugs: readonly string[]) =>
    slugs.map((slug) => catalog.topic(slug)?.title).filter((title): title is string => Boolean(title));
  const cache = new Map<string, Promise<FeedItem>>();

  async function noteItem(note: CatalogNote, key: string): Promise<FeedItem> {
    const link = noteUrl(note);
    const body = await bodies.note(note.slug);
    return {
      title: xmlSafe(note.title),
      link,
      pubDate: note.date,
      description: xmlSafe(note.summary),
      categories: topicTitles(note.topics).map(xmlSafe),
      content: sanitize(key, `${body}\n${noteExtrasHtml(note)}`, { siteUrl, base, pageUrl: link }),
    };
  }

  async function briefItem(quarter: CatalogQuarter, key: string): Promise<FeedItem> {
    const brief = quarter.brief!;
    const link = url(paths.brief(quarter.slug));
    const lede = await bodies.brief(quarter.slug);
    return {
      title: xmlSafe(`${quarter.label}: ${brief.title}`),
      link,
      pubDate: brief.published,
      description: xmlSafe(brief.summary),
      categories: quarter.byTopic.map((group) => xmlSafe(group.topic.title)),
      content: sanitize(key, `${lede}\n${briefExtrasHtml(quarter, noteUrl)}`, { siteUrl, base, pageUrl: link }),
    };
  }

  function item(entry: FeedEntry): Promise<FeedItem> {
    const key = feedItemKey(entry);
    let cached = cache.get(key);
    if (!cached) {
      cached = entry.kind === 'note' ? noteItem(entry.note, key) : briefItem(entry.quarter, key);
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
      items,
    };
  }

  return {
    item,
    site: () =>
      feed(
        { title: titles.site(), description: descriptions.site(), pagePath: paths.home(), feedPath: paths.siteFeed() },
        siteFeedEntries(catalog, site.siteFeedNoteLimit),
      ),
    briefs: () =>
      feed(
        { title: titles.briefs(), description: descriptions.briefs(), pagePath: paths.briefs(), feedPath: paths.briefsFeed() },
        briefEntries(catalog),
      ),
    topic: async (slug) => {
      const topic = catalog.topic(slug);
      if (!topic) return undefined;
      return feed(
        { title: titles.topic(topic), description: descriptions.topic(topic), pagePath: paths.topic(slug), feedPath: paths.topicFeed(slug) },
        noteEntries(topic.notes, site.feedNoteLimit),
      );
    },
    entity: async (slug) => {
      const entity = catalog.entity(slug);
      if (!entity) return undefined;
      return feed(
        { title: titles.entity(entity), description: descriptions.entity(entity), pagePath: paths.entity(entity.slug), feedPath: paths.entityFeed(entity.slug) },
        noteEntries(entity.notes, site.feedNoteLimit),
      );
    },
  };
}
