/**
 * RSS feeds (SPEC "Feeds"): which items, what they say, how they are written. Pure: the
 * Astro side (rendering bodies, routes) lives in ./astro/ and src/pages/**\/rss.xml.ts.
 */
export * from './feeds.ts';
export { noteExtrasHtml, briefExtrasHtml } from './content.ts';
export { rssOptions, rssResponse, rssString, ATOM_NS } from './rss.ts';
export { escapeXml, xmlSafe } from './xml.ts';
export { feedDirectory, feedsOpml, feedGroupTitles, type FeedGroup, type FeedListing } from './directory.ts';
