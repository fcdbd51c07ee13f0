/** /briefs/rss.xml: published briefs only, newest first. */
import type { APIRoute } from 'astro';
import { getFeeds } from '../../data/feeds.ts';
import { rssResponse } from '../../lib/feeds/rss.ts';

export const GET: APIRoute = async () => rssResponse(await (await getFeeds()).briefs());
