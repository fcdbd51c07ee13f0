/**
 * /rss.xml: the latest notes (site.siteFeedNoteLimit) and every published brief, newest first.
 * A route with one path rather than a static one, so that it has a cache key: an incremental
 * build reuses the feed while no note or brief in it changed.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog, getPageKeys } from '../data/catalog.ts';
import { getFeeds } from '../data/feeds.ts';
import { siteConfig } from '../data/site.ts';
import { siteFeedEntries } from '../lib/feeds/feeds.ts';
import { rssResponse } from '../lib/feeds/rss.ts';

export const getStaticPaths = (async () => {
  const [catalog, keys] = await Promise.all([getCatalog(), getPageKeys()]);
  return [{ params: { feed: 'rss' }, cacheKey: keys.feed(siteFeedEntries(catalog, siteConfig.siteFeedNoteLimit)) }];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async () => rssResponse(await (await getFeeds()).site());
