/**
 * A plain-text article (scraped, copied from a reader view, saved from a feed): where the
 * header ends and the article starts, its title, byline, masthead and dateline, the body
 * without boilerplate.
 */
import {
  isBoilerplateLine,
  isHeadlineLike,
  isProse,
  isRelatedHeading,
  readCopyright,
  readFooter,
  type Footer,
} from './boilerplate.ts';
import { findDates } from './dates.ts';
import type { Language } from './language.ts';
import { joinWrappedLines } from './paragraphs.ts';
import type { ArticleText } from './types.ts';

const BYLINE = /^(?:by|von|text:|автор:?|текст:?)\s+(.+)$/iu;
const DATELINE_WORDS = /^(?:published|updated|posted|veröffentlicht|aktualisiert|stand|опубликовано|обновлено|дата публикации)\s*(?:on|am|:)?\s*/iu;

export function readTextArticle(text: string, language: Language): ArticleText {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map((line) => line.replace(/[ \t\u00a0]+$/u, ''));
  const article: ArticleText = { language, paragraphs: [] };

  let footer: Footer | undefined;
  for (let i = lines.length - 1; i >= 0 && !footer; i--) {
    footer = readFooter(lines[i]!.trim());
    // Whatever follows the footer belongs to the page, not the article.
    if (footer) lines.splice(i, lines.length - i, footer.rest);
  }
  if (footer) {
    article.title = { value: footer.title, from: 'the "appeared first on" footer' };
    article.publisher = { value: footer.publisher, from: 'the "appeared first on" footer' };
  }

  const kept: string[] = [];
  let copyright: string | undefined;
  let inRelatedList = false;
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) {
      kept.push('');
      continue;
    }
    const byline = readByline(line, language);
    if (byline) {
      if (byline.author && !article.author) article.author = { value: byline.author, from: 'the byline' };
      if (byline.date && !article.published) article.published = { value: byline.date, from: 'the byline' };
      continue;
    }
    const dateline = readDateline(line, language);
    if (dateline) {
      if (!article.published) article.published = { value: dateline, from: 'the dateline' };
      continue;
    }
    if (isRelatedHeading(line)) {
      inRelatedList = true;
      continue;
    }
    if (inRelatedList) {
      if (isHeadlineLike(line) && !isProse(line)) continue;
      inRelatedList = false;
    }
    copyright ??= readCopyright(line);
    if (isBoilerplateLine(line)) continue;
    kept.push(line);
  }

  const blocks = joinWrappedLines(kept);
  const bodyStart = findBodyStart(blocks, article.title?.value);
  const header = blocks.slice(0, bodyStart.index);
  if (!article.title && bodyStart.title !== undefined) article.title = { value: blocks[bodyStart.title]!, from: 'the headline' };
  if (!article.publisher && copyright) article.publisher = { value: copyright, from: 'the copyright line' };
  if (!article.publisher) {
    const masthead = header.find(isMasthead);
    if (masthead) article.publisher = { value: masthead, from: 'the masthead' };
  }
  article.paragraphs = blocks.slice(bodyStart.index);
  return article;
}

/** Where the body starts: after the title line, which is the last headline before the first paragraph of prose. */
function findBodyStart(blocks: readonly string[], knownTitle: string | undefined): { index: number; title?: number } {
  if (knownTitle) {
    const at = blocks.findIndex((block) => sameText(block, knownTitle));
    if (at >= 0) return { index: at + 1, title: at };
  }
  const firstProse = blocks.findIndex(isProse);
  if (firstProse < 0) return { index: 0 };
  for (let i = firstProse - 1; i >= 0; i--) {
    const block = blocks[i]!;
    if (isHeadlineLike(block) && block.split(/\s+/).length >= 3) return { index: i + 1, title: i };
  }
  return { index: firstProse };
}

function sameText(a: string, b: string): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
  return norm(a) === norm(b);
}

/** A site's name at the top of the page: a domain (example.com) or a short capitalised name. */
function isMasthead(line: string): boolean {
  if (/^(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)+$/u.test(line)) return true;
  const words = line.split(/\s+/);
  return words.length <= 3 && words.every((word) => /^[\p{Lu}\d]/u.test(word)) && !/[.!?:]$/.test(line);
}

/** "By Jane Doe | January 30, 2025 | 4 min read", "Von Max Muster, 30.01.2025", "Автор: Иван Петров". */
function readByline(line: string, language: Language): { author?: string; date?: string } | undefined {
  const match = BYLINE.exec(line);
  if (!match || line.split(/\s+/).length > 20) return undefined;
  const parts = match[1]!.split(/\s*[|·•]\s*|\s+[-–—]\s+/u);
  const date = findDates(line, language)[0]?.day;
  const author = parts[0]!
    .replace(/,?\s*(?:am|on|den|от)?\s*\d.*$/u, '')
    .replace(/,\s*$/, '')
    .trim();
  const looksLikeName = /^[\p{Lu}][\p{L}.'’-]*(?:\s+(?:and|und|и|,)?\s*[\p{Lu}][\p{L}.'’-]*){0,5}$/u.test(author);
  if (!looksLikeName && !date) return undefined;
  return { author: looksLikeName ? author : undefined, date };
}

/** A line that is only a date, possibly with "Published" or a time: the article's dateline. */
function readDateline(line: string, language: Language): string | undefined {
  if (line.split(/\s+/).length > 10) return undefined;
  const dates = findDates(line, language);
  const first = dates[0];
  if (!first) return undefined;
  const rest = line.replace(first.text, '').replace(DATELINE_WORDS, '').replace(/\b\d{1,2}:\d{2}\b|uhr|[apm.]{2,4}\b|gmt|utc|[|,·•()\s–-]/giu, '');
  return rest.length <= 3 ? first.day : undefined;
}
