/**
 * No broken internal links: every href/src/srcset, <link>, canonical, og:image, feed link and
 * sitemap entry of a build resolves to a file of that build, at the root and under /qd/.
 * The gate itself is proven twice: a synthetic site with every tricky case passes clean, and
 * defects planted into a copy of a real build are each reported.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findBrokenLinks, formatBrokenLinks, type BrokenLink } from '../helpers/links.ts';
import { SITES, siteDist, type SiteName } from '../helpers/sites.ts';

const checked: SiteName[] = ['sample', 'sampleSubpath', 'fixture', 'fixtureSubpath'];

/** Groups failures by kind so 300 pages pointing at absent cards read as one group, not 300 lines. */
function summarise(broken: BrokenLink[]): string {
  const groups = new Map<string, BrokenLink[]>();
  for (const b of broken) {
    const kind = b.reason.replace(/^no ([^/\s]+)\/\S* in the build$/, 'no $1/… in the build').replace(/"[^"]*"/g, '"…"');
    const key = `${b.where}: ${kind}`;
    groups.set(key, [...(groups.get(key) ?? []), b]);
  }
  return [...groups]
    .map(([key, list]) => `${key} (${list.length}×), e.g.\n${formatBrokenLinks(list.slice(0, 4)).replace(/^/gm, '    ')}`)
    .join('\n');
}

describe.each(checked)('links of the %s build', (name) => {
  const spec = SITES[name];
  it(`all resolve (base ${spec.basePath})`, () => {
    const dist = siteDist(name);
    const broken = findBrokenLinks(dist, { base: spec.basePath, origin: spec.siteUrl });
    expect(summarise(broken), `broken links in ${dist}`).toBe('');
  });
});

const temps: string[] = [];
afterAll(() => temps.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  temps.push(dir);
  return dir;
}

function write(root: string, rel: string, text: string) {
  fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
  fs.writeFileSync(path.join(root, rel), text);
}

const page = (body: string, head = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title>${head}</head><body>${body}</body></html>`;

describe('the link checker', () => {
  const origin = 'https://briefs.example.org';

  /** A small site under /qd/ with every case the real builds use. */
  function synthetic(): string {
    const root = tempDir('qd-links-');
    write(
      root,
      'index.html',
      page(
        `<a href="/qd/">home</a> <a href="/qd/entities/%D1%8F%D0%BD%D0%B4%D0%B5%D0%BA%D1%81/">Яндекс</a>
         <a href="/qd/entities/яндекс/#notes">raw Cyrillic with fragment</a>
         <a href="entities/%D1%8F%D0%BD%D0%B4%D0%B5%D0%BA%D1%81/">relative</a>
         <a href="#main">skip</a> <main id="main"></main>
         <a href="https://elsewhere.example/x">external</a> <a href="mailto:ed@example.org">mail</a>
         <img src="/qd/og/site.png" srcset="/qd/og/site.png 1x, /qd/og/site.png 2x" alt="">
         <a href="/qd/rss.xml">feed</a>`,
        `<link rel="canonical" href="${origin}/qd/"><meta property="og:image" content="${origin}/qd/og/site.png">
         <link rel="alternate" type="application/rss+xml" href="${origin}/qd/rss.xml">`,
      ),
    );
    write(root, 'entities/яндекс/index.html', page('<h2 id="notes">Notes</h2><a href="../../">up</a>'));
    write(root, 'og/site.png', 'png');
    write(
      root,
      'rss.xml',
      `<?xml version="1.0"?><rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
        <link>${origin}/qd/</link><atom:link href="${origin}/qd/rss.xml" rel="self"/>
        <item><link>${origin}/qd/entities/%D1%8F%D0%BD%D0%B4%D0%B5%D0%BA%D1%81/</link><guid isPermaLink="false">note:x</guid>
        <content:encoded><![CDATA[<p><a href="${origin}/qd/entities/%D1%8F%D0%BD%D0%B4%D0%B5%D0%BA%D1%81/#notes">x</a></p>]]></content:encoded>
        <description>&lt;a href="https://elsewhere.example/"&gt;out&lt;/a&gt;</description></item></channel></rss>`,
    );
    write(root, 'robots.txt', `User-agent: *\nAllow: /\nSitemap: ${origin}/qd/rss.xml\n`);
    return root;
  }

  it('passes a clean site: base path, Cyrillic slugs, fragments, srcset, metas, feeds', () => {
    expect(formatBrokenLinks(findBrokenLinks(synthetic(), { base: '/qd/', origin }))).toBe('');
  });

  it('reports each planted defect with its file and reason', () => {
    const root = synthetic();
    write(
      root,
      'notes/planted/index.html',
      page(
        `<a href="/qd/notes/missing/">gone</a> <a href="/qd/entities/яндекс/#nowhere">bad fragment</a>
         <a href="/entities/яндекс/">no base</a> <a href="/qd/entities/яндекс">no slash</a>
         <img src="../../og/missing.png" alt="">`,
        `<meta property="og:image" content="${origin}/qd/og/note/planted.png"><meta property="og:url" content="/qd/">
         <link rel="canonical" href="https://quarterdeck.example/qd/notes/planted/">`,
      ),
    );
    write(
      root,
      'rss.xml',
      `<rss><channel><link>https://quarterdeck.example/qd/</link><item><link>${origin}/qd/notes/missing/</link>
        <content:encoded><![CDATA[<img src="/qd/og/site.png">]]></content:encoded></item></channel></rss>`,
    );
    const broken = findBrokenLinks(root, { base: '/qd/', origin });
    const lines = broken.map((b) => `${b.file} ${b.where} ${b.ref} → ${b.reason}`);
    expect(lines).toEqual([
      'notes/planted/index.html a[href] /qd/notes/missing/ → no notes/missing/index.html in the build',
      'notes/planted/index.html a[href] /qd/entities/яндекс/#nowhere → no element with id "nowhere" on entities/яндекс/index.html',
      'notes/planted/index.html a[href] /entities/яндекс/ → outside the base path /qd/',
      'notes/planted/index.html a[href] /qd/entities/яндекс → folder without trailing slash (a redirect on most hosts)',
      'notes/planted/index.html link[rel=canonical] https://quarterdeck.example/qd/notes/planted/ → not on the site\'s origin https://briefs.example.org',
      'notes/planted/index.html img[src] ../../og/missing.png → no og/missing.png in the build',
      `notes/planted/index.html meta[og:image] ${origin}/qd/og/note/planted.png → no og/note/planted.png in the build`,
      'notes/planted/index.html meta[og:url] /qd/ → must be an absolute URL here',
      "rss.xml <link> https://quarterdeck.example/qd/ → not on the site's origin https://briefs.example.org",
      `rss.xml <link> ${origin}/qd/notes/missing/ → no notes/missing/index.html in the build`,
      'rss.xml <content:encoded> img[src] /qd/og/site.png → must be an absolute URL here',
    ]);
  });

  it('fails on a broken link and a missing fragment planted into a copy of the sample build', () => {
    const copy = tempDir('qd-links-sample-');
    fs.cpSync(siteDist('sample'), copy, { recursive: true });
    const options = { base: SITES.sample.basePath, origin: SITES.sample.siteUrl };
    const before = new Set(findBrokenLinks(copy, options).map((b) => JSON.stringify(b)));
    const brief = fs.readdirSync(path.join(copy, 'briefs')).find((name) => /^\d{4}-q\d$/.test(name))!;
    const file = path.join(copy, 'briefs', brief, 'index.html');
    fs.writeFileSync(
      file,
      fs.readFileSync(file, 'utf8').replace('</main>', '<a href="/notes/no-such-note/">x</a><a href="#no-such-section">y</a></main>'),
    );
    const added = findBrokenLinks(copy, options).filter((b) => !before.has(JSON.stringify(b)));
    expect(added.map((b) => `${b.file}: ${b.ref}: ${b.reason}`)).toEqual([
      `briefs/${brief}/index.html: /notes/no-such-note/: no notes/no-such-note/index.html in the build`,
      `briefs/${brief}/index.html: #no-such-section: no element with id "no-such-section" on briefs/${brief}/index.html`,
    ]);
  });
});
