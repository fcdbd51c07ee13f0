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
import { baselineFigures, formatBaseline, formatPage, formatPhases, formatReport, RSS_METHOD, scenarioFigures, type BenchReport } from '../../scripts/bench/report.ts';

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

describe('report', () => {
  const run = (wallMs: number): QdRun => ({
    wallMs,
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

  it('takes the median of the runs and gives no ratio without Hugo', () => {
    const figures = scenarioFigures({ name: 'cold', runs: [run(3000), run(1000), run(2000)] }, null);
    expect(figures).toMatchObject({ wallMs: 2000, ratioToHugo: null, msPerPage: 20, maxRssMiB: 500, figures: 'counted' });
    const report: BenchReport = {
      machine: { cores: 2, cpu: 'cpu', memoryGiB: 8, node: 'v24', platform: 'linux' },
      corpus: { notes: 100, quarters: 16, topics: 25, entityNames: 150, entityFiles: 8, briefs: 16, briefsWithPicks: 8, files: 149, dir: '/tmp' },
      rssMethod: RSS_METHOD,
      hugo: { missing: HUGO_MISSING },
      scenarios: [figures],
      astroBaseline: { coldMs: 8000, warmMs: 4000, pages: 100 },
      output: { brief: null, note: null, files: 0, totalBytes: 0, htmlPages: 0, htmlBytes: 0 },
    };
    const text = formatReport(report);
    expect(text).toContain('apt-get install -y hugo');
    expect(text).toMatch(/^cold\s+2\.0\s+–\s+100\s+100\/0/m);
    expect(text).toContain('(counted)');
    expect(text).toMatch(/^Astro alone \(a bare Astro site .*\): cold 8\.0 s, warm 4\.0 s, 100 pages$/m);
  });

  it('gives the bare Astro site\'s times as ratios to Hugo too', () => {
    expect(formatBaseline({ coldMs: 8000, warmMs: 4000, pages: 1000 }, 500)).toMatch(/cold 8\.0 s \(16\.0× Hugo\), warm 4\.0 s \(8\.0× Hugo\), 1000 pages$/);
    expect(baselineFigures({ cold: [run(9000), run(7000), run(8000)], warm: [run(4000)], pages: 3 })).toEqual({ coldMs: 8000, warmMs: 4000, pages: 3 });
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
      '<body><p class="x">Ünï <a href="/notes/a/">A</a> <img src="/i.png" alt="i"></p></body></html>';
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
      anatomy: { text, addresses: '/_astro/a.css/_astro/b.css/notes/a//i.png'.length, jsonLd: jsonLd.length, hooks: ' class="x"'.length },
    });
    const { anatomy } = weight;
    expect(anatomy.text + anatomy.addresses + anatomy.jsonLd + anatomy.markup).toBe(weight.bytes);
    expect(formatPage('brief', weight)).toMatch(/^brief briefs\/q\/index\.html: 0\.\d KiB \(gzip 0\.\d KiB\) \+ CSS 0\.0 KiB in 2 files \(gzip 0\.\d KiB\) = 0\.\d KiB .*; its HTML is text 0\.0 KiB, link addresses 0\.0 KiB, JSON-LD 0\.0 KiB, markup 0\.\d KiB \(of which class and data- attributes 0\.0 KiB\)$/);
    expect(pageWeight(dir, 'missing.html')).toBeNull();
    expect(formatPage('note', null)).toBe('note: not found');
  });
});
