/**
 * Every feed of the site, with its title and what it carries: the feeds page (/feeds/) and
 * the OPML file (/feeds.opml) list the same entries, so a reader who imports the OPML gets
 * exactly what the page shows.
 */
import { generateOpml } from 'feedsmith';
import type { Catalog } from '../catalog/index.ts';
import { paths } from '../paths.ts';
import { count } from '../text.ts';
import { absoluteUrl } from '../urls.ts';
import { feedDescriptions, feedTitles, type FeedSite } from './feeds.ts';

export type FeedGroup = 'site' | 'topics' | 'entities';

export interface FeedListing {
  group: FeedGroup;
  /** A stable id for an anchor on the feeds page: `feed-topic-ai-capex`. */
  id: string;
  title: string;
  /** What it carries, in a sentence. */
  carries: string;
  /** Site paths (without base) of the feed and of the page it belongs to. */
  feedPath: string;
  pagePath: string;
}

export function feedDirectory(catalog: Catalog, site: FeedSite): FeedListing[] {
  const titles = feedTitles(site.name);
  const about = feedDescriptions(site);
  const latest = (n: number) => (n > site.feedNoteLimit ? `its latest ${site.feedNoteLimit} of ${count(n, 'note')}` : count(n, 'note'));
  return [
    {
      group: 'site',
      id: 'feed-site',
      title: titles.site(),
      carries: `Every published brief and the latest ${count(site.siteFeedNoteLimit, 'note')}, newest first.`,
      feedPath: paths.siteFeed(),
      pagePath: paths.home(),
    },
    {
      group: 'site',
      id: 'feed-briefs',
      title: titles.briefs(),
      carries: about.briefs(),
      feedPath: paths.briefsFeed(),
      pagePath: paths.briefs(),
    },
    ...catalog.topics.map(
      (topic): FeedListing => ({
        group: 'topics',
        id: `feed-topic-${topic.slug}`,
        title: titles.topic(topic),
        carries: `${topic.description} Notes on ${topic.title}: ${latest(topic.notes.length)}.`,
        feedPath: paths.topicFeed(topic.slug),
        pagePath: paths.topic(topic.slug),
      }),
    ),
    ...catalog.entities.map(
      (entity): FeedListing => ({
        group: 'entities',
        id: `feed-entity-${entity.slug}`,
        title: titles.entity(entity),
        carries: `Notes that mention ${entity.name}: ${latest(entity.notes.length)}.`,
        feedPath: paths.entityFeed(entity.slug),
        pagePath: paths.entity(entity.slug),
      }),
    ),
  ];
}

const GROUP_TITLES: Record<FeedGroup, string> = { site: 'The whole site', topics: 'Topics', entities: 'Entities' };

/** OPML 2.0, one outline per group, one entry per feed (feedsmith writes and escapes the XML). */
export function feedsOpml(listings: readonly FeedListing[], site: { name: string; url: string; base: string }, modified: Date | null): string {
  const url = (pathname: string) => absoluteUrl(site.url, site.base, pathname);
  const groups = (Object.keys(GROUP_TITLES) as FeedGroup[]).filter((group) => listings.some((l) => l.group === group));
  return generateOpml({
    head: { title: `${site.name}: every feed`, ...(modified ? { dateModified: modified } : {}) },
    body: {
      outlines: groups.map((group) => ({
        text: GROUP_TITLES[group],
        title: GROUP_TITLES[group],
        outlines: listings
          .filter((listing) => listing.group === group)
          .map((listing) => ({
            text: listing.title,
            title: listing.title,
            type: 'rss',
            xmlUrl: url(listing.feedPath),
            htmlUrl: url(listing.pagePath),
            description: listing.carries,
          })),
      })),
    },
  });
}

export { GROUP_TITLES as feedGroupTitles };
