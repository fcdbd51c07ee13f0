import { describe, expect, it } from 'vitest';
import { buildCatalog, pageKeys, type CatalogInput } from '../../src/lib/catalog/index.ts';
import { briefEntries, siteFeedEntries } from '../../src/lib/feeds/feeds.ts';
import { day, noteInput as note } from '../helpers/content.ts';

const topics = [{ slug: 'ai-capex', data: { title: 'AI capex', description: 'Spending.', keywords: [] } }];
const briefs = [{ slug: '2025-q1', data: { quarter: '2025-Q1', title: 'Q1 brief', summary: 'S', published: day('2025-04-02'), draft: false } }];
const notes = [note('q4-old', '2024-11-05'), note('q1-a', '2025-01-20'), note('q1-b', '2025-02-10'), note('q3-new', '2025-08-01')];

/** The keys of the two site-wide feeds for this content; the site feed carries the latest two notes. */
function feedKeys(input: Partial<CatalogInput> = {}) {
  const catalog = buildCatalog({ notes, topics, briefs, ...input });
  const keys = pageKeys(catalog);
  return { site: keys.feed(siteFeedEntries(catalog, 2)), briefs: keys.feed(briefEntries(catalog)) };
}

const retitled = (slug: string) => notes.map((n) => (n.slug === slug ? { ...n, data: { ...n.data, title: 'A new title' } } : n));

describe('the cache keys of the site feed and the briefs feed', () => {
  const before = feedKeys();

  it('stay the same for the same content', () => {
    expect(feedKeys()).toEqual(before);
  });

  it('change with a note the feed carries, and only the feeds that carry it', () => {
    // The newest note: in the site feed, in no published brief's quarter.
    expect(feedKeys({ notes: retitled('q3-new') })).toEqual({ site: expect.not.stringMatching(before.site), briefs: before.briefs });
    // A note of the briefed quarter: the brief's item lists it.
    const q1 = feedKeys({ notes: retitled('q1-a') });
    expect(q1.site).not.toBe(before.site);
    expect(q1.briefs).not.toBe(before.briefs);
  });

  it('stay the same when a note neither feed carries changes', () => {
    expect(feedKeys({ notes: retitled('q4-old') })).toEqual(before);
  });

  it('change with the brief, and with a topic title the items name', () => {
    const rewritten = [{ ...briefs[0]!, body: 'A new lede.' }];
    expect(feedKeys({ briefs: rewritten }).briefs).not.toBe(before.briefs);
    const renamed = [{ ...topics[0]!, data: { ...topics[0]!.data, title: 'Capex' } }];
    expect(feedKeys({ topics: renamed })).not.toEqual(before);
  });
});

describe('the cache keys of what shows a note whose body changed', () => {
  // q1-a and q1-b are neighbours, share a topic, an entity and a quarter.
  const named = notes.map((n) => (n.slug.startsWith('q1-') ? { ...n, data: { ...n.data, entities: ['FixCo'] } } : n));
  const withBody = (body: string) => named.map((n) => (n.slug === 'q1-a' ? { ...n, body } : n));

  function keysOf(input: Partial<CatalogInput> = {}) {
    const catalog = buildCatalog({ notes: named, topics, briefs, ...input });
    const keys = pageKeys(catalog);
    const [topic, entity, quarter] = [catalog.topic('ai-capex')!, catalog.entity('fixco')!, catalog.quarter('2025-q1')!];
    return {
      note: keys.note(catalog.note('q1-a')!),
      neighbour: keys.note(catalog.note('q1-b')!),
      topicPage: keys.topic(topic),
      entityPage: keys.entity(entity),
      quarter: keys.quarter(quarter),
      topicFeed: keys.topicFeed(topic),
      entityFeed: keys.entityFeed(entity),
      siteFeed: keys.feed(siteFeedEntries(catalog, 10)),
      briefsFeed: keys.feed(briefEntries(catalog)),
    };
  }
  const before = keysOf({ notes: withBody('A short body.') });

  it('change on its own page and in the feeds that carry it whole, not on the pages that list it', () => {
    const after = keysOf({ notes: withBody('A short body, edited.') });
    const changed = Object.keys(before).filter((page) => before[page as keyof typeof before] !== after[page as keyof typeof after]);
    expect(changed.sort()).toEqual(['entityFeed', 'note', 'siteFeed', 'topicFeed']);
  });

  it('change everywhere when its reading time changes, or a field every list shows', () => {
    const long = keysOf({ notes: withBody('word '.repeat(2000)) });
    const retitledKeys = keysOf({ notes: withBody('A short body.').map((n) => (n.slug === 'q1-a' ? { ...n, data: { ...n.data, title: 'A new title' } } : n)) });
    for (const after of [long, retitledKeys]) {
      for (const page of Object.keys(before) as (keyof typeof before)[]) expect(after[page], page).not.toBe(before[page]);
    }
  });
});
