/**
 * The plain-text part, from the same model as the HTML (not from the HTML): wrapped to
 * TEXT_WIDTH, every link written out. Links in the running text become numbered references,
 * `Stargate [3]`, listed under "Links" at the end; the brief's own URL and the subscribe
 * link are written in full where they stand.
 */
import type { ElementContent, Root, RootContent } from 'hast';
import type { EmailLink, EmailModel } from './model.ts';
import { TEXT_WIDTH, columns, wrap } from './wrap.ts';

const NBSP = '\u00a0';

/** Numbered references, one number per URL, in the order they first appear. */
class References {
  readonly #numbers = new Map<string, number>();

  /** `text [n]`, kept on one line with its number. */
  cite(text: string, href: string): string {
    let n = this.#numbers.get(href);
    if (n === undefined) {
      n = this.#numbers.size + 1;
      this.#numbers.set(href, n);
    }
    return text ? `${text}${NBSP}[${n}]` : `[${n}]`;
  }

  link(target: EmailLink): string {
    return this.cite(target.text, target.href);
  }

  lines(): string[] {
    return [...this.#numbers].map(([href, n]) => `[${n}] ${href}`);
  }
}

/** A heading underlined to its own width. */
function heading(text: string, rule: '=' | '-', width = TEXT_WIDTH): string[] {
  const lines = wrap(text, { width });
  return [...lines, rule.repeat(Math.max(...lines.map(columns)))];
}

const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table',
  'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

type Node = RootContent | ElementContent;

function textOf(nodes: readonly Node[]): string {
  return nodes.map((node) => (node.type === 'text' ? node.value : node.type === 'element' ? textOf(node.children) : '')).join('');
}

/** Inline content as one string; links and images cite their URLs. */
function inline(nodes: readonly Node[], refs: References): string {
  let out = '';
  for (const node of nodes) {
    // Source line breaks inside a paragraph are spaces; only <br> breaks a line.
    if (node.type === 'text') out += node.value.replace(/[ \t\r\n]+/g, ' ');
    else if (node.type !== 'element') continue;
    else if (node.tagName === 'br') out += '\n';
    else if (node.tagName === 'a' && typeof node.properties.href === 'string') {
      out += refs.cite(inline(node.children, refs).trim(), node.properties.href);
    } else if (node.tagName === 'img' && typeof node.properties.src === 'string') {
      const alt = typeof node.properties.alt === 'string' ? node.properties.alt : '';
      out += refs.cite(alt ? `[image: ${alt}]` : '[image]', node.properties.src);
    } else if (node.tagName === 'code') out += `\`${textOf(node.children)}\``;
    else out += inline(node.children, refs);
  }
  return out;
}

/** Wrapped text of an inline run, keeping the line breaks of <br>. */
function paragraph(text: string, width: number): string[] {
  return text.split('\n').flatMap((line) => wrap(line, { width }));
}

const prefixed = (lines: string[], first: string, rest = ' '.repeat(columns(first))) =>
  lines.map((line, i) => (line ? (i === 0 ? first : rest) + line : line));

/** Block content as blocks of lines (blank lines go between blocks). */
function blocks(nodes: readonly Node[], refs: References, width: number): string[][] {
  const out: string[][] = [];
  let run: Node[] = [];
  const flush = () => {
    const text = inline(run, refs).trim();
    if (text) out.push(paragraph(text, width));
    run = [];
  };
  for (const node of nodes) {
    if (node.type === 'element' && BLOCKS.has(node.tagName)) {
      flush();
      out.push(...block(node, refs, width));
    } else if (node.type === 'text' || node.type === 'element') {
      run.push(node);
    }
  }
  flush();
  return out;
}

function block(node: Extract<Node, { type: 'element' }>, refs: References, width: number): string[][] {
  const { tagName, children } = node;
  if (/^h[1-6]$/.test(tagName)) return [heading(inline(children, refs).trim(), '-', width)];
  if (tagName === 'hr') return [['* * *']];
  if (tagName === 'pre') return [textOf(children).replace(/\n$/, '').split('\n').map((line) => `    ${line}`)];
  if (tagName === 'blockquote') {
    return [blocks(children, refs, width - 2).flatMap((lines, i) => [...(i > 0 ? [''] : []), ...lines]).map((line) => (line ? `> ${line}` : '>'))];
  }
  if (tagName === 'ul' || tagName === 'ol') {
    const items = children.filter((child) => child.type === 'element' && child.tagName === 'li');
    const start = tagName === 'ol' ? Number(node.properties.start) || 1 : 1;
    return [
      items.flatMap((item, i) => {
        const marker = tagName === 'ol' ? `${start + i}. ` : '- ';
        const inner = blocks(item.type === 'element' ? item.children : [], refs, width - columns(marker));
        return prefixed(inner.flatMap((lines, j) => [...(j > 0 ? [''] : []), ...lines]), marker);
      }),
    ];
  }
  if (tagName === 'tr') {
    const cells = children.filter((child) => child.type === 'element').map((cell) => inline([cell], refs).trim().replace(/\s+/g, ' '));
    return [wrap(cells.join(' | '), { width })];
  }
  return blocks(children, refs, width);
}

function ledeText(lede: Root, refs: References): string[][] {
  return blocks(lede.children, refs, TEXT_WIDTH);
}

export function renderEmailText(model: EmailModel): string {
  const refs = new References();
  const out: string[][] = [];
  const section = (title: string) => out.push(heading(title.toUpperCase(), '='));

  out.push(heading(model.title, '='));
  out.push(wrap(`${model.label} · ${model.span} · Published ${model.publishedText}`));
  out.push(wrap(model.summary));
  out.push(wrap(`Read on the site: ${model.briefUrl}`));
  out.push(...ledeText(model.lede, refs));

  if (model.numbers.length > 0) {
    section('By the numbers');
    for (const row of model.numbers) {
      const about = [row.entity, row.period].filter(Boolean).join(', ');
      const line = `${row.value}: ${row.label}${about ? ` (${about})` : ''}. From ${row.notes.map((note) => refs.link(note)).join('; ')}`;
      out.push(wrap(line, { first: '- ', rest: '  ' }));
    }
  }

  if (model.topics.length > 0) {
    section('Notes by topic');
    for (const topic of model.topics) {
      out.push(heading(refs.link(topic.link), '-'));
      for (const note of topic.notes) {
        out.push([
          ...wrap(refs.link(note.link), { first: '- ', rest: '  ' }),
          ...wrap(`${note.date} · ${note.publisher}`, { first: '  ' }),
          ...wrap(note.summary, { first: '  ' }),
        ]);
      }
    }
  }

  if (model.quotes.length > 0) {
    section('Quotes');
    for (const quote of model.quotes) {
      const by = [quote.by, quote.role].filter(Boolean).join(', ');
      out.push([...wrap(`“${quote.text}”`, { first: '> ' }), ...wrap(`— ${by} · ${refs.link(quote.note)}`, { first: '  ' })]);
    }
  }

  if (model.sources.length > 0) {
    section('Sources');
    for (const source of model.sources) {
      const title = source.href ? refs.cite(`“${source.title}”`, source.href) : `“${source.title}”`;
      const byline = [source.publisher, source.author, source.published].filter(Boolean).join(', ');
      out.push(wrap(`${title}, ${byline}. Our note: ${refs.link(source.note)}`, { first: `${source.number}. `.padEnd(4), rest: '    ' }));
    }
  }

  const links = refs.lines();
  if (links.length > 0) {
    section('Links');
    out.push(links);
  }

  // "-- " (with its space) is the signature delimiter: clients fold or drop what follows it in replies.
  out.push([
    '-- ',
    ...wrap(`${model.siteName} · ${model.label} brief, published ${model.publishedText}`),
    ...wrap(`This brief on the site: ${model.briefUrl}`),
    ...wrap(`Subscribe (${model.subscribe.text}): ${model.subscribe.href}`),
    ...wrap(`${model.siteName}: ${model.home.href}`),
  ]);

  return `${out.map((lines) => lines.join('\n')).join('\n\n')}\n`;
}
