/**
 * Cache keys for Astro's incremental build (`cacheKey` in getStaticPaths): a page is copied
 * from the previous build when its key is unchanged, so a key must change whenever anything
 * the page shows changes. Each key is made of fingerprints (digests) of the files behind
 * the page:
 *
 * - what every page may show: the titles of topics, quarters and entities (tags, navigation);
 * - a note page: the note, its neighbours and its related notes;
 * - a quarter's brief, email and figure files: the brief and every note of the quarter;
 * - a topic's or an entity's page and feed: its own file and every note it lists;
 * - the site feed and the briefs feed: every note they carry, and each brief's quarter as its
 *   email has it (a brief's item lists the quarter's notes).
 *
 * A note's body shows only on its own page and in its feed items (the site feed, its topics'
 * and entities' feeds): those take the digest of its whole file. Everywhere else a note shows
 * what the catalog holds of it (CatalogNote, where the body is only a reading time), and the
 * key takes the digest of that (`listedDigest`): an edit to a body leaves the pages that list
 * the note as they were. Either digest covers more than a page shows, so a change the page does
 * not show costs a re-render, never a stale page. Code and settings are Astro's to track: it
 * re-renders everything when the config (which carries the site's settings) or a page's code
 * changes.
 */
import { digestOf } from '../digest.ts';
import type { Catalog, CatalogEntity, CatalogNote, CatalogQuarter, CatalogTopic } from './types.ts';

export interface PageKeys {
  note(note: CatalogNote): string;
  quarter(quarter: CatalogQuarter): string;
  topic(topic: CatalogTopic): string;
  topicFeed(topic: CatalogTopic): string;
  entity(entity: CatalogEntity): string;
  entityFeed(entity: CatalogEntity): string;
  /** A feed of these entries (the site feed, the briefs feed: src/lib/feeds/feeds.ts). */
  feed(entries: readonly FeedEntryOf[]): string;
}

/** A feed's entry, as src/lib/feeds/feeds.ts makes it. */
type FeedEntryOf = { kind: 'note'; note: CatalogNote } | { kind: 'brief'; quarter: CatalogQuarter };

/** The notes as pages list them. */
const listed = (notes: readonly CatalogNote[]) => notes.map((note) => note.listedDigest);
/** The notes whole, body included, as feeds carry them. */
const whole = (notes: readonly CatalogNote[]) => notes.map((note) => note.digest);

export function pageKeys(catalog: Catalog): PageKeys {
  const shared = digestOf([
    catalog.topics.map((topic) => [topic.slug, topic.title]),
    catalog.entities.map((entity) => [entity.slug, entity.name]),
    catalog.quarters.map((quarter) => [quarter.slug, quarter.title, quarter.brief !== null]),
  ]);
  const quarterKey = (quarter: CatalogQuarter) => digestOf([shared, quarter.digest, listed(quarter.notes)]);
  return {
    note(note) {
      const { previous, next } = catalog.neighbours(note.slug);
      return digestOf([shared, note.digest, previous?.listedDigest, next?.listedDigest, listed(catalog.related(note.slug))]);
    },
    quarter: quarterKey,
    topic: (topic) => digestOf([shared, topic.digest, listed(topic.notes)]),
    topicFeed: (topic) => digestOf([shared, topic.digest, whole(topic.notes)]),
    entity: (entity) => digestOf([shared, entity.digest, listed(entity.notes)]),
    entityFeed: (entity) => digestOf([shared, entity.digest, whole(entity.notes)]),
    feed: (entries) => digestOf([shared, entries.map((entry) => (entry.kind === 'note' ? entry.note.digest : quarterKey(entry.quarter)))]),
  };
}
