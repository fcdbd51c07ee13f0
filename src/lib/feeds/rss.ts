/**
 * A Feed as @astrojs/rss options. The package writes title, description, link and the
 * items (guid = the absolute link, isPermaLink="true"; pubDate as RFC 822 via toUTCString;
 * content:encoded escaped as text). The channel elements it has no option for (language,
 * lastBuildDate, atom:link rel="self", image) go in `customData`, escaped here.
 */
import rss, { getRssString, type RSSOptions } from '@astrojs/rss';
import type { Feed } from './feeds.ts';
import { escapeXml } from './xml.ts';

export const ATOM_NS = 'http://www.w3.org/2005/Atom';

function element(name: string, text: string): string {
  return `<${name}>${escapeXml(text)}</${name}>`;
}

export function rssOptions(feed: Feed): RSSOptions {
  const channel = [
    element('language', feed.language),
    feed.lastBuildDate ? element('lastBuildDate', feed.lastBuildDate.toUTCString()) : '',
    `<atom:link href="${escapeXml(feed.selfUrl)}" rel="self" type="application/rss+xml"/>`,
    `<image>${element('url', feed.image.url)}${element('title', feed.image.title)}${element('link', feed.image.link)}</image>`,
  ].join('');
  return {
    title: feed.title,
    description: feed.description,
    site: feed.link,
    xmlns: { atom: ATOM_NS },
    customData: channel,
    items: feed.items.map((item) => ({
      title: item.title,
      link: item.link,
      pubDate: item.pubDate,
      description: item.description,
      categories: item.categories,
      content: item.content,
    })),
  };
}

/** The Response an endpoint returns. */
export function rssResponse(feed: Feed): Promise<Response> {
  return rss(rssOptions(feed));
}

/** The feed's XML, for tests. */
export function rssString(feed: Feed): Promise<string> {
  return getRssString(rssOptions(feed));
}
