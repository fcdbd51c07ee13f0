/** Quotes with their speaker and role, and a link to the note when they come from elsewhere. */
import type { Element } from 'hast';
import { h } from 'hastscript';
import type { SourcedQuote } from '../catalog/index.ts';
import type { Quote } from '../content/schema.ts';
import { text, type NoteHref } from './nodes.ts';

export interface QuoteListOptions {
  /** Link each quote's note (its quotes must then say their note). */
  noteHref?: NoteHref;
}

export function quoteList(quotes: readonly (Quote | SourcedQuote)[], { noteHref }: QuoteListOptions = {}): Element {
  return h(
    'ul',
    { className: ['quotes'] },
    quotes.map((quote) => {
      const note = 'note' in quote ? quote.note : undefined;
      return h('li', [
        h('figure', { className: ['quote'] }, [
          h('blockquote', [h('p', quote.text)]),
          h('figcaption', [
            text('— '),
            h('span', { className: ['quote__by'] }, quote.by),
            ...(quote.role ? [text(`, ${quote.role}`)] : []),
            ...(noteHref && note ? [text(' · '), h('a', { href: noteHref(note) }, note.title)] : []),
          ]),
        ]),
      ]);
    }),
  );
}
