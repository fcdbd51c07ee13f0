/**
 * RSS feeds: which items, what they say, how they are written, and the HTML rules they share
 * with the email edition. Pure: the Astro side (rendering bodies, routes) lives in
 * src/data/feeds.ts and the feed routes (src/pages/**\/rss.xml.ts and, for the site feed and
 * the briefs feed, src/pages/[feed].xml.ts and src/pages/briefs/[feed].xml.ts).
 */
export * from './feeds.ts';
export { feedItemKey, feedItemKeys } from './item-key.ts';
export { noteExtrasHtml, briefExtrasHtml } from './content.ts';
export { rssOptions, rssResponse, rssString, ATOM_NS } from './rss.ts';
export { escapeXml, xmlSafe } from './xml.ts';
export { absolutiseUrl, feedSanitizeSchema, renderFeedHtml, sanitizeFeedHtml, type FeedHtmlOptions } from './html.ts';
export { feedDirectory, feedsOpml, feedGroupTitles, type FeedGroup, type FeedListing } from './directory.ts';
