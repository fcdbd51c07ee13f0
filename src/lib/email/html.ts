/**
 * The HTML part: one 600 px column in role="presentation" tables (Outlook for Windows lays
 * out nothing else reliably), CSS inlined by juice, no script, stylesheet link or web font.
 * Built as hast with hastscript and serialised by hast-util-to-html, so every string from
 * content is escaped; the lede arrives already sanitised (see model.ts).
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toText } from 'hast-util-to-text';
import { h } from 'hastscript';
import juice from 'juice';
import type { EmailLink, EmailModel, EmailNumber, EmailQuote, EmailSource, EmailTopic } from './model.ts';
import { CONTENT_WIDTH, EMAIL_WIDTH, emailCss, palettes } from './styles.ts';

/** Only https URLs become links or images: http is refused by some clients and flagged by others. */
export function isHttps(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}

/** A link, or its text with the URL written out when the URL is not https. */
function link(target: EmailLink, properties: Record<string, string> = {}): ElementContent[] {
  if (isHttps(target.href)) return [h('a', { href: target.href, ...properties }, target.text)];
  return [{ type: 'text', value: `${target.text} (${target.href})` }];
}

/** A layout table: no borders or spacing of its own, read as plain content by screen readers; full width unless `width: ''`. */
function layout(properties: Record<string, string | number>, ...rows: Element[]): Element {
  const { width = '100%', ...rest } = properties;
  return h('table', { role: 'presentation', ...(width === '' ? {} : { width }), border: 0, cellPadding: 0, cellSpacing: 0, ...rest }, rows);
}

function joined(parts: (string | null)[]): string {
  return parts.filter((part): part is string => Boolean(part)).join(' · ');
}

/**
 * A code block as lines that wrap: a <pre> does not, and one long line would make the whole
 * email scroll sideways on a phone (white-space: pre-wrap is lost on Outlook for Windows).
 */
function codeBlock(code: string): Element {
  const lines = code.replace(/\n$/, '').split('\n');
  // Leading spaces carry the indentation, so they must not collapse.
  const content = lines.flatMap((line, i) => [...(i > 0 ? [h('br')] : []), line.replace(/^ +/, (spaces) => '\u00a0'.repeat(spaces.length))]);
  return h('div', { className: ['code'] }, content);
}

/** The lede's tree made email-safe: links and images https only, every image with a width and alt. */
function emailLede(tree: Root): ElementContent[] {
  const fix = (node: RootContent): ElementContent[] => {
    if (node.type === 'text') return [node];
    if (node.type !== 'element') return [];
    const { properties } = node;
    if (node.tagName === 'pre') return [codeBlock(toText(node))];
    const children = node.children.flatMap(fix);
    if (node.tagName === 'a') {
      const href = typeof properties.href === 'string' ? properties.href : '';
      if (isHttps(href)) return [{ ...node, children }];
      return href ? [...children, { type: 'text', value: ` (${href})` }] : children;
    }
    if (node.tagName === 'img') {
      const src = typeof properties.src === 'string' ? properties.src : '';
      const alt = typeof properties.alt === 'string' ? properties.alt : '';
      if (!isHttps(src)) return alt ? [{ type: 'text', value: alt }] : [];
      const width = Math.min(Number(properties.width) || CONTENT_WIDTH, CONTENT_WIDTH);
      // srcset could point elsewhere than the checked src; height follows the width.
      const { srcSet: _srcSet, height: _height, ...rest } = properties;
      return [{ ...node, properties: { ...rest, src, alt, width } }];
    }
    return [{ ...node, children }];
  };
  return tree.children.flatMap(fix);
}

/** A "bulletproof" button: the colour is on the cell, so Outlook (which ignores padding on links) shows it too. */
function readOnSite(model: EmailModel): Element {
  const button = link({ text: 'Read on the site', href: model.briefUrl }, { className: 'button' });
  return h('div', { className: ['button-row'] }, layout({ width: '' }, h('tr', h('td', { className: ['button-cell'] }, button))));
}

function numberRow(row: EmailNumber): Element {
  const notes = row.notes.flatMap((note, i) => [...(i > 0 ? [{ type: 'text' as const, value: '; ' }] : []), ...link(note)]);
  return h(
    'tr',
    h('td', { className: ['number-value'], width: '32%', vAlign: 'top' }, row.value),
    h(
      'td',
      { className: ['number-what'], vAlign: 'top' },
      h('p', { className: ['number-label'] }, row.label),
      h('p', { className: ['number-meta'] }, joined([row.entity, row.period])),
      h('p', { className: ['number-meta'] }, 'From ', notes),
    ),
  );
}

function numbersSection(numbers: EmailNumber[]): Element[] {
  if (numbers.length === 0) return [];
  return [h('h2', 'By the numbers'), layout({}, ...numbers.map(numberRow))];
}

function topicsSection(topics: EmailTopic[]): Element[] {
  if (topics.length === 0) return [];
  return [
    h('h2', 'Notes by topic'),
    ...topics.flatMap((topic) => [
      h('h3', { className: ['topic'] }, link(topic.link)),
      ...topic.notes.map((note) =>
        h(
          'div',
          { className: ['note'] },
          h('p', { className: ['note-title'] }, link(note.link)),
          h('p', { className: ['meta'] }, joined([note.date, note.publisher])),
          h('p', { className: ['note-summary'] }, note.summary),
        ),
      ),
    ]),
  ];
}

function quotesSection(quotes: EmailQuote[]): Element[] {
  if (quotes.length === 0) return [];
  return [
    h('h2', 'Quotes'),
    ...quotes.map((quote) =>
      h(
        'blockquote',
        { className: ['quote'] },
        h('p', { className: ['quote-text'] }, `“${quote.text}”`),
        h('p', { className: ['quote-by'] }, `— ${[quote.by, quote.role].filter(Boolean).join(', ')} · `, link(quote.note)),
      ),
    ),
  ];
}

function sourcesSection(sources: EmailSource[]): Element[] {
  if (sources.length === 0) return [];
  return [
    h('h2', 'Sources'),
    ...sources.map((source) => {
      const title = source.href ? link({ text: source.title, href: source.href }) : [{ type: 'text' as const, value: source.title }];
      const byline = [source.publisher, source.author, source.published].filter(Boolean).join(', ');
      return h('p', { className: ['source'] }, `${source.number}. “`, title, `”, ${byline} · Our note: `, link(source.note));
    }),
  ];
}

function footer(model: EmailModel): Element {
  return h(
    'td',
    { className: ['footer'] },
    h('p', link(model.home), ` · ${model.label} brief, published ${model.publishedText}`),
    h('p', 'This brief on the site: ', link({ text: model.briefUrl, href: model.briefUrl })),
    h('p', 'Subscribe: ', link(model.subscribe)),
  );
}

/** The document before juice: classes and one <style>. */
export function emailDocument(model: EmailModel): Root {
  const { light } = palettes(model.colors);
  const main = h(
    'td',
    { className: ['main'] },
    h('p', { className: ['site-name'] }, link(model.home)),
    h('p', { className: ['eyebrow'] }, `${model.label} · ${model.span}`),
    h('h1', model.title),
    h('p', { className: ['meta'] }, `Published ${model.publishedText}`),
    readOnSite(model),
    h('div', { className: ['lede'] }, emailLede(model.lede)),
    ...numbersSection(model.numbers),
    ...topicsSection(model.topics),
    ...quotesSection(model.quotes),
    ...sourcesSection(model.sources),
  );
  const column = layout(
    { className: 'column', width: EMAIL_WIDTH, align: 'center', style: `width: 100%; max-width: ${EMAIL_WIDTH}px;`, bgColor: light.paper },
    h('tr', main),
    h('tr', footer(model)),
  );
  return {
    type: 'root',
    children: [
      { type: 'doctype' },
      h(
        'html',
        { lang: model.language },
        h(
          'head',
          h('meta', { charSet: 'utf-8' }),
          h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
          // Apple Mail would otherwise scale the column to fit, text and all.
          h('meta', { name: 'x-apple-disable-message-reformatting' }),
          h('meta', { name: 'color-scheme', content: 'light dark' }),
          h('meta', { name: 'supported-color-schemes', content: 'light dark' }),
          h('title', model.title),
          h('style', emailCss(model.colors)),
        ),
        h(
          'body',
          { bgColor: light.tint },
          // Gmail drops <html lang>; the wrapper keeps the language for screen readers.
          h(
            'div',
            { role: 'article', lang: model.language },
            h('div', { className: ['preheader'] }, model.summary),
            layout({ className: 'outer', bgColor: light.tint }, h('tr', h('td', { className: ['outer-cell'], align: 'center' }, column))),
          ),
        ),
      ),
    ],
  };
}

/** The HTML part, CSS inlined; the media queries stay in <style> for the clients that read them. */
export function renderEmailHtml(model: EmailModel): string {
  return juice(toHtml(emailDocument(model)), {
    preserveMediaQueries: true,
    removeStyleTags: true,
    applyWidthAttributes: false,
    applyHeightAttributes: false,
  });
}
