/**
 * Astro's incremental build (experimental.incrementalBuild, with the cache keys of
 * src/lib/catalog/page-keys.ts) is safe: a copy of the fixture built, then edited (one note's
 * body and one of its figures changed, another note deleted), then built again reuses what it
 * can from the previous site, and its output equals, byte for byte, a clean build of the
 * edited content. Between the two, one body is touched up and the copy built again: the
 * search index of that build, where no page came or went, is the previous one's updated
 * (src/lib/build/search-index.ts), byte for byte a fresh index of its pages.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BuildReport } from '../../src/lib/build/report.ts';
import { writeSearchIndex } from '../../src/lib/build/search-index.ts';
import { hashTree } from '../helpers/bad-corpus.ts';
import { scratchFolder } from '../helpers/scratch.ts';
import { INCREMENTAL_EDIT, outputRoot, SITES, siteDist, siteLog } from '../helpers/sites.ts';

const incremental = siteDist('incremental');
const clean = siteDist('incrementalClean');
const previousSite = path.join(path.dirname(incremental), '.dist.previous');
const scratch = scratchFolder('qd-incremental-');
const report = (file: string) => JSON.parse(fs.readFileSync(path.join(outputRoot, SITES.incremental.name, file), 'utf8')) as BuildReport;

/** Every file under a folder, relative, sorted. */
function filesOf(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((rel) => fs.statSync(path.join(dir, rel)).isFile())
    .map((rel) => rel.split(path.sep).join('/'))
    .sort();
}

describe('an incremental build after an edit', () => {
  it('writes the same files as a clean build of the edited content, byte for byte', () => {
    const files = filesOf(incremental);
    expect(files).toEqual(filesOf(clean));
    const differ = files.filter((rel) => !fs.readFileSync(path.join(incremental, rel)).equals(fs.readFileSync(path.join(clean, rel))));
    expect(differ).toEqual([]);
    expect(hashTree(incremental)).toBe(hashTree(clean));
  });

  it('starts from the previous site, linked: the pages it reuses are the same files, the ones it renders new ones', () => {
    const previous = previousSite;
    const inode = (dir: string, rel: string) => fs.statSync(path.join(dir, rel)).ino;
    // Reused: found in place, not copied from Astro's cache (src/lib/build/prelinked-staging.ts).
    const reused = 'entities/e2e-labs/index.html';
    expect(inode(incremental, reused)).toBe(inode(previous, reused));
    // Rendered again: written as a new file, so the site it replaced kept its own page.
    const edited = `notes/${INCREMENTAL_EDIT.slug}/index.html`;
    expect(inode(incremental, edited)).not.toBe(inode(previous, edited));
    expect(fs.readFileSync(path.join(previous, edited), 'utf8')).not.toContain('larger than last year');
    // The deleted note's page was in the previous site and is not in this one.
    const deleted = `notes/${INCREMENTAL_EDIT.deleted.slug}/index.html`;
    expect(fs.existsSync(path.join(previous, deleted))).toBe(true);
    expect(fs.existsSync(path.join(incremental, deleted))).toBe(false);
    expect(fs.existsSync(path.join(incremental, 'notes', INCREMENTAL_EDIT.deleted.slug))).toBe(false);
  });

  it('updates the search index of the site it replaces when no page came or went', async () => {
    // The site the edit replaced is the touched-up build's.
    const log = fs.readFileSync(path.join(outputRoot, SITES.incremental.name, 'build-touched.log'), 'utf8');
    const [, kept] = log.match(/search index: \d+ pages \(\d+ rewritten page\(s\) added to an index of the previous site; (\d+) page\(s\) and \d+ word chunk\(s\) of it kept as they were\)/) ?? [];
    // The pages not rewritten keep their entries: the previous index's own files (search-index-seed.ts).
    expect(Number(kept)).toBeGreaterThan(0);
    expect(fs.readFileSync(path.join(previousSite, 'notes', 'fixture-q2-open', 'index.html'), 'utf8')).toContain('touched up between two builds');
    const copy = scratch();
    fs.cpSync(previousSite, copy, { recursive: true, filter: (source) => !source.includes(`${path.sep}pagefind`) });
    const settings = { language: 'en', pagefindVersion: 'test', cacheDir: scratch() };
    expect((await writeSearchIndex(copy, settings)).how).toBe('indexed');
    expect(hashTree(path.join(previousSite, 'pagefind'))).toBe(hashTree(path.join(copy, 'pagefind')));
  });

  it('shows the edit on the pages that show the note', () => {
    const note = fs.readFileSync(path.join(incremental, 'notes', INCREMENTAL_EDIT.slug, 'index.html'), 'utf8');
    expect(note).toContain('larger than last year');
    const csv = fs.readFileSync(path.join(incremental, 'briefs', '2024-q4', 'figures.csv'), 'utf8');
    expect(csv).toContain('41.5');
    expect(csv).not.toContain('39.2');
  });

  it('copies the pages the edit does not touch from the previous build and renders only what changed', () => {
    // eslint-disable-next-line no-control-regex
    const log = fs.readFileSync(siteLog('incremental'), 'utf8').replace(/\u001b\[[0-9;]*m/g, '');
    const copied = log.match(/\(cached\)/g) ?? [];
    expect(copied.length).toBeGreaterThan(10);
    // An entity the edited note does not name is copied; the edited note is rendered.
    expect(log).toMatch(/entities\/e2e-labs\/index\.html\s*\(cached\)/);
    // So are its feed and the email of a quarter it is not in, though the two builds were started
    // from different command lines (src/lib/build/astro-env.ts).
    expect(log).toMatch(/entities\/e2e-labs\/rss\.xml\s*\(cached\)/);
    expect(log).toMatch(/briefs\/2025-q1\/email\.html\s*\(cached\)/);
    // The briefs feed carries no note of the edited quarter (it has no brief); the site feed does.
    expect(log).toMatch(/\/briefs\/rss\.xml\s*\(cached\)/);
    expect(log).toMatch(/ \/rss\.xml\s*\(\+\d+ms\)/);
    expect(log).not.toMatch(new RegExp(`notes/${INCREMENTAL_EDIT.slug}/index\\.html\\s*\\((?:cached|restored)\\)`));
    expect(log).toMatch(new RegExp(`notes/${INCREMENTAL_EDIT.slug}/index\\.html\\s*\\(\\+\\d+ms\\)`));
    const before = report('report-before.json');
    const after = report('report.json');
    expect(before.cards.rendered).toBeGreaterThan(5);
    // Only the cards that show the edited figure are drawn again.
    expect(after.cards.rendered).toBeGreaterThan(0);
    expect(after.cards.rendered).toBeLessThan(before.cards.rendered / 2);
    // The checks read afresh only the edited file; the others' findings were kept (check-cache.ts).
    expect(before.contentFiles.checked).toBe(before.contentFiles.total);
    expect(after.contentFiles).toEqual({ total: before.contentFiles.total - 1, checked: 1 });
  });

  it('reports where the time went: each phase of the build script and of Astro, and what Astro rendered', () => {
    const always = ['checks', 'cards', 'astro', 'astro: startup', 'astro: content', 'astro: bundle, paths and writes', 'astro: sitemap', 'search index', 'place cards', 'swap', 'total'];
    for (const name of ['report-before.json', 'report.json']) {
      const { phases } = report(name);
      expect(Object.keys(phases), name).toEqual(expect.arrayContaining(always));
      for (const [phase, ms] of Object.entries(phases)) expect(ms, `${name}: ${phase}`).toBeGreaterThanOrEqual(0);
      for (const phase of ['astro', 'astro: content', 'search index', 'total']) expect(phases[phase], `${name}: ${phase}`).toBeGreaterThan(0);
    }
    // The first build renders every route; the edit re-renders the edited note and what shows it.
    const first = report('report-before.json').phases;
    for (const phase of ['astro: pages', 'astro: feeds', 'astro: emails']) expect(first[phase], phase).toBeGreaterThan(0);
    expect(report('report.json').phases['astro: pages']).toBeGreaterThan(0);
  });
});
