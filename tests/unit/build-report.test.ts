import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PARTIAL_REPORT_ENV, addToReport, astroPhases, readPartialReport, readRouteTimes, recordRouteTime } from '../../src/lib/build/report.ts';
import { routePhase, type RoutePhase } from '../../src/lib/build/route-phase.ts';

describe('routePhase', () => {
  it.each<[string, RoutePhase]>([
    ['/', 'pages'],
    ['/404/', 'pages'],
    ['/notes/a-note/', 'pages'],
    ['/briefs/2025-q1/figures/', 'pages'],
    ['/qd/entities/%D1%8F/', 'pages'],
    ['/rss.xml', 'feeds'],
    ['/topics/ai-capex/rss.xml', 'feeds'],
    ['/briefs/rss.xml', 'feeds'],
    ['/qd/briefs/rss.xml', 'feeds'],
    ['/feeds.opml', 'feeds'],
    ['/briefs/2025-q1/email.html', 'emails'],
    ['/briefs/2025-q1/email.txt', 'emails'],
    ['/og/note/a-note.png', 'cards'],
    ['/qd/og/site.png', 'cards'],
    ['/briefs/2025-q1/figures.csv', 'files'],
    ['/briefs/2025-q1/figures.json', 'files'],
    ['/robots.txt', 'files'],
  ])('%s counts towards %s', (pathname, phase) => {
    expect(routePhase(pathname)).toBe(phase);
  });
});

describe('the build report channel from Astro to the build script', () => {
  let dir = '';
  let file = '';
  let env: NodeJS.ProcessEnv = {};
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qd-report-'));
    file = path.join(dir, 'report.json');
    env = { [PARTIAL_REPORT_ENV]: file };
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('sums the routes\' render times by phase, in the order they first appear', () => {
    recordRouteTime('pages', 1.25, env);
    recordRouteTime('feeds', 10, env);
    recordRouteTime('pages', 2.5, env);
    expect(readRouteTimes(file)).toEqual({ pages: 4, feeds: 10 });
    expect(Object.keys(readRouteTimes(file))).toEqual(['pages', 'feeds']);
  });

  it('reads no times when no route rendered, and writes none without a report', () => {
    expect(readRouteTimes(path.join(dir, 'none.json'))).toEqual({});
    recordRouteTime('pages', 1, {});
    expect(fs.existsSync(`${file}.routes`)).toBe(false);
  });

  it('adds each integration\'s phases to the ones already reported', () => {
    addToReport({ phases: { startup: 5 } }, env);
    addToReport({ searchPages: 3, phases: { sitemap: 7 } }, env);
    addToReport({ endpointCards: { rendered: 1, reused: 0, keys: ['k'] } }, env);
    expect(readPartialReport(file)).toEqual({ searchPages: 3, phases: { startup: 5, sitemap: 7 }, endpointCards: { rendered: 1, reused: 0, keys: ['k'] } });
  });
});

describe('astroPhases', () => {
  it('splits the generate step into the routes\' rendering and the rest, in the order they run', () => {
    const phases = astroPhases({ startup: 900, content: 3000, generate: 5000, sitemap: 50, 'search index': 1200 }, { pages: 1000, feeds: 1500, emails: 400 });
    expect(phases).toEqual({
      'astro: startup': 900,
      'astro: content': 3000,
      'astro: bundle, paths and writes': 2100,
      'astro: pages': 1000,
      'astro: feeds': 1500,
      'astro: emails': 400,
      'astro: sitemap': 50,
      'astro: search index': 1200,
    });
    expect(Object.keys(phases)).toEqual([
      'astro: startup',
      'astro: content',
      'astro: bundle, paths and writes',
      'astro: pages',
      'astro: feeds',
      'astro: emails',
      'astro: sitemap',
      'astro: search index',
    ]);
  });

  it('reports only the phases it was told about', () => {
    expect(astroPhases({}, {})).toEqual({});
    expect(astroPhases({ generate: 100 }, { pages: 150 })).toEqual({ 'astro: bundle, paths and writes': 0, 'astro: pages': 150 });
  });
});
