/** One source: its linked title, publisher, author and publication date. */
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Source } from '../content/schema.ts';
import { timeElement, text } from './nodes.ts';

export interface SourceCitationOptions {
  /** Leave the publication date out where the page says it already. */
  showDate?: boolean;
}

/** `<cite>Title</cite>, Publisher, Author, 30 January 2025`; the title links when the source has a URL (http(s) only: the schema). */
export function sourceCitation(source: Source, { showDate = true }: SourceCitationOptions = {}): ElementContent[] {
  const title = source.url ? h('a', { href: source.url, rel: ['external', 'noopener', 'noreferrer'] }, source.title) : text(source.title);
  return [
    // In an array: hastscript would read a lone text node as properties.
    h('cite', [title]),
    text(`, ${source.publisher}`),
    ...(source.author ? [text(`, ${source.author}`)] : []),
    ...(showDate && source.published ? [text(', '), timeElement(source.published)] : []),
  ];
}
