import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { rehypePlugins } from '../../src/lib/markdown/index.ts';

/** The page pipeline as Astro runs it: Markdown → HAST (raw HTML kept) → our plugins. */
async function render(markdown: string, { base = '/', path = 'note.md', raw = true } = {}) {
  const file = new VFile({ path, value: markdown });
  const processor = unified().use(remarkParse).use(remarkRehype, { allowDangerousHtml: true });
  if (raw) processor.use((await import('rehype-raw')).default);
  const out = await processor
    .use(rehypePlugins({ base }))
    .use(rehypeStringify, { allowDangerousHtml: true })
    .process(file);
  return String(out);
}

describe('page Markdown plugins', () => {
  it('keep http(s) links and mark them external noopener', async () => {
    expect(await render('[a](https://example.com/x)')).toBe(
      '<p><a href="https://example.com/x" rel="external noopener noreferrer">a</a></p>',
    );
  });
  it.each(['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,hi', 'vbscript:x', '//evil.example/x'])(
    'drop a %s link but keep its text',
    async (href) => {
      expect(await render(`[text](${href})`)).toBe('<p><a>text</a></p>');
    },
  );
  it('prefix root-relative links and images with the base', async () => {
    expect(await render('[n](/notes/x/) ![i](/img.png)', { base: '/qd/' })).toBe(
      '<p><a href="/qd/notes/x/">n</a> <img src="/qd/img.png" alt="i"></p>',
    );
    expect(await render('[n](/qd/notes/x/)', { base: '/qd/' })).toBe('<p><a href="/qd/notes/x/">n</a></p>');
    expect(await render('[n](/notes/x/)')).toBe('<p><a href="/notes/x/">n</a></p>');
  });
  it('strip script, style, iframe and event handlers from Markdown', async () => {
    const html = await render('<script>alert(1)</script>\n\n<iframe src="https://x"></iframe>\n\n<p onclick="x()">hi</p><style>p{}</style>');
    expect(html).not.toMatch(/script|iframe|onclick|style/);
    expect(html).toContain('hi');
  });
  it('keep harmless raw HTML such as <sup> and <details>', async () => {
    const html = await render('E = mc<sup>2</sup>\n\n<details><summary>More</summary>\n\nHidden\n\n</details>', { raw: false });
    expect(html).toContain('<sup>2</sup>');
    expect(html).toContain('<details><summary>More</summary>');
  });
  it('strip scripts even when raw HTML reaches the plugins unparsed (as in Astro)', async () => {
    const html = await render('<script>alert(1)</script>\n\nText <span onclick="x()">here</span>', { raw: false });
    expect(html).not.toMatch(/script|onclick|alert/);
    expect(html).toContain('here');
  });
  it('keep heading ids unprefixed', async () => {
    const html = await render('<h3 id="why">Why</h3>');
    expect(html).toBe('<h3 id="why">Why</h3>');
  });
});
