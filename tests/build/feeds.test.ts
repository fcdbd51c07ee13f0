/**
 * Every feed of the built sites (the global setup builds them once per run), read the way
 * readers read them: feedsmith item by item here, Python's feedparser through
 * scripts/check-feeds.py (the CI gate for bozo feeds).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { parseOpml, parseRssFeed } from 'feedsmith';
import { describe, expect, it } from 'vitest';
import { isWebPage } from '../../src/lib/paths.ts';
import { htmlFiles, readPage } from '../helpers/html.ts';
import { projectRoot, siteDist, type SiteName } from '../helpers/sites.ts';

const ORIGIN = 'https://briefs.example.org';
const RFC_822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;

/** Every feed of a built site, as paths relative to its dist folder (sitemaps are not feeds). */
function feedFiles(dist: string): string[] {
  return (fs.readdirSync(dist, { recursive: true }) as string[])
    .filter((file) => file.endsWith('.xml') && !path.basename(file).startsWith('sitemap'))
    .map((file) => file.split(path.sep).join('/'))
    .sort();
}

const read = (site: SiteName, file: string) => fs.readFileSync(path.join(siteDist(site), file), 'utf8');
const feed = (site: SiteName, file: string) => parseRssFeed(read(site, file));
/** Folders under a section that hold a page (index.html), e.g. every topic. */
const pageDirs = (site: SiteName, section: string) =>
  fs
    .readdirSync(path.join(siteDist(site), section), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(siteDist(site), section, entry.name, 'index.html')))
    .map((entry) => entry.name)
    .sort();

describe.each([
  ['fixture', '/'],
  ['fixtureSubpath', '/qd/'],
  ['sample', '/'],
] as [SiteName, string][])('every feed of the %s site (base %s)', (site, base) => {
  const dist = siteDist(site);
  const home = `${ORIGIN}${base}`;
  const files = feedFiles(dist);

  it('has the site feed, the briefs feed and one per topic and entity page', () => {
    const expected = [
      'rss.xml',
      'briefs/rss.xml',
      ...pageDirs(site, 'topics').map((slug) => `topics/${slug}/rss.xml`),
      ...pageDirs(site, 'entities').map((slug) => `entities/${slug}/rss.xml`),
    ].sort();
    expect(files).toEqual(expected);
    expect(files.length).toBeGreaterThan(4);
  });

  it.each(files)('%s: well-formed, complete channel, every item complete and absolute', (file) => {
    const xml = read(site, file);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    // No XSL stylesheet: Chromium is removing XSLT and warns over pages that use it.
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?><rss ')).toBe(true);

    const parsed = parseRssFeed(xml);
    const self = `${home}${file.split('/').map(encodeURIComponent).join('/')}`;
    expect(parsed.title).toBeTruthy();
    expect(parsed.description).toBeTruthy();
    expect(parsed.link).toMatch(new RegExp(`^${home}`));
    expect(parsed.language).toBe('en');
    expect(parsed.atom?.links).toEqual([{ href: self, rel: 'self', type: 'application/rss+xml' }]);
    expect(parsed.image).toEqual({ url: `${home}og/site.png`, title: parsed.title, link: parsed.link });

    const items = parsed.items ?? [];
    for (const item of items) {
      const where = `${file}: ${item.link}`;
      expect(item.title, where).toBeTruthy();
      expect(item.link, where).toMatch(new RegExp(`^${home}(notes|briefs)/[^/]+/$`));
      expect(item.guid, where).toEqual({ value: item.link, isPermaLink: true });
      expect(item.pubDate, where).toMatch(RFC_822);
      expect(item.description, where).toBeTruthy();
      const content = item.content?.encoded ?? '';
      expect(content, where).toBeTruthy();
      // Every URL in the content is absolute; nothing executable survives.
      for (const [, url] of content.matchAll(/\s(?:href|src|cite)="([^"]*)"/g)) expect(url, where).toMatch(/^(https?:|mailto:)/);
      expect(content, where).not.toMatch(/<(script|style|iframe|object|embed)\b|\son[a-z]+=|javascript:/i);
    }
    // Newest first; lastBuildDate is the newest item's date (never the clock).
    const dates = items.map((item) => Date.parse(item.pubDate!));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    if (items.length > 0) expect(parsed.lastBuildDate).toBe(items[0]!.pubDate);
  });

  it('every page announces the site feed, and every feed a page announces exists', () => {
    const pages = htmlFiles(dist).filter((file) => !file.startsWith('pagefind') && isWebPage(file));
    expect(pages.length).toBeGreaterThan(5);
    for (const file of pages) {
      const hrefs = readPage(dist, file)
        .all('link[rel=alternate][type="application/rss+xml"]')
        .map((link) => String(link.properties.href));
      expect(hrefs[0], file).toBe(`${home}rss.xml`);
      for (const href of hrefs) {
        expect(href.startsWith(home), `${file}: ${href}`).toBe(true);
        const feedFile = decodeURIComponent(href.slice(home.length));
        expect(files, `${file} announces ${href}`).toContain(feedFile);
      }
    }
  });

  it('ships no XSL stylesheet', () => {
    expect(fs.existsSync(path.join(dist, 'rss.xsl'))).toBe(false);
  });

  it('lists every feed in feeds.opml (OPML 2.0) and on the feeds page, with its absolute address', () => {
    const opml = read(site, 'feeds.opml');
    expect(XMLValidator.validate(opml)).toBe(true);
    expect(opml).toMatch(/<opml version="2.0">/);
    const parsed = parseOpml(opml);
    const outlines = (parsed.body?.outlines ?? []).flatMap((group) => group.outlines ?? []);
    const listed = outlines.map((outline) => decodeURIComponent(outline.xmlUrl!.slice(home.length))).sort();
    expect(listed).toEqual(files);
    for (const outline of outlines) {
      expect(outline.type).toBe('rss');
      expect(outline.text).toBeTruthy();
      expect(outline.htmlUrl!.startsWith(home)).toBe(true);
    }
    const page = read(site, 'feeds/index.html');
    for (const outline of outlines) expect(page).toContain(`value="${outline.xmlUrl}"`);
  });
});

describe('the fixture feeds', () => {
  it('the site feed: notes and the published brief, newest first, drafts left out', () => {
    const items = feed('fixture', 'rss.xml').items!;
    expect(items.map((item) => item.link)).toEqual([
      `${ORIGIN}/notes/fixture-q2-open/`,
      `${ORIGIN}/briefs/2025-q1/`,
      `${ORIGIN}/notes/fixture-chips-selloff/`,
      `${ORIGIN}/notes/fixture-open-model/`,
      `${ORIGIN}/notes/fixture-capex-q4/`,
    ]);
  });

  it('the briefs feed: the published brief only (2025-Q2 has notes but no brief)', () => {
    const items = feed('fixture', 'briefs/rss.xml').items!;
    expect(items.map((item) => item.link)).toEqual([`${ORIGIN}/briefs/2025-q1/`]);
    expect(items[0]!.pubDate).toBe('Wed, 02 Apr 2025 00:00:00 GMT');
    const content = items[0]!.content!.encoded!;
    expect(content).toContain(`<a href="${ORIGIN}/notes/fixture-chips-selloff/">a note</a>`);
    expect(content).toContain('<td>−$589 bn</td>');
    expect(content).toContain(`<a href="${ORIGIN}/notes/fixture-open-model/"><strong>`);
  });

  it('a Markdown note with a relative link, an image and a script comes out absolute and sanitised', () => {
    for (const [site, prefix] of [['fixture', `${ORIGIN}/`], ['fixtureSubpath', `${ORIGIN}/qd/`]] as const) {
      const item = feed(site, 'topics/chips/rss.xml').items!.find((i) => i.link === `${prefix}notes/fixture-chips-selloff/`)!;
      const content = item.content!.encoded!;
      expect(content).toContain(`<a href="${prefix}notes/fixture-capex-q4/">earlier note</a>`);
      expect(content).toContain(`<img src="${prefix}favicon.svg" alt="A chart of the selloff">`);
      expect(content).toContain('<a>bad link</a>');
      expect(content).not.toMatch(/alert|<script|onclick/);
      expect(item.categories!.map((c) => c.name)).toEqual(['Chips', 'AI capex']);
    }
  });

  it('an MDX note reaches the feed rendered (expressions evaluated), sanitised, with an escaped title', () => {
    const item = feed('fixture', 'topics/open-source-models/rss.xml').items!.find((i) => i.link?.endsWith('/notes/fixture-open-model/'))!;
    expect(item.title).toBe('An open model from Яндекс: <b>not bold</b> </script> ]]> & friends');
    expect(item.content!.encoded).toContain('<p>This MDX note says the model has 7 billion parameters.</p>');
    expect(item.content!.encoded).toContain('Why it matters</h3>');
    expect(item.content!.encoded).not.toContain('export const');
  });

  it('an entity with a non-Latin slug has its feed, its URLs percent-encoded', () => {
    const parsed = feed('fixture', 'entities/яндекс/rss.xml');
    expect(parsed.link).toBe(`${ORIGIN}/entities/%D1%8F%D0%BD%D0%B4%D0%B5%D0%BA%D1%81/`);
    expect(parsed.items!.map((item) => item.link)).toEqual([`${ORIGIN}/notes/fixture-open-model/`, `${ORIGIN}/notes/fixture-capex-q4/`]);
  });

  it('a note carries its source, figures and quotes, figures formatted as on the pages', () => {
    const item = feed('fixture', 'rss.xml').items!.find((i) => i.link?.endsWith('/notes/fixture-capex-q4/'))!;
    const content = item.content!.encoded!;
    expect(content).toContain('<cite><a href="https://example.com/fixture-capex">Fixture Corp raises spending</a></cite>, Example Wire, A. Writer');
    expect(content).toContain('<td>$60–65 bn</td>');
    expect(content).toContain('<blockquote><p>We will keep building.</p>');
    expect(content).not.toContain(item.description!);
  });

  it('guids and feeds are identical across two builds of the same content', () => {
    const files = feedFiles(siteDist('fixture'));
    expect(feedFiles(siteDist('fixtureRebuild'))).toEqual(files);
    for (const file of files) {
      const guids = (site: SiteName) => (feed(site, file).items ?? []).map((item) => item.guid?.value);
      expect(guids('fixtureRebuild'), file).toEqual(guids('fixture'));
      expect(read('fixtureRebuild', file), file).toBe(read('fixture', file));
    }
  });
});

/** A python3 that has feedparser: PATH's first, else Debian's (python3-feedparser installs there). */
function pythonWithFeedparser(): string | null {
  for (const python of ['python3', '/usr/bin/python3']) {
    const probe = spawnSync(python, ['-c', 'import feedparser'], { encoding: 'utf8' });
    if (probe.status === 0) return python;
  }
  return null;
}

describe('Python feedparser (scripts/check-feeds.py)', () => {
  const python = pythonWithFeedparser();

  it.each(['fixture', 'fixtureSubpath', 'sample'] as SiteName[])('finds no bozo feed and no missing item field in the %s site', (site) => {
    expect(python, 'feedparser is missing: run scripts/install-system-deps.sh (Debian package python3-feedparser)').not.toBeNull();
    const result = spawnSync(python!, [path.join(projectRoot, 'scripts/check-feeds.py'), siteDist(site)], { encoding: 'utf8' });
    expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
    expect(result.stdout).toMatch(/check-feeds: \d+ feeds, \d+ items, 0 failing/);
  });
});
