/** /feeds.opml: every feed of the site, for a reader to import at once. */
import type { APIRoute } from 'astro';
import { getCatalog } from '../data/catalog.ts';
import { siteConfig } from '../data/site.ts';
import { feedDirectory, feedsOpml } from '../lib/feeds/index.ts';

export const GET: APIRoute = async () => {
  const catalog = await getCatalog();
  // Dated by the content, never the clock, so two builds give the same file.
  const newest = [catalog.notes[0]?.date, catalog.briefs[0]?.brief?.published].filter((d): d is Date => Boolean(d)).sort((a, b) => b.getTime() - a.getTime())[0] ?? null;
  return new Response(feedsOpml(feedDirectory(catalog, siteConfig), siteConfig, newest), {
    headers: { 'Content-Type': 'text/x-opml; charset=utf-8' },
  });
};
