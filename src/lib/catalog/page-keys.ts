/**
 * Cache keys for Astro's incremental build (`cacheKey` in getStaticPaths): a page is copied
 * from the previous build when its key is unchanged, so a key must change whenever anything
 * the page shows changes. Each key is made of fingerprints (digests) of the files behind
 * the page:
 *
 * - what every page may show: the titles of topics, quarters and entities (tags, navigation);
 * - a note page: the note, its neighbours and its related notes (titles, dates, summaries);
 * - a quarter's brief, email and figure files: the brief and every note of the quarter;
 * - a topic's or an entity's page and feed: its own file and every note it lists;
 * - the site feed and the briefs feed: every note they carry, and each brief's quarter as its
 *   email has it (a brief's item lists the quarter's notes).
 *
 * A note's digest covers its whole file, so a key never misses a field the page shows; a
 * change the page does not show costs a re-render, never a stale page. Code and settings
 * are Astro's to track: it re-renders everything when the config (which carries the site's
 * settings) or a page's code changes.
 */
import { digestOf } from '../digest.ts';
import type { Catalog, CatalogEntity, CatalogNote, CatalogQuarter, CatalogTopic } from './types.ts';

export interface PageKeys {
  note(note: CatalogNote): string;
  quarter(quarter: CatalogQuarter): string;
  topic(topic: CatalogTopic): string;
  entity(entity: CatalogEntity): string;
  /** A feed of these entries (the site feed, the briefs feed: src/lib/feeds/feeds.ts). */
  feed(entries: readonly FeedEntryOf[]): string;
}

/** A feed's entry, as src/lib/feeds/feeds.ts makes it. */
type FeedEntryOf = { kind: 'note'; note: CatalogNote } | { kind: 'brief'; quarter: CatalogQuarter };

const digests = (notes: readonly CatalogNote[]) => notes.map((note) => note.digest);

export function pageKeys(catalog: Catalog): PageKeys {
  const shared = digestOf([
    catalog.topics.map((topic) => [topic.slug, topic.title]),
    catalog.entities.map((entity) => [entity.slug, entity.name]),
    catalog.quarters.map((quarter) => [quarter.slug, quarter.title, quarter.brief !== null]),
  ]);
  const quarterKey = (quarter: CatalogQuarter) => digestOf([shared, quarter.digest, digests(quarter.notes)]);
  return {
    note(note) {
      const { previous, next } = catalog.neighbours(note.slug);
      return digestOf([shared, note.digest, previous?.digest, next?.digest, digests(catalog.related(note.slug))]);
    },
    quarter: quarterKey,
    topic: (topic) => digestOf([shared, topic.digest, digests(topic.notes)]),
    entity: (entity) => digestOf([shared, entity.digest, digests(entity.notes)]),
    feed: (entries) => digestOf([shared, entries.map((entry) => (entry.kind === 'note' ? entry.note.digest : quarterKey(entry.quarter)))]),
  };
}
