/**
 * The parts of `content:encoded` that come from front matter rather than from the body: a
 * note's source citation, figures and quotes, built by the fragments its page shows
 * (src/lib/fragments); a brief's "by the numbers" table and its notes. Serialised with
 * hast-util-to-html, so every editor string is escaped; the item builder then sends the whole
 * item through sanitizeFeedHtml, which also drops the page's classes and ARIA attributes.
 */
import type { Element } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import type { CatalogNote, CatalogQuarter } from '../catalog/index.ts';
import { figureTable, quoteList, sourceCitation, text, timeElement, type NoteHref } from '../fragments/index.ts';

const html = (nodes: Element[]) => toHtml({ type: 'root', children: nodes });

/** Everything a note's page shows besides its summary and body, for the end of its feed item. */
export function noteExtrasHtml(note: CatalogNote): string {
  const nodes: Element[] = [h('h2', 'Source'), h('p', sourceCitation(note.source))];
  if (note.figures.length > 0) {
    nodes.push(h('h2', 'By the numbers'), figureTable(note.figures, { caption: `Figures from ${note.source.publisher}` }));
  }
  if (note.quotes.length > 0) {
    nodes.push(h('h2', 'Quotes'), quoteList(note.quotes));
  }
  return html(nodes);
}

/** A brief's feed content after its lede: by the numbers, then its notes, linked, in timeline order. */
export function briefExtrasHtml(quarter: CatalogQuarter, noteHref: NoteHref): string {
  const nodes: Element[] = [];
  if (quarter.numbers.length > 0) {
    const figures = quarter.numbers.map((row) => row.figure);
    nodes.push(h('h2', 'By the numbers'), figureTable(figures, { caption: `${quarter.label} by the numbers`, noteHref }));
  }
  if (quarter.notes.length > 0) {
    nodes.push(
      h('h2', `The notes of ${quarter.label}`),
      h(
        'ul',
        quarter.notes.map((note) =>
          h('li', [
            h('p', [h('a', { href: noteHref(note) }, [h('strong', note.title)]), text(' · '), timeElement(note.date), text(` · ${note.source.publisher}`)]),
            h('p', note.summary),
          ]),
        ),
      ),
    );
  }
  return html(nodes);
}
