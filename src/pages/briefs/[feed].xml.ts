/**
 * /briefs/rss.xml: published briefs only, newest first. A route with one path rather than a
 * static one, so that it has a cache key (see ../[feed].xml.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog, getPageKeys } from '../../data/catalog.ts';
import { getFeeds } from '../../data/feeds.ts';
import { briefEntries } from '../../lib/feeds/feeds.ts';
import { rssResponse } from '../../lib/feeds/rss.ts';

export const getStaticPaths = (async () => {
  const [catalog, keys] = await Promise.all([getCatalog(), getPageKeys()]);
  return [{ params: { feed: 'rss' }, cacheKey: keys.feed(briefEntries(catalog)) }];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async () => rssResponse(await (await getFeeds()).briefs());
