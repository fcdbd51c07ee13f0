/**
 * The email edition of a published brief, as data: everything the HTML and the plain-text
 * renderings show, worked out once from the catalog so that the two never disagree.
 */
import type { Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { featuredQuotes, type CatalogNote, type CatalogQuarter } from '../catalog/index.ts';
import { formatDate } from '../dates.ts';
import { formatFigure } from '../figures.ts';
import { sanitizeFeedHtml } from '../feeds/html.ts';
import { paths } from '../paths.ts';
import { quarterSpan } from '../quarters.ts';
import { absoluteUrl } from '../urls.ts';

/** The site settings an email shows (from the site's settings: routes and scripts pass them in). */
export interface EmailSettings {
  name: string;
  /** SITE_URL, an origin. */
  url: string;
  /** Astro's base ("/" or "/qd/"). */
  base: string;
  /** Signs the message (From:); see fromAddress in message.ts. */
  author?: string;
  colors: { accent: string; ink: string; paper: string };
  /** BCP 47. */
  language: string;
}

export interface EmailLink {
  text: string;
  /** Absolute. */
  href: string;
}

export interface EmailNumber {
  id: string;
  /** formatFigure: `$60–65 bn`. */
  value: string;
  label: string;
  entity: string | null;
  period: string | null;
  /** Every note of the quarter that reports it. */
  notes: EmailLink[];
}

export interface EmailNote {
  link: EmailLink;
  summary: string;
  date: string;
  publisher: string;
}

export interface EmailTopic {
  link: EmailLink;
  notes: EmailNote[];
}

export interface EmailQuote {
  text: string;
  by: string;
  role: string | null;
  note: EmailLink;
}

export interface EmailSource {
  number: number;
  title: string;
  publisher: string;
  author: string | null;
  published: string | null;
  /** The article, when the note names its URL. */
  href: string | null;
  note: EmailLink;
}

export interface EmailModel {
  language: string;
  colors: EmailSettings['colors'];
  siteName: string;
  author: string | null;
  /** The brief's title: the message's Subject and the email's heading. */
  title: string;
  /** `2025-Q1` */
  label: string;
  /** `2025-q1`: names the .eml file. */
  slug: string;
  /** `January–March 2025` */
  span: string;
  published: Date;
  /** `3 April 2025` */
  publishedText: string;
  /** The brief's summary: the hidden preheader, and the first line of the text part. */
  summary: string;
  /** The brief's page on the site. */
  briefUrl: string;
  /** The editor's lede: absolute URLs, sanitised, as a tree both renderings walk. */
  lede: Root;
  numbers: EmailNumber[];
  topics: EmailTopic[];
  quotes: EmailQuote[];
  sources: EmailSource[];
  home: EmailLink;
  /** Where a reader subscribes. */
  subscribe: EmailLink;
}

/** The lede's rendered HTML (from renderBody or markdownToHtml, not yet sanitised) as a sanitised tree. */
function ledeTree(html: string, settings: EmailSettings, pageUrl: string): Root {
  const safe = sanitizeFeedHtml(html, { siteUrl: settings.url, base: settings.base, pageUrl });
  return unified().use(rehypeParse, { fragment: true }).parse(safe);
}

/** The email of a quarter whose brief is published; throws for any other quarter. */
export function emailModel(quarter: CatalogQuarter, settings: EmailSettings, ledeHtml: string): EmailModel {
  const brief = quarter.brief;
  if (!brief) throw new Error(`${quarter.label} has no published brief, so it has no email edition`);
  const url = (pathname: string) => absoluteUrl(settings.url, settings.base, pathname);
  const noteLink = (note: CatalogNote): EmailLink => ({ text: note.title, href: url(paths.note(note.slug)) });
  const briefUrl = url(paths.brief(quarter.slug));

  return {
    language: settings.language,
    colors: settings.colors,
    siteName: settings.name,
    author: settings.author ?? null,
    title: brief.title,
    label: quarter.label,
    slug: quarter.slug,
    span: quarterSpan(quarter.quarter),
    published: brief.published,
    publishedText: formatDate(brief.published),
    summary: brief.summary,
    briefUrl,
    lede: ledeTree(ledeHtml, settings, briefUrl),
    numbers: quarter.numbers.map((row) => ({
      id: row.id,
      value: formatFigure(row.figure),
      label: row.figure.label,
      entity: row.figure.entityRef?.name ?? row.figure.entity ?? null,
      period: row.figure.period ?? null,
      notes: row.notes.map(noteLink),
    })),
    topics: quarter.byTopic.map((group) => ({
      link: { text: group.topic.title, href: url(paths.topic(group.topic.slug)) },
      notes: group.notes.map((note) => ({
        link: noteLink(note),
        summary: note.summary,
        date: formatDate(note.date),
        publisher: note.source.publisher,
      })),
    })),
    quotes: featuredQuotes(quarter.quotes).map((quote) => ({ text: quote.text, by: quote.by, role: quote.role ?? null, note: noteLink(quote.note) })),
    sources: quarter.sources.map(({ number, note }) => ({
      number,
      title: note.source.title,
      publisher: note.source.publisher,
      author: note.source.author ?? null,
      published: note.source.published ? formatDate(note.source.published) : null,
      href: note.source.url ?? null,
      note: noteLink(note),
    })),
    home: { text: settings.name, href: url(paths.home()) },
    subscribe: { text: 'RSS feed', href: url(paths.siteFeed()) },
  };
}
