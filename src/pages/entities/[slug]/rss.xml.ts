/** /entities/<slug>/rss.xml: the notes that name one entity, newest first. Slugs may be non-Latin. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog, getPageKeys } from '../../../data/catalog.ts';
import { getFeeds } from '../../../data/feeds.ts';
import { rssResponse } from '../../../lib/feeds/rss.ts';

export const getStaticPaths = (async () => {
  const [catalog, keys] = await Promise.all([getCatalog(), getPageKeys()]);
  return catalog.entities.map((entity) => ({ params: { slug: entity.slug }, cacheKey: keys.entityFeed(entity) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const feed = await (await getFeeds()).entity(params.slug!);
  if (!feed) throw new Error(`[feeds] unknown entity "${params.slug}"`);
  return rssResponse(feed);
};
