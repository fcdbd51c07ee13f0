/** /topics/<slug>/rss.xml: one topic's notes, newest first (every topic page links one). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog, getPageKeys } from '../../../data/catalog.ts';
import { getFeeds } from '../../../data/feeds.ts';
import { rssResponse } from '../../../lib/feeds/rss.ts';

export const getStaticPaths = (async () => {
  const [catalog, keys] = await Promise.all([getCatalog(), getPageKeys()]);
  return catalog.topics.map((topic) => ({ params: { slug: topic.slug }, cacheKey: keys.topicFeed(topic) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const feed = await (await getFeeds()).topic(params.slug!);
  if (!feed) throw new Error(`[feeds] unknown topic "${params.slug}"`);
  return rssResponse(feed);
};
