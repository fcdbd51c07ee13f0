/**
 * The parts of `content:encoded` that come from front matter rather than from the body:
 * a note's source citation, figures and quotes; a brief's "by the numbers" table and its
 * notes. Built as hast and serialised with hast-util-to-html so that every editor string
 * is escaped; the item builder then sends the whole item through sanitizeFeedHtml.
 */
import type { Element, ElementContent, Properties } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { CatalogNote, CatalogQuarter, SourcedFigure } from '../catalog/index.ts';
import type { Figure, Quote, Source } from '../content/schema.ts';
import { formatDate, isoDay } from '../dates.ts';
import { formatFigure } from '../figures.ts';

type Child = ElementContent | string | null | undefined | false;

/** A tiny hyperscript: `h('a', { href }, 'text')`. */
function h(tagName: string, properties: Properties = {}, ...children: (Child | Child[])[]): Element {
  const content: ElementContent[] = [];
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    content.push(typeof child === 'string' ? { type: 'text', value: child } : child);
  }
  return { type: 'element', tagName, properties, children: content };
}

const html = (nodes: Element[]) => toHtml({ type: 'root', children: nodes });

/** A link to a page of the site, given its absolute URL. */
export type LinkTo = (note: CatalogNote) => string;

function time(date: Date): Element {
  return h('time', { dateTime: isoDay(date) }, formatDate(date));
}

/** `“Title”, Publisher, Author, 30 January 2025` with the title linked when the source has a URL. */
export function sourceCitation(source: Source): Element {
  const title = source.url ? h('a', { href: source.url }, source.title) : source.title;
  return h(
    'p',
    {},
    h('cite', {}, title),
    `, ${source.publisher}`,
    source.author ? `, ${source.author}` : null,
    source.published ? [', ', time(source.published)] : null,
  );
}

/** The figures table; with `linkTo`, a last column links each figure's note. */
export function figureTable(figures: readonly (Figure | SourcedFigure)[], caption: string, linkTo?: LinkTo): Element {
  const head = ['Figure', 'Value', 'Entity', 'Period', ...(linkTo ? ['Note'] : [])];
  return h(
    'table',
    {},
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, head.map((label) => h('th', { scope: 'col' }, label)))),
    h(
      'tbody',
      {},
      figures.map((figure) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, figure.label),
          h('td', { align: 'right' }, formatFigure(figure)),
          h('td', {}, figure.entity ?? '—'),
          h('td', {}, figure.period ?? '—'),
          linkTo && 'note' in figure ? h('td', {}, h('a', { href: linkTo(figure.note) }, figure.note.title)) : null,
        ),
      ),
    ),
  );
}

export function quoteBlock(quote: Quote): Element {
  return h(
    'blockquote',
    {},
    h('p', {}, quote.text),
    h('p', {}, '— ', h('cite', {}, quote.by), quote.role ? `, ${quote.role}` : null),
  );
}

/** Everything a note's page shows besides its summary and body, for the end of its feed item. */
export function noteExtrasHtml(note: CatalogNote): string {
  const nodes: Element[] = [h('h2', {}, 'Source'), sourceCitation(note.source)];
  if (note.figures.length > 0) {
    nodes.push(h('h2', {}, 'By the numbers'), figureTable(note.figures, `Figures from ${note.source.publisher}`));
  }
  if (note.quotes.length > 0) {
    nodes.push(h('h2', {}, 'Quotes'), ...note.quotes.map(quoteBlock));
  }
  return html(nodes);
}

/** A brief's feed content after its lede: by the numbers, then its notes, linked, in timeline order. */
export function briefExtrasHtml(quarter: CatalogQuarter, linkTo: LinkTo): string {
  const nodes: Element[] = [];
  if (quarter.numbers.length > 0) {
    const figures = quarter.numbers.map((row) => row.figure);
    nodes.push(h('h2', {}, 'By the numbers'), figureTable(figures, `${quarter.label} by the numbers`, linkTo));
  }
  if (quarter.notes.length > 0) {
    nodes.push(
      h('h2', {}, `The notes of ${quarter.label}`),
      h(
        'ul',
        {},
        quarter.notes.map((note) =>
          h(
            'li',
            {},
            h('p', {}, h('a', { href: linkTo(note) }, h('strong', {}, note.title)), ' · ', time(note.date), ` · ${note.source.publisher}`),
            h('p', {}, note.summary),
          ),
        ),
      ),
    );
  }
  return html(nodes);
}
