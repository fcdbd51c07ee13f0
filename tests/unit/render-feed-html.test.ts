/**
 * Feed HTML (src/lib/markdown/render.ts): rendered like the pages, every URL absolute,
 * sanitised, and still well-formed XML once inside a feed.
 */
import { XMLValidator } from 'fast-xml-parser';
import { parseRssFeed } from 'feedsmith';
import { describe, expect, it } from 'vitest';
import { rssString, type Feed } from '../../src/lib/feeds/index.ts';
import { absolutiseUrl, renderFeedHtml, sanitizeFeedHtml } from '../../src/lib/feeds/html.ts';
import { markdownToHtml } from '../../src/lib/markdown/render.ts';

const SITE = 'https://briefs.example.org';

const NOTE = `Read [the earlier note](/notes/x/) and [its sibling](../y/), or [a part](#why).
![a chart](/img.png) and ![a local chart](chart.png)

<script>alert(1)</script>

<iframe src="https://evil.example/"></iframe>

<style>body { display: none }</style>

A <a href="/notes/z/" onclick="alert(2)">handler</a>, a [bad link](javascript:alert(3)),
<img src="/pic.png" onerror="alert(4)">, [an external one](https://example.com/a?b=1&c=2).

Text with &, <, "double" and 'single' quotes, ]]> and a \u0001 control character.
`;

const at = (base: string) => ({
  siteUrl: SITE,
  base,
  pageUrl: `${SITE}${base}notes/here/`,
});

/** What a strict XML parser requires beyond tag balance: no control characters, no unknown entities. */
function expectWellFormedXml(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
  for (const [entity] of xml.matchAll(/&[^;\s]*;?/g)) {
    expect(entity).toMatch(/^&(amp|lt|gt|quot|apos|#\d+|#x[\da-f]+);$/i);
  }
}

function feedWith(content: string, title = 'A note'): Feed {
  return {
    title: 'Test feed',
    description: 'A feed.',
    link: `${SITE}/`,
    selfUrl: `${SITE}/rss.xml`,
    language: 'en',
    lastBuildDate: new Date('2025-01-29T00:00:00Z'),
    image: { url: `${SITE}/og/site.png`, title: 'Test feed', link: `${SITE}/` },
    items: [
      {
        title,
        link: `${SITE}/notes/here/`,
        pubDate: new Date('2025-01-29T00:00:00Z'),
        description: 'Summary & <more> "quoted" ]]>',
        categories: ['AI & chips'],
        content,
      },
    ],
  };
}

describe('renderFeedHtml', () => {
  it('makes root-relative and document-relative URLs absolute', async () => {
    const html = await renderFeedHtml(NOTE, at('/'));
    expect(html).toContain(`<a href="${SITE}/notes/x/">the earlier note</a>`);
    expect(html).toContain(`<a href="${SITE}/notes/y/">its sibling</a>`);
    expect(html).toContain(`<a href="${SITE}/notes/here/#why">a part</a>`);
    expect(html).toContain(`<img src="${SITE}/img.png" alt="a chart">`);
    expect(html).toContain(`<img src="${SITE}/notes/here/chart.png" alt="a local chart">`);
    expect(html).toContain('<a href="https://example.com/a?b=1&#x26;c=2">an external one</a>');
  });

  it('honours BASE_PATH, without doubling it', async () => {
    const html = await renderFeedHtml(NOTE, at('/qd/'));
    expect(html).toContain(`<a href="${SITE}/qd/notes/x/">the earlier note</a>`);
    expect(html).toContain(`<a href="${SITE}/qd/notes/y/">its sibling</a>`);
    expect(html).toContain(`<img src="${SITE}/qd/img.png" alt="a chart">`);
    expect(html).not.toContain('/qd/qd/');
    expect(sanitizeFeedHtml('<a href="/qd/notes/x/">x</a>', at('/qd/'))).toBe(`<a href="${SITE}/qd/notes/x/">x</a>`);
  });

  it('removes scripts, styles, iframes, event handlers and javascript: URLs', async () => {
    for (const base of ['/', '/qd/']) {
      const html = await renderFeedHtml(NOTE, at(base));
      expect(html).not.toMatch(/<script|<style|<iframe|alert\(|display: none|javascript:|onclick|onerror/i);
      expect(html).toContain('a <a>bad link</a>');
    }
  });

  it('sanitises HTML that did not come from Markdown (MDX output, templates) the same way', () => {
    const html = sanitizeFeedHtml(
      `<p>MDX <a href="/notes/x/" onclick="x()">x</a><script>alert(1)</script></p>
       <iframe src="/embed"></iframe><object data="/x.swf">obj</object><svg><title>t</title><script>1</script></svg>
       <a href=" JaVaScRiPt:alert(1)">caps</a><a href="java&#x09;script:alert(1)">tab</a><a href="data:text/html,x">data</a>
       <a href="//evil.example/x">protocol-relative</a><img srcset="/a.png 1x, /b.png 2x" src="/a.png" style="x">
       <form action="/x"><input name="q"></form><blockquote cite="/source/">q</blockquote>`,
      at('/qd/'),
    );
    expect(html).not.toMatch(/<script|<iframe|<object|<svg|<form|onclick|style=|javascript|data:|alert/i);
    expect(html).toContain(`<a href="${SITE}/qd/notes/x/">x</a>`);
    expect(html).toContain('<a>caps</a><a>tab</a><a>data</a>');
    expect(html).toContain('<a href="https://evil.example/x">protocol-relative</a>');
    expect(html).toContain(`<img src="${SITE}/qd/a.png">`);
    expect(html).toContain(`<blockquote cite="${SITE}/qd/source/">q</blockquote>`);
  });

  it('renders Markdown like the pages do (GFM tables, typographic quotes, the project plugins)', async () => {
    const html = await markdownToHtml('| a | b |\n|---|---|\n| 1 | 2 |\n\n"Quoted" text.\n\n[x](/notes/x/)', { base: '/qd/' });
    expect(html).toContain('<table>');
    expect(html).toContain('“Quoted” text.');
    // rehypeSafeLinks (src/lib/markdown/index.ts) put the base in front of the site path.
    expect(html).toContain('href="/qd/notes/x/"');
  });

  it('keeps text intact: &, <, quotes, ]]>, non-Latin letters; drops characters XML cannot carry', async () => {
    const html = await renderFeedHtml('Яндекс & Co: a < b, "x" and \'y\' ]]> \u0001\u0008 done. 日本語 🙂', at('/'));
    expect(html).toBe('<p>Яндекс &#x26; Co: a &#x3C; b, “x” and ‘y’ ]]>  done. 日本語 🙂</p>');
  });

  it('absolutiseUrl leaves absolute URLs alone and drops what cannot be resolved', () => {
    const options = { siteUrl: SITE, base: '/qd/', pageUrl: `${SITE}/qd/notes/here/` };
    expect(absolutiseUrl('https://example.com/x', options)).toBe('https://example.com/x');
    expect(absolutiseUrl('mailto:a@example.com', options)).toBe('mailto:a@example.com');
    expect(absolutiseUrl('?page=2', options)).toBe(`${SITE}/qd/notes/here/?page=2`);
    expect(absolutiseUrl('/qd', options)).toBe(`${SITE}/qd`);
    expect(absolutiseUrl('   ', options)).toBeNull();
  });
});

describe('feed HTML inside a feed', () => {
  it('is still well-formed XML, and a feed parser gets back exactly the sanitised HTML', async () => {
    for (const base of ['/', '/qd/']) {
      const content = await renderFeedHtml(NOTE, at(base));
      const feed = feedWith(content, 'Title with & < > " \' ]]> \u0001 and Яндекс');
      const xml = await rssString({ ...feed, items: feed.items.map((item) => ({ ...item, title: item.title.replace('\u0001', '') })) });
      expectWellFormedXml(xml);
      expect(xml).not.toContain('<script');
      const parsed = parseRssFeed(xml);
      const item = parsed.items![0]!;
      expect(item.content?.encoded).toBe(content);
      expect(item.title).toBe('Title with & < > " \' ]]>  and Яндекс');
      expect(item.description).toBe('Summary & <more> "quoted" ]]>');
      expect(item.categories).toEqual([{ name: 'AI & chips' }]);
      expect(item.content!.encoded).toContain(`${SITE}${base}notes/x/`);
    }
  });

  it('strips XML-invalid characters that reach the feed in titles or summaries', async () => {
    const feed = feedWith('<p>ok</p>');
    const { xmlSafe } = await import('../../src/lib/feeds/xml.ts');
    const xml = await rssString({
      ...feed,
      items: feed.items.map((item) => ({ ...item, title: xmlSafe('bad \u0001 title \uD800'), description: xmlSafe('x\u000By') })),
    });
    expectWellFormedXml(xml);
    expect(parseRssFeed(xml).items![0]!.title?.trim()).toBe('bad  title');
  });
});
