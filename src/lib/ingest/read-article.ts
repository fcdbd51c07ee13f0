/**
 * Bytes to an article: refuse what is not UTF-8 (a Latin-1 page decoded as UTF-8 turns
 * "Zürich" into "Z�rich" and every € into garbage, which no editor should find in a note),
 * tell HTML from text, read it, and fall back to the file name and the text for the date.
 */
import { dateInFileName, findDates } from './dates.ts';
import { readHtmlArticle } from './html.ts';
import { detectLanguage } from './language.ts';
import { readTextArticle } from './text-article.ts';
import type { ArticleText } from './types.ts';

export class NotUtf8Error extends Error {
  readonly source: string;
  constructor(source: string) {
    super(`${source} is not UTF-8 text: save it as UTF-8 (e.g. \`iconv -f latin1 -t utf-8\`) and try again`);
    this.name = 'NotUtf8Error';
    this.source = source;
  }
}

/** `source` names the input in the error: a file path, or "standard input". */
export function decodeArticle(bytes: Uint8Array, source: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new NotUtf8Error(source);
  }
}

/** A saved page starts with a doctype or `<html>`, or is mostly markup. */
export function looksLikeHtml(text: string): boolean {
  const start = text.trimStart().slice(0, 512).toLowerCase();
  if (/^<!doctype html|^<html[\s>]|^<\?xml[^>]*>\s*<html/.test(start)) return true;
  const tags = text.match(/<\/?(?:p|div|article|body|head|meta|span|a|h[1-6]|section|main|br)\b[^>]*>/gi)?.length ?? 0;
  return tags >= 3 && tags * 40 > text.length / 10;
}

export interface ReadOptions {
  /** The input's file name, whose leading YYYY-MM-DD (if any) is a last resort for the date. */
  fileName?: string;
}

export function readArticle(text: string, options: ReadOptions = {}): ArticleText {
  const article = looksLikeHtml(text) ? readHtmlArticle(text) : readTextArticle(text, detectLanguage(text));
  if (!article.published && options.fileName) {
    const day = dateInFileName(options.fileName);
    if (day) article.published = { value: day, from: 'the file name' };
  }
  if (!article.published) {
    for (const paragraph of article.paragraphs.slice(0, 5)) {
      const date = findDates(paragraph, article.language)[0];
      if (date) {
        article.published = { value: date.day, from: 'the text' };
        break;
      }
    }
  }
  return article;
}
