/**
 * Every site path in one place (without Astro's base; see withBase in urls.ts).
 * Routes, links, feeds, cards and the sitemap all agree because they all ask here.
 */
export type CardKind = 'brief' | 'note' | 'topic' | 'entity';

// Entity slugs may hold non-Latin letters; hrefs carry them percent-encoded.
const segment = (slug: string) => encodeURIComponent(slug);

export const paths = {
  home: () => '',
  briefs: () => 'briefs/',
  brief: (quarterSlug: string) => `briefs/${segment(quarterSlug)}/`,
  /** Every figure of the quarter, by entity (only for a quarter that has figures). */
  briefFigures: (quarterSlug: string) => `briefs/${segment(quarterSlug)}/figures/`,
  briefFiguresCsv: (quarterSlug: string) => `briefs/${segment(quarterSlug)}/figures.csv`,
  briefFiguresJson: (quarterSlug: string) => `briefs/${segment(quarterSlug)}/figures.json`,
  briefEmailHtml: (quarterSlug: string) => `briefs/${segment(quarterSlug)}/email.html`,
  briefEmailText: (quarterSlug: string) => `briefs/${segment(quarterSlug)}/email.txt`,
  feeds: () => 'feeds/',
  opml: () => 'feeds.opml',
  note: (slug: string) => `notes/${segment(slug)}/`,
  topics: () => 'topics/',
  topic: (slug: string) => `topics/${segment(slug)}/`,
  entities: () => 'entities/',
  entity: (slug: string) => `entities/${segment(slug)}/`,
  search: () => 'search/',
  siteFeed: () => 'rss.xml',
  briefsFeed: () => 'briefs/rss.xml',
  topicFeed: (slug: string) => `topics/${segment(slug)}/rss.xml`,
  entityFeed: (slug: string) => `entities/${segment(slug)}/rss.xml`,
  card: (kind: CardKind, slug: string) => `og/${kind}/${segment(slug)}.png`,
  siteCard: () => 'og/site.png',
} as const;

const EMAIL_EDITION = /(?:^|\/)briefs\/[^/]+\/email\.html$/;

/**
 * Whether an HTML file of the build (a path relative to the output folder) is a web page.
 * The email editions are HTML too, but written for mail clients: no site frame, no social
 * tags, the table layout mail clients need. Checks of pages skip them; the email checks
 * take them.
 */
export function isWebPage(file: string): boolean {
  const rel = file.split('\\').join('/');
  return rel.endsWith('.html') && !EMAIL_EDITION.test(rel);
}
