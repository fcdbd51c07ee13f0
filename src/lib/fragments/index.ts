/**
 * The parts of a note that come from its front matter (source, figures, quotes) as hast, with
 * the page's markup: the page components serialise them, the feeds sanitise them. One source,
 * so a page and a feed item never disagree. Every editor string is a text node, escaped when
 * serialised.
 */
export { figureTable, type FigureTableOptions } from './figure-table.ts';
export { timeElement, text, type NoteHref } from './nodes.ts';
export { quoteList, type QuoteListOptions } from './quote-list.ts';
export { sourceCitation, type SourceCitationOptions } from './source-citation.ts';
