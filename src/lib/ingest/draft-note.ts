/**
 * An article's text to a draft note: the fields the ingest could find, a body for the
 * editor to write in, and what the editor must still check. The summary stays empty:
 * it is the editor's own words, which a draft may wait for.
 */
import type { NoteToWrite } from '../content/serialize.ts';
import { placeholder } from '../content/placeholders.ts';
import { isoDay } from '../dates.ts';
import { slugify } from '../slugs.ts';
import { findFigures, type FoundFigure } from './figures.ts';
import { findEntities } from './names.ts';
import { findQuotes, type FoundQuote } from './quotes.ts';
import { readArticle } from './read-article.ts';
import { splitSentences } from './sentences.ts';
import { suggestTopics, type TopicInfo, type TopicSuggestion } from './topics.ts';
import type { ArticleText } from './types.ts';

export interface DraftOptions {
  /** The content folder's topics; the draft names at least one of them. */
  topics: readonly TopicInfo[];
  /** The date to use when the article gives none (the report says so). */
  today: Date;
  /** The input's file name (its leading YYYY-MM-DD is a hint for the date). */
  fileName?: string;
}

export interface DraftNote {
  note: NoteToWrite & { draft: true; figures: FoundFigure[]; quotes: FoundQuote[]; entities: string[] };
  body: string;
  /** The slug from the title: a file name an editor can read. */
  slug: string;
  article: ArticleText;
  topics: TopicSuggestion[];
  /** Where the date came from: the article ("JSON-LD datePublished" …) or nowhere (today). */
  dateFrom: string | undefined;
  /** What the ingest could not find and filled in, for the editor to fix. */
  gaps: string[];
}

// Placeholders pass the schema (the draft builds) and lint:content lists them until replaced.
export const PLACEHOLDER_PUBLISHER = placeholder('the publisher');
export const PLACEHOLDER_TITLE = placeholder('the article’s title');

export function draftNote(text: string, options: DraftOptions): DraftNote {
  if (!options.topics.length) throw new Error('there are no topics to file the note under: add one to the content folder’s topics/ first');
  const article = readArticle(text, { fileName: options.fileName });
  const gaps: string[] = [];

  const title = article.title?.value ?? PLACEHOLDER_TITLE;
  if (!article.title) gaps.push('no title found: write the article’s title in `title` and `source.title`');
  const publisher = article.publisher?.value ?? PLACEHOLDER_PUBLISHER;
  if (!article.publisher) gaps.push('no publisher found: write it in `source.publisher`');

  const published = article.published ? new Date(`${article.published.value}T00:00:00Z`) : undefined;
  const date = published ?? utcDay(options.today);
  if (!published) gaps.push(`no publication date found: \`date\` is today (${isoDay(date)}); set the day the event happened`);

  const entities = findEntities(article.paragraphs, article.language);
  const figures = findFigures(article.paragraphs, {
    language: article.language,
    entities,
    year: date.getUTCFullYear(),
  });
  const quotes = findQuotes(article.paragraphs, article.language);
  const topics = suggestTopics(title, article.paragraphs, options.topics);
  if (topics[0] && topics[0].score === 0) gaps.push(`no topic matched the article: "${topics[0].slug}" is only a placeholder`);

  const note: DraftNote['note'] = {
    title,
    date,
    summary: '',
    topics: topics.map((topic) => topic.slug),
    entities,
    source: {
      title,
      publisher,
      ...(article.url ? { url: article.url.value } : {}),
      ...(published ? { published } : {}),
      ...(article.author ? { author: article.author.value } : {}),
    },
    figures,
    quotes,
    draft: true,
  };
  return {
    note,
    body: draftBody(article, figures, quotes),
    slug: slugFromTitle(title),
    article,
    topics,
    dateFrom: article.published?.from,
    gaps,
  };
}

function utcDay(date: Date): Date {
  return new Date(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()));
}

/** Slugs stay short enough to read in a URL: cut at a word boundary. */
export const SLUG_MAX_LENGTH = 60;

export function slugFromTitle(title: string, max = SLUG_MAX_LENGTH): string {
  const slug = slugify(title);
  if (slug.length <= max) return slug || 'note';
  const cut = slug.slice(0, max + 1);
  const boundary = cut.lastIndexOf('-');
  return (boundary > max / 2 ? cut.slice(0, boundary) : slug.slice(0, max)).replace(/-+$/, '');
}

/**
 * A comment the editor replaces with the note. It lists the sentences that carry the
 * figures and quotes, to check against; being a comment, none of the article's own words
 * reach a page if the editor forgets to delete it.
 */
function draftBody(article: ArticleText, figures: readonly FoundFigure[], quotes: readonly FoundQuote[]): string {
  const keySentences: string[] = [];
  const seen = new Set<string>();
  const sentences = article.paragraphs.flatMap((paragraph) => splitSentences(paragraph));
  const wanted = (sentence: string) =>
    (figures.length > 0 && /\d/.test(sentence) && /[%$€£¥₽]|\d\s?(?:x|bn|m)\b|billion|million|Milliard|Mrd|Mio|млрд|млн|трлн|Prozent|процент/iu.test(sentence)) ||
    quotes.some((quote) => sentence.includes(quote.text.slice(0, 30)));
  for (const sentence of sentences) {
    if (keySentences.length >= 10) break;
    if (!wanted(sentence) || seen.has(sentence)) continue;
    seen.add(sentence);
    keySentences.push(`- ${sentence.replace(/-->/g, '—>')}`);
  }
  const lines = [
    '<!--',
    'TODO: write the note here in your own words: what happened, the numbers, who said what, why it matters.',
    'Then write the summary, check the fields above and set `draft: false`. Delete this comment.',
  ];
  if (keySentences.length) lines.push('', 'Sentences of the article with its figures and quotes, to check against:', ...keySentences);
  lines.push('-->', '');
  return lines.join('\n');
}
