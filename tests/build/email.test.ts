/**
 * The email edition in the built sites: email.html and email.txt for every published brief
 * (the briefs feed says which are published) and for no other quarter; absolute links under
 * the site's base; left out of the sitemap and of the search index.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { parseRssFeed } from 'feedsmith';
import { describe, expect, it } from 'vitest';
import { MAX_LINE, columns } from '../../src/lib/email/index.ts';
import { readPage } from '../helpers/html.ts';
import { siteDist, type SiteName } from '../helpers/sites.ts';

const ORIGIN = 'https://briefs.example.org';

describe.each([
  ['fixture', '/', ['2025-q1'], ['2024-q4', '2025-q2']],
  ['fixtureSubpath', '/qd/', ['2025-q1'], ['2024-q4', '2025-q2']],
  ['sample', '/', ['2024-q4', '2025-q1'], ['2025-q2']],
] as [SiteName, string, string[], string[]][])('the email edition of the %s site (base %s)', (site, base, published, unpublished) => {
  const dist = siteDist(site);
  const briefsDir = path.join(dist, 'briefs');
  const quarters = fs
    .readdirSync(briefsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(briefsDir, entry.name, 'index.html')))
    .map((entry) => entry.name)
    .sort();
  const feed = parseRssFeed(fs.readFileSync(path.join(briefsDir, 'rss.xml'), 'utf8'));
  const inFeed = (feed.items ?? []).map((item) => /\/briefs\/([^/]+)\/$/.exec(item.link ?? '')![1]!).sort();

  it('exists for every published brief and for no other quarter', () => {
    expect(inFeed).toEqual(published);
    expect(quarters).toEqual([...published, ...unpublished].sort());
    for (const quarter of quarters) {
      const has = published.includes(quarter);
      expect(fs.existsSync(path.join(briefsDir, quarter, 'email.html')), `${quarter}/email.html`).toBe(has);
      expect(fs.existsSync(path.join(briefsDir, quarter, 'email.txt')), `${quarter}/email.txt`).toBe(has);
    }
  });

  it.each(published)('%s: the HTML is the brief, linked absolutely under the base, and not for the search index', (quarter) => {
    const page = readPage(dist, `briefs/${quarter}/email.html`);
    const brief = readPage(dist, `briefs/${quarter}/`);
    expect(page.text('h1')).toBe(brief.text('h1'));
    const urls = page.all('[href], [src]').map((node) => String(node.properties.href ?? node.properties.src));
    for (const url of urls) expect(url.startsWith('https://'), url).toBe(true);
    const own = urls.filter((url) => url.startsWith(ORIGIN));
    expect(own.length).toBeGreaterThan(5);
    for (const url of own) expect(url.startsWith(`${ORIGIN}${base}`), url).toBe(true);
    expect(own).toContain(`${ORIGIN}${base}briefs/${quarter}/`);
    expect(page.all('script, link')).toEqual([]);
    expect(page.all('[data-pagefind-body], [data-pagefind-ignore]')).toEqual([]);
  });

  it.each(published)('%s: the text is wrapped and writes out the brief URL', (quarter) => {
    const text = fs.readFileSync(path.join(briefsDir, quarter, 'email.txt'), 'utf8');
    expect(text).toContain(`Read on the site: ${ORIGIN}${base}briefs/${quarter}/`);
    for (const line of text.split('\n')) if (columns(line) > MAX_LINE) expect(line).toMatch(/^(?:\[\d+\] )?https?:\/\/\S+$/);
  });

  it('is in neither the sitemap nor the search index', () => {
    const sitemaps = fs.readdirSync(dist).filter((file) => /^sitemap-\d+\.xml$/.test(file));
    expect(sitemaps.length).toBeGreaterThan(0);
    for (const file of sitemaps) {
      const sitemap = fs.readFileSync(path.join(dist, file), 'utf8');
      expect(sitemap).toContain(`<loc>${ORIGIN}${base}briefs/${published[0]}/</loc>`);
      expect(sitemap).not.toMatch(/email\.(?:html|txt)/);
    }
    const fragments = path.join(dist, 'pagefind', 'fragment');
    const urls = fs.readdirSync(fragments).map((file) => {
      const json = zlib.gunzipSync(fs.readFileSync(path.join(fragments, file))).toString('utf8');
      return (JSON.parse(json.slice(json.indexOf('{'))) as { url: string }).url;
    });
    // Pagefind records URLs from the output folder; its UI adds the base it is served under.
    expect(urls).toContain(`/briefs/${published[0]}/`);
    expect(urls.filter((url) => url.includes('email'))).toEqual([]);
  });
});
