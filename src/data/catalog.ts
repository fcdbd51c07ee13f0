/**
 * The bridge from Astro's content layer to the pure catalog: read each collection once,
 * build the catalog once per build (memoised), hand it to every route.
 */
import { getCollection } from 'astro:content';
import { buildCatalog, pageKeys, type Catalog, type PageKeys } from '../lib/catalog/index.ts';

let catalog: Promise<Catalog> | undefined;

export function getCatalog(): Promise<Catalog> {
  catalog ??= (async () => {
    const [notes, topics, briefs, entities] = await Promise.all([
      getCollection('notes'),
      getCollection('topics'),
      getCollection('briefs'),
      getCollection('entities'),
    ]);
    return buildCatalog(
      {
        notes: notes.map((entry) => ({
          slug: entry.id,
          data: { ...entry.data, topics: entry.data.topics.map((topic) => topic.id) },
          body: entry.body ?? '',
        })),
        topics: topics.map((entry) => ({ slug: entry.id, data: entry.data, body: entry.body ?? '' })),
        briefs: briefs.map((entry) => ({ slug: entry.id, data: entry.data, body: entry.body ?? '' })),
        entities: entities.map((entry) => ({ slug: entry.id, data: entry.data, body: entry.body ?? '' })),
      },
      { includeDrafts: import.meta.env.DEV },
    );
  })();
  return catalog;
}

let keys: Promise<PageKeys> | undefined;

/** The cache keys of the build's pages (see src/lib/catalog/page-keys.ts), made once. */
export function getPageKeys(): Promise<PageKeys> {
  keys ??= getCatalog().then(pageKeys);
  return keys;
}
