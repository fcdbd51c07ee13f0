/**
 * The benchmark's figures (scripts/bench/build-figures.ts, report.ts): the build's JSON
 * report is read when it is there and well formed, files are counted otherwise, and the
 * table says which; without Hugo the table has no ratios and says how to get it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { countOutput, readBuildReport } from '../../scripts/bench/build-figures.ts';
import { HUGO_MISSING } from '../../scripts/bench/hugo-site.ts';
import type { QdRun } from '../../scripts/bench/quarterdeck.ts';
import { pageWeight } from '../../scripts/bench/page-weight.ts';
import { baselineFigures, formatBaseline, formatColdFloor, formatPage, formatPhases, formatReport, RSS_METHOD, scenarioFigures, type BenchReport } from '../../scripts/bench/report.ts';
import { coldFloor, evenSample } from '../../scripts/bench/floor.ts';
import { bareHtml, htmlFloorBytes } from '../../scripts/bench/html-floor.ts';
import { parseGnuTime } from '../../scripts/bench/measure.ts';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'qd-bench-report-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function write(rel: string, text = '') {
  const file = path.join(tmp, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return file;
}

describe('build figures', () => {
  it('reads the build report, ignoring fields it does not know', () => {
    const file = write(
      'report.json',
      JSON.stringify({ pages: 10, feeds: 3, emails: 1, cards: { total: 9, rendered: 2, reused: 7, pruned: 0, failed: 0 }, searchPages: 11, contentFiles: { total: 12, checked: 1 }, phases: { astro: 900 } }),
    );
    expect(readBuildReport(file)).toEqual({
      source: 'report',
      pages: 10,
      feeds: 3,
      cardsRendered: 2,
      cardsReused: 7,
      searchPages: 11,
      contentFiles: { total: 12, checked: 1 },
      phases: { astro: 900 },
    });
  });

  it('falls back (null) without a report, and warns about a malformed one', () => {
    expect(readBuildReport(path.join(tmp, 'none.json'))).toBeNull();
    const warnings: string[] = [];
    expect(readBuildReport(write('bad.json', '{"pages": "many"}'), (m) => warnings.push(m))).toBeNull();
    expect(warnings.join('\n')).toMatch(/unexpected shape.*pages/);
  });

  it('counts pages (not email editions), feeds and cards from the files', () => {
    for (const rel of ['index.html', 'notes/a/index.html', 'briefs/2025-q1/index.html', 'briefs/2025-q1/email.html', 'rss.xml', 'topics/x/rss.xml', 'og/note/a.png', 'og/site.png']) {
      write(`dist/${rel}`);
    }
    const key = (c: string) => `${c.repeat(64)}.png`;
    write(`cache/${key('a')}`);
    write(`cache/${key('b')}`);
    const figures = countOutput(path.join(tmp, 'dist'), path.join(tmp, 'cache'), new Set([key('a')]));
    expect(figures).toMatchObject({ source: 'counted', pages: 3, feeds: 2, cardsRendered: 1, cardsReused: 1 });
  });
});

const run = (wallMs: number): QdRun => ({
  wallMs,
  cpuMs: wallMs * 2,
  maxRssKiB: 512_000,
  treePeakKiB: 700_000,
  status: 0,
  outputTail: '',
  source: 'counted',
  pages: 100,
  feeds: 5,
  cardsRendered: 100,
  cardsReused: 0,
  searchPages: null,
  contentFiles: null,
  phases: null,
  change: 'nothing',
});

describe('report', () => {

  it('takes the median of the runs and gives no ratio without Hugo', () => {
    const figures = scenarioFigures({ name: 'cold', runs: [run(3000), run(1000), run(2000)] }, null);
    expect(figures).toMatchObject({ wallMs: 2000, cpuMs: 4000, ratioToHugo: null, msPerPage: 20, maxRssMiB: 500, figures: 'counted' });
    const report: BenchReport = {
      machine: { cores: 2, cpu: 'cpu', memoryGiB: 8, node: 'v24', platform: 'linux' },
      corpus: { notes: 100, quarters: 16, topics: 25, entityNames: 150, entityFiles: 8, briefs: 16, briefsWithPicks: 8, files: 149, dir: '/tmp' },
      rssMethod: RSS_METHOD,
      hugo: { missing: HUGO_MISSING },
      scenarios: [figures],
      astroBaseline: { coldMs: 8000, warmMs: 4000, coldCpuMs: 9000, pages: 100 },
      coldFloor: null,
      output: { brief: null, note: null, files: 0, totalBytes: 0, htmlPages: 0, htmlBytes: 0 },
    };
    const text = formatReport(report);
    expect(text).toContain('apt-get install -y hugo');
    expect(text).toMatch(/^cold\s+2\.0\s+4\.0\s+–\s+100\s+100\/0/m);
    expect(text).toContain('floor (cold): not measured');
    expect(text).toContain('(counted)');
    expect(text).toMatch(/^Astro alone \(a bare Astro site .*\): cold 8\.0 s, warm 4\.0 s, 100 pages$/m);
  });

  it('gives the bare Astro site\'s times as ratios to Hugo too', () => {
    expect(formatBaseline({ coldMs: 8000, warmMs: 4000, coldCpuMs: 9000, pages: 1000 }, 500)).toMatch(/cold 8\.0 s \(16\.0× Hugo\), warm 4\.0 s \(8\.0× Hugo\), 1000 pages$/);
    expect(baselineFigures({ cold: [run(9000), run(7000), run(8000)], warm: [run(4000)], pages: 3 })).toEqual({ coldMs: 8000, warmMs: 4000, coldCpuMs: 16_000, pages: 3 });
  });

  it('prints Astro\'s own phases inside its phase', () => {
    expect(formatPhases({ checks: 1200, cards: 20_050, astro: 24_000, 'astro: startup': 1100, 'astro: pages': 900, swap: 40, total: 25_000 })).toBe(
      'checks 1.2 s, cards 20.1 s, astro 24.0 s (startup 1.1 s, pages 0.9 s), swap 0.0 s, total 25.0 s',
    );
    expect(formatPhases({ astro: 900 })).toBe('astro 0.9 s');
  });

  it('gives the ratio to Hugo’s median', () => {
    expect(scenarioFigures({ name: 'warm', runs: [run(5000)] }, 500).ratioToHugo).toBe(10);
  });
});

describe('page weight', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qd-weight-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('weighs a page with its stylesheets and splits its HTML into text, addresses, JSON-LD and markup', () => {
    const jsonLd = '{"@type":"Report"}';
    const html =
      `<!DOCTYPE html><html><head><title>Q1 &amp; Q2</title><script type="application/ld+json">${jsonLd}</script>` +
      '<link rel="stylesheet" href="/_astro/a.css"><link rel="stylesheet" href="/_astro/b.css"><style>p{}</style></head>' +
      '<body><p class="x">Ünï <a href="/notes/a/" aria-label="Note A">A</a> <img src="/i.png" alt="i"></p></body></html>';
    fs.mkdirSync(path.join(dir, '_astro'), { recursive: true });
    fs.mkdirSync(path.join(dir, 'briefs/q'), { recursive: true });
    fs.writeFileSync(path.join(dir, '_astro/a.css'), 'a{color:red}');
    fs.writeFileSync(path.join(dir, '_astro/b.css'), 'b{}');
    fs.writeFileSync(path.join(dir, 'briefs/q/index.html'), html);
    const weight = pageWeight(dir, 'briefs/q/index.html')!;
    const text = Buffer.byteLength('Q1 & Q2') + Buffer.byteLength('Ünï ') + 1 + 1;
    expect(weight).toMatchObject({
      file: 'briefs/q/index.html',
      bytes: Buffer.byteLength(html),
      css: { files: 2, bytes: 'a{color:red}'.length + 'b{}'.length },
      anatomy: { text, addresses: '/_astro/a.css/_astro/b.css/notes/a//i.png'.length, jsonLd: jsonLd.length, hooks: ' class="x"'.length, aria: ' aria-label="Note A"'.length },
    });
    const { anatomy } = weight;
    expect(anatomy.text + anatomy.addresses + anatomy.jsonLd + anatomy.markup).toBe(weight.bytes);
    expect(formatPage('brief', weight)).toMatch(/^brief briefs\/q\/index\.html: 0\.\d KiB \(gzip 0\.\d KiB\) \+ CSS 0\.0 KiB in 2 files \(gzip 0\.\d KiB\) = 0\.\d KiB .*; its HTML is text 0\.0 KiB, link addresses 0\.0 KiB, JSON-LD 0\.0 KiB, markup 0\.\d KiB \(of which class and data- attributes 0\.0 KiB, ARIA attributes 0\.0 KiB\); with the same content it could not weigh less than 0\.\d KiB \(bare tags, only the attributes that carry content\)$/);
    expect(weight.floor).toBe(Buffer.byteLength(bareHtml(unified().use(rehypeParse).parse(html))));
    expect(weight.floor).toBeLessThan(weight.bytes);
    expect(pageWeight(dir, 'missing.html')).toBeNull();
    expect(formatPage('note', null)).toBe('note: not found');
  });
});

describe('GNU time', () => {
  it.each([
    ['a run', '512000 12.50 3.25\n', { maxRssKiB: 512_000, cpuMs: 15_750 }],
    ['a failed run: the status line above the figures', 'Command exited with non-zero status 1\n2048 0.01 0.00\n', { maxRssKiB: 2048, cpuMs: 10 }],
    ['the old one-figure format', '512000\n', { maxRssKiB: null, cpuMs: null }],
    ['no figures', 'Command terminated by signal 9\n', { maxRssKiB: null, cpuMs: null }],
  ])('reads %s', (_name, text, expected) => {
    expect(parseGnuTime(text)).toEqual(expected);
  });
});

describe('cold floor', () => {
  it('samples evenly across the list, all of it when it is short', () => {
    expect(evenSample([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 5)).toEqual([0, 2, 4, 6, 8]);
    expect(evenSample([0, 1, 2, 3, 4, 5, 6], 3)).toEqual([0, 2, 4]);
    expect(evenSample([1, 2], 5)).toEqual([1, 2]);
  });

  it('adds the fixed parts\' CPU and spreads it over the cores', () => {
    const floor = coldFloor({ astroCpuMs: 8000, card: { cards: 1000, sampled: 60, cpuMsPerCard: 20 }, pagefindCpuMs: 2000, cores: 2 });
    expect(floor).toMatchObject({ cardsCpuMs: 20_000, totalCpuMs: 30_000, wallMs: 15_000, cores: 2 });
    const cold = scenarioFigures({ name: 'cold', runs: [{ ...run(25_000), cpuMs: 47_500 }] }, 500);
    expect(formatColdFloor(floor, 500, cold)).toBe(
      'floor (cold): the parts the stack fixes, on 2 cores with nothing waiting: the bare Astro site 8.0 s of CPU, 1000 cards × 20.0 ms of CPU (60 of them drawn to time it) = 20.0 s, ' +
        'Pagefind 2.0 s: 30.0 s of CPU, so at least 15.0 s (30.0× Hugo) before any feed, email, brief, topic or entity page or check; the cold build used 47.5 s of CPU (1.9 cores busy)',
    );
    expect(formatColdFloor(floor, null, undefined)).toMatch(/so at least 15\.0 s before any feed/);
    expect(formatColdFloor(null, 500, cold)).toMatch(/not measured/);
  });
});

describe('HTML floor', () => {
  const parse = (html: string) => unified().use(rehypeParse).parse(html);
  const page = (body: string) => `<!doctype html><html><head><title>T</title></head><body>${body}</body></html>`;

  it.each([
    ['drops classes, ARIA and data- attributes', '<p class="a" aria-label="b" data-x="c">Text</p>', '<p>Text'],
    ['keeps addresses, dates and external rels', '<a href="/n/" rel="external noopener">N</a> <time datetime="2025-01-02">2 Jan</time>', '<a href=/n/ rel="external noopener">N</a> <time datetime=2025-01-02>2 Jan</time>'],
    ['keeps an id a link points at, drops one nothing links to', '<a href="#s-1">[1]</a><ol><li id="s-1">A</li><li id="s-2">B</li></ol>', '<a href=#s-1>[1]</a><ol><li id=s-1>A<li>B</ol>'],
    ['keeps chart geometry and its role', '<svg role="img" viewBox="0 0 10 10" class="c"><rect x="1" y="2" width="3" height="4" class="bar"></rect></svg>', '<svg role=img viewBox="0 0 10 10"><rect x=1 y=2 width=3 height=4></rect></svg>'],
  ])('%s', (_name, body, expected) => {
    const tree = parse(page(body));
    expect(bareHtml(tree)).toBe(`<!doctypehtml><title>T</title>${expected}`);
    expect(htmlFloorBytes(tree)).toBe(Buffer.byteLength(bareHtml(tree)));
  });

  it('keeps the head as it is', () => {
    const head = '<meta property="og:title" content="A &amp; B"><link rel="canonical" href="https://x.example/a/">';
    expect(bareHtml(parse(`<!doctype html><html><head><title>T</title>${head}</head><body><p>x</p></body></html>`))).toBe(
      '<!doctypehtml><title>T</title><meta property=og:title content="A &#x26; B"><link rel=canonical href=https://x.example/a/><p>x',
    );
  });
});
