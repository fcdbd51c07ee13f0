/**
 * The fragments a note's page and its feed item share (src/lib/fragments): what each shows
 * for each combination of options, and that editor strings are escaped, never markup.
 */
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { figureTable, quoteList, sourceCitation, timeElement } from '../../src/lib/fragments/index.ts';
import { day } from '../helpers/content.ts';

const html = (node: Parameters<typeof toHtml>[0]) => toHtml(node);
const noteHref = (note: { slug: string }) => `/notes/${note.slug}/`;
const note = { slug: 'n1', title: 'A <b>note</b>' } as never;

describe('sourceCitation', () => {
  it.each([
    [
      'linked, with author and date',
      { title: 'T', publisher: 'P', author: 'A', url: 'https://example.com/a', published: day('2025-01-30') },
      {},
      '<cite><a href="https://example.com/a" rel="external noopener noreferrer">T</a></cite>, P, A, <time datetime="2025-01-30">30 January 2025</time>',
    ],
    ['without a URL: no link', { title: 'T', publisher: 'P' }, {}, '<cite>T</cite>, P'],
    ['the date left out where the page says it', { title: 'T', publisher: 'P', published: day('2025-01-30') }, { showDate: false }, '<cite>T</cite>, P'],
    ['editor strings escaped', { title: '</cite><script>', publisher: 'P & <i>Q</i>' }, {}, '<cite>&#x3C;/cite>&#x3C;script></cite>, P &#x26; &#x3C;i>Q&#x3C;/i>'],
  ])('%s', (_, source, options, expected) => {
    expect(toHtml({ type: 'root', children: sourceCitation(source, options) })).toBe(expected);
  });
});

describe('timeElement', () => {
  it.each([
    ['long', '<time datetime="2025-01-29">29 January 2025</time>'],
    ['short', '<time datetime="2025-01-29">29 Jan</time>'],
  ] as const)('%s', (format, expected) => {
    expect(html(timeElement(day('2025-01-29'), format))).toBe(expected);
  });
});

describe('figureTable', () => {
  const figures = [
    { label: 'Capex', value: 60, unit: 'USD bn', entity: 'Meta', period: '2025', note },
    { label: 'Margin', value: 21, unit: '%', note },
  ];
  it.each([
    ['every column', { caption: 'C', noteHref }, ['Figure', 'Value', 'Entity', 'Period', 'Note']],
    ['grouped by entity', { caption: 'C', showEntity: false, noteHref }, ['Figure', 'Value', 'Period', 'Note']],
    ["on the note's own page", { caption: 'C' }, ['Figure', 'Value', 'Entity', 'Period']],
  ])('%s', (_, options, columns) => {
    const table = html(figureTable(figures as never, options));
    expect([...table.matchAll(/<th scope="col"[^>]*>([^<]+)<\/th>/g)].map((match) => match[1])).toEqual(columns);
    expect(table).toContain('<div class="table-scroll" role="region" aria-label="C" tabindex="0">');
    expect(table).toContain('<td class="num">$60 bn</td>');
    // The note column has a class of its own: on a phone it keeps a readable width and the table scrolls.
    expect(table.includes('<td class="figures__note"><a href="/notes/n1/">A &#x3C;b>note&#x3C;/b></a></td>')).toBe('noteHref' in options);
    // A figure without entity or period shows a dash there.
    expect(table).toContain('<td class="nowrap">—</td>');
  });
});

describe('quoteList', () => {
  const quotes = [{ text: 'We <b>build</b>.', by: 'Jane Doe', role: 'CEO, Acme', note }];
  it.each([
    ['with the note linked', { noteHref }, ' · <a href="/notes/n1/">A &#x3C;b>note&#x3C;/b></a>'],
    ["on the note's own page", {}, ''],
  ])('%s', (_, options, link) => {
    expect(html(quoteList(quotes as never, options))).toBe(
      `<ul class="quotes"><li><figure class="quote"><blockquote><p>We &#x3C;b>build&#x3C;/b>.</p></blockquote><figcaption>— <span class="quote__by">Jane Doe</span>, CEO, Acme${link}</figcaption></figure></li></ul>`,
    );
  });
});
