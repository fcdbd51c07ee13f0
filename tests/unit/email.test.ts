/**
 * The email edition (src/lib/email): the model, the HTML part parsed back, the text part's
 * wrapping and links, and the MIME message read back with mailparser; with a brief whose
 * strings try to break out of every context they land in.
 */
import type { Element, Root } from 'hast';
import { selectAll, select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { simpleParser } from 'mailparser';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { buildCatalog, type BriefInput, type TopicInput } from '../../src/lib/catalog/index.ts';
import {
  MAX_LINE,
  columns,
  emailMessage,
  emailModel,
  fromAddress,
  renderEmailHtml,
  renderEmailText,
  wrap,
  type EmailSettings,
} from '../../src/lib/email/index.ts';
import { formatFigure } from '../../src/lib/figures.ts';
import { day, noteInput as note } from '../helpers/content.ts';

const HOSTILE = `</script><script>alert(1)</script> ]]> Tom & Jerry <img src=x onerror=alert(2)>`;
const SITE = 'https://briefs.example.org';
const settings: EmailSettings = {
  name: 'Quarterdeck & Co',
  url: SITE,
  base: '/qd/',
  colors: { accent: '#0b5cad', ink: '#14171f', paper: '#fbfaf7' },
  language: 'en',
};
const LONG_URL = 'https://example.com/a/very/long/path/that/goes/on/and/on/and/on/for/longer/than/seventy-eight/columns';

const topics: TopicInput[] = [
  { slug: 'ai-capex', data: { title: 'AI capex', description: 'Spending.', keywords: [] } },
  { slug: 'chips', data: { title: 'Chips <b>&</b> more', description: 'Accelerators.', keywords: [] } },
];

function catalog() {
  const notes = [
    note('capex', '2025-01-29', {
      title: `Meta keeps its <b>capex</b> & "plans" ${HOSTILE}`,
      entities: ['Meta'],
      figures: [
        { label: '2025 capex guidance', entity: 'Meta', value: 60, upto: 65, unit: 'USD bn', period: '2025' },
        { label: 'Q4 revenue', entity: 'Meta', value: 48.4, unit: 'USD bn', period: '2024-Q4' },
      ],
      quotes: [{ text: `</blockquote><script>alert(3)</script> It is too early`, by: 'Jane & Co', role: 'CEO, <Meta>' }],
      source: { title: `Source ${HOSTILE}`, publisher: 'Example Wire', url: 'https://example.com/capex', published: day('2025-01-30') },
    }),
    note('chips', '2025-02-10', {
      topics: ['chips'],
      summary: '中文摘要：英伟达的市值在一天之内蒸发了五千八百九十亿美元，这是有史以来最大的单日跌幅，投资者担心低成本模型会减少对芯片的需求。',
      figures: [{ label: 'Market value lost', entity: 'Nvidia', value: -589, unit: 'USD bn' }],
      source: { title: 'Old wire', publisher: 'Plain Old Web', url: 'http://example.org/old' },
    }),
    note('no-url', '2025-03-01', { source: { title: 'Print only', publisher: 'The Paper' } }),
    note('older', '2024-11-01'),
  ];
  const briefs: BriefInput[] = [
    {
      slug: '2025-q1',
      data: {
        quarter: '2025-Q1',
        title: HOSTILE,
        summary: `Summary ${HOSTILE}`,
        published: day('2025-04-02'),
        numbers: [
          { note: 'chips', figure: 'Market value lost' },
          { note: 'capex', figure: '2025 capex guidance' },
        ],
        draft: false,
      },
    },
  ];
  return buildCatalog({ notes, topics, briefs });
}

const LEDE = [
  '<p>Read <a href="/notes/capex/">our note</a>, <a href="../../notes/chips/">a relative one</a> and <a href="http://insecure.example/x">an old page</a>.',
  `Also <a href="${LONG_URL}">a long link</a>.</p>`,
  '<h3>A part</h3>',
  '<ul><li>one</li><li>two <code>x &lt; y</code></li></ul>',
  '<blockquote><p>Quoted</p></blockquote>',
  '<p><img src="/chart.png" alt="A chart"> <img src="https://cdn.example.com/x.png" width="900"> <img src="http://cdn.example.com/y.png" alt="Old chart"></p>',
  '<script>alert(4)</script><p onclick="alert(5)" style="color:red">Styled</p><iframe src="https://evil.example/"></iframe>',
].join('\n');

const quarter = catalog().quarter('2025-q1')!;
const model = emailModel(quarter, settings, LEDE);
const html = renderEmailHtml(model);
const text = renderEmailText(model);
const tree: Root = unified().use(rehypeParse).parse(html);

const attr = (node: Element, name: string) => node.properties[name];

describe('email model', () => {
  it('takes the brief, its quarter and the curated numbers from the catalog', () => {
    expect(model).toMatchObject({
      title: HOSTILE,
      label: '2025-Q1',
      slug: '2025-q1',
      span: 'January–March 2025',
      publishedText: '2 April 2025',
      summary: `Summary ${HOSTILE}`,
      briefUrl: `${SITE}/qd/briefs/2025-q1/`,
      home: { text: 'Quarterdeck & Co', href: `${SITE}/qd/` },
      subscribe: { href: `${SITE}/qd/rss.xml` },
    });
    expect(model.numbers.map((row) => [row.value, row.label, row.entity])).toEqual([
      ['−$589 bn', 'Market value lost', 'Nvidia'],
      ['$60–65 bn', '2025 capex guidance', 'Meta'],
    ]);
    expect(model.numbers[1]!.notes).toEqual([{ text: expect.stringContaining('Meta keeps'), href: `${SITE}/qd/notes/capex/` }]);
    expect(model.topics.map((topic) => [topic.link.text, topic.notes.map((n) => n.link.href)])).toEqual([
      ['AI capex', [`${SITE}/qd/notes/capex/`, `${SITE}/qd/notes/no-url/`]],
      ['Chips <b>&</b> more', [`${SITE}/qd/notes/chips/`]],
    ]);
    expect(model.sources.map((s) => [s.number, s.href])).toEqual([
      [1, 'https://example.com/capex'],
      [2, 'http://example.org/old'],
      [3, null],
    ]);
  });

  it('refuses a quarter whose brief is not published', () => {
    const unpublished = catalog().quarter('2024-q4')!;
    expect(() => emailModel(unpublished, settings, '')).toThrow('2024-Q4 has no published brief');
  });
});

describe('email HTML', () => {
  it('has no script, no stylesheet link, no web font, no event handler and no iframe', () => {
    expect(selectAll('script, link, iframe, object, embed, form', tree)).toEqual([]);
    expect(html).not.toMatch(/@font-face|@import|fonts\.googleapis/);
    for (const node of selectAll('*', tree)) {
      expect(Object.keys(node.properties).filter((name) => /^on/i.test(name)), node.tagName).toEqual([]);
    }
  });

  it('links and loads nothing but absolute https URLs', () => {
    const urls = selectAll('[href], [src]', tree).map((node) => String(attr(node, 'href') ?? attr(node, 'src')));
    expect(urls.length).toBeGreaterThan(10);
    for (const url of urls) expect(new URL(url).protocol, url).toBe('https:');
    expect(urls).toContain(`${SITE}/qd/notes/capex/`);
    expect(urls).toContain(`${SITE}/qd/notes/chips/`);
    // An http link keeps its text and shows its URL; an http image leaves its alt text.
    expect(toString(tree)).toContain('an old page (http://insecure.example/x)');
    expect(toString(tree)).toContain('Old wire (http://example.org/old)');
    expect(toString(tree)).toContain('Old chart');
  });

  it('gives every image an absolute https src, a width within the column and an alt', () => {
    const images = selectAll('img', tree);
    expect(images.map((img) => [attr(img, 'src'), attr(img, 'width'), attr(img, 'alt')])).toEqual([
      [`${SITE}/qd/chart.png`, 544, 'A chart'],
      ['https://cdn.example.com/x.png', 544, ''],
    ]);
    for (const img of images) expect(String(attr(img, 'style'))).toContain('max-width: 100%');
  });

  it('inlines the CSS and keeps only the media queries in <style>', () => {
    expect(String(attr(select('h1', tree)!, 'style'))).toMatch(/font-size: 28px/);
    expect(String(attr(select('td.main', tree)!, 'style'))).toMatch(/font-family: -apple-system/);
    expect(selectAll('[style]', tree).length).toBeGreaterThan(40);
    const styles = selectAll('style', tree).map(toString);
    expect(styles).toHaveLength(1);
    expect(styles[0]).toContain('@media (prefers-color-scheme: dark)');
    expect(styles[0]!.replace(/@media[^{]+\{(?:[^{}]*\{[^}]*\})*\s*\}/g, '').trim()).toBe('');
    // The content's own style attribute is gone with the sanitiser.
    expect(html).not.toContain('color:red');
  });

  it('is a 600 px column of presentation tables, readable in dark mode', () => {
    expect(select('table[width="600"]', tree)).toBeTruthy();
    for (const table of selectAll('table', tree)) expect(attr(table, 'role')).toBe('presentation');
    expect(attr(select('meta[name="color-scheme"]', tree)!, 'content')).toBe('light dark');
    expect(attr(select('meta[name="supported-color-schemes"]', tree)!, 'content')).toBe('light dark');
    expect(attr(select('html', tree)!, 'lang')).toBe('en');
    expect(html).not.toMatch(/#fff(?:fff)?\b|#000(?:000)?\b/i);
  });

  it('opens with a hidden preheader (the summary) and a "Read on the site" link', () => {
    const preheader = select('.preheader', tree)!;
    expect(toString(preheader)).toBe(`Summary ${HOSTILE}`);
    expect(String(attr(preheader, 'style'))).toMatch(/display: none/);
    const read = selectAll('a', tree).find((a) => toString(a) === 'Read on the site')!;
    expect(attr(read, 'href')).toBe(`${SITE}/qd/briefs/2025-q1/`);
  });

  it('shows the title, each curated number and the sections', () => {
    expect(toString(select('title', tree)!)).toBe(HOSTILE);
    expect(toString(select('h1', tree)!)).toBe(HOSTILE);
    const body = toString(select('body', tree)!);
    for (const row of quarter.numbers) expect(body).toContain(formatFigure(row.figure));
    expect(selectAll('h2', tree).map(toString)).toEqual(['By the numbers', 'Notes by topic', 'Quotes', 'Sources']);
    expect(selectAll('h3.topic a', tree).map((a) => [toString(a), attr(a, 'href')])).toEqual([
      ['AI capex', `${SITE}/qd/topics/ai-capex/`],
      ['Chips <b>&</b> more', `${SITE}/qd/topics/chips/`],
    ]);
    expect(body).toContain('2025-Q1 · January–March 2025');
    expect(body).toContain('Published 2 April 2025');
    expect(body).toContain('1. “Source');
    const footer = select('td.footer', tree)!;
    expect(selectAll('a', footer).map((a) => attr(a, 'href'))).toEqual([`${SITE}/qd/`, `${SITE}/qd/briefs/2025-q1/`, `${SITE}/qd/rss.xml`]);
  });

  it('keeps hostile strings as text: nothing they contain becomes markup', () => {
    expect(html).not.toMatch(/<script|<img src=x|<b>|<iframe/i);
    expect(selectAll('img', tree).some((img) => attr(img, 'src') === 'x')).toBe(false);
    const quote = select('blockquote.quote p', tree)!;
    expect(toString(quote)).toBe('“</blockquote><script>alert(3)</script> It is too early”');
  });
});

describe('email text', () => {
  const lines = text.split('\n');
  const loneUrl = /^\s*(?:\[\d+\] )?https?:\/\/\S+$/;

  it(`wraps every line within ${MAX_LINE} columns, except a URL that is longer on its own`, () => {
    for (const line of lines) if (columns(line) > MAX_LINE) expect(line).toMatch(loneUrl);
    expect(lines.some((line) => line.includes(LONG_URL))).toBe(true);
  });

  it('wraps CJK by its width on screen', () => {
    const cjk = lines.filter((line) => /[\u4e00-\u9fff]/.test(line));
    expect(cjk.length).toBeGreaterThan(1);
    for (const line of cjk) expect(columns(line)).toBeLessThanOrEqual(MAX_LINE);
  });

  it('writes out every link of the HTML part, and the http ones', () => {
    const urls = new Set(selectAll('a[href], img[src]', tree).map((node) => String(attr(node, 'href') ?? attr(node, 'src'))));
    for (const url of urls) expect(text, url).toContain(url);
    expect(text).toContain('http://insecure.example/x');
    expect(text).toContain('http://example.org/old');
  });

  it('numbers the links of the running text and lists them once each', () => {
    const references = lines.filter((line) => /^\[\d+\] /.test(line));
    const numbers = references.map((line) => Number(/^\[(\d+)\]/.exec(line)![1]));
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    expect(new Set(references.map((line) => line.split(' ')[1])).size).toBe(references.length);
    expect(text).toMatch(/our note \[\d+\]/);
  });

  it('carries the title, the date, the numbers and the lede as plain text', () => {
    expect(text.startsWith(`</script><script>alert(1)</script> ]]> Tom & Jerry <img src=x\nonerror=alert(2)>\n===`)).toBe(true);
    expect(text).toContain('2025-Q1 · January–March 2025 · Published 2 April 2025');
    expect(text).toContain('Read on the site: https://briefs.example.org/qd/briefs/2025-q1/');
    expect(text).toContain('- −$589 bn: Market value lost (Nvidia).');
    expect(text).toContain('- $60–65 bn: 2025 capex guidance (Meta, 2025).');
    expect(text).toContain('A part\n------');
    expect(text).toContain('- two `x < y`');
    expect(text).toContain('> Quoted');
    expect(text).not.toMatch(/alert\(4\)|Styled.*red/);
    expect(text.endsWith(`Quarterdeck & Co: ${SITE}/qd/\n`)).toBe(true);
  });
});

describe('wrap', () => {
  it('fills lines up to the width and keeps a hanging indent', () => {
    expect(wrap('aaa bbb ccc ddd eee', { width: 9, first: '- ', rest: '  ' })).toEqual(['- aaa bbb', '  ccc ddd', '  eee']);
  });

  it('never breaks a URL, even one longer than the line', () => {
    expect(wrap(`see ${LONG_URL} here`, { width: 20 })).toEqual(['see', LONG_URL, 'here']);
  });

  it('splits a word that cannot fit, counting wide characters twice', () => {
    expect(wrap('abcdefghij', { width: 4 })).toEqual(['abcd', 'efgh', 'ij']);
    expect(wrap('中文字符测试', { width: 5 })).toEqual(['中文', '字符', '测试']);
    expect(columns('中文 ok')).toBe(7);
  });

  it('keeps words joined by a no-break space on one line and writes a plain space', () => {
    expect(wrap('one two\u00a0[3]', { width: 8 })).toEqual(['one', 'two [3]']);
  });
});

describe('email message', () => {
  it('is multipart/alternative with a UTF-8 text and HTML part that mailparser reads back whole', async () => {
    const eml = await emailMessage(model, { html, text });
    const parsed = await simpleParser(eml);
    expect(parsed.subject).toBe(HOSTILE);
    expect(parsed.html).toBe(html);
    expect(parsed.text).toBe(text);
    expect((parsed.headers.get('content-type') as { value: string }).value).toBe('multipart/alternative');
    expect(parsed.date?.toISOString()).toBe('2025-04-02T00:00:00.000Z');
    expect(parsed.from).toBeUndefined();
    const raw = eml.toString('latin1');
    expect(raw).toMatch(/Content-Type: text\/plain; charset=utf-8/);
    expect(raw).toMatch(/Content-Type: text\/html; charset=utf-8/);
    expect(raw.indexOf('text/plain')).toBeLessThan(raw.indexOf('text/html'));
  });

  it('carries non-Latin subjects and From names intact', async () => {
    const cyrillic = emailModel(quarter, { ...settings, author: 'Редакция «Квартал»' }, '');
    const parts = { html: renderEmailHtml(cyrillic), text: renderEmailText(cyrillic) };
    const parsed = await simpleParser(await emailMessage({ ...cyrillic, title: 'Квартал: 5,6 млн $ — 中文' }, parts));
    expect(parsed.subject).toBe('Квартал: 5,6 млн $ — 中文');
    expect(parsed.from?.value).toEqual([{ name: 'Редакция «Квартал»', address: 'no-reply@briefs.example.org' }]);
  });

  it('is the same file every time for the same brief', async () => {
    const first = await emailMessage(model, { html, text });
    const second = await emailMessage(emailModel(catalog().quarter('2025-q1')!, settings, LEDE), { html, text });
    expect(second.equals(first)).toBe(true);
    expect(first.toString('latin1')).toMatch(/^Message-ID: <2025-q1\.[0-9a-f]{16}@briefs\.example\.org>$/m);
  });
});

describe('fromAddress', () => {
  it('uses the author as written when it has an address', () => {
    expect(fromAddress('Jane Doe <jane@example.org>', SITE)).toEqual({ name: 'Jane Doe', address: 'jane@example.org' });
    expect(fromAddress('jane@example.org', SITE)).toEqual({ name: '', address: 'jane@example.org' });
  });

  it("puts a name alone at no-reply@ the site's host, and leaves From out without an author", () => {
    expect(fromAddress('The Quarterdeck desk', SITE)).toEqual({ name: 'The Quarterdeck desk', address: 'no-reply@briefs.example.org' });
    expect(fromAddress(null, SITE)).toBeNull();
  });
});
