/** /rss.xsl: the stylesheet that makes a feed readable in a browser (see src/lib/feeds/stylesheet.ts). */
import type { APIRoute } from 'astro';
import { feedStylesheet } from '../lib/feeds/stylesheet.ts';

export const GET: APIRoute = () =>
  new Response(feedStylesheet(import.meta.env.BASE_URL), { headers: { 'Content-Type': 'application/xslt+xml; charset=utf-8' } });
