/** The kept search index: restored only for byte-identical pages and the same settings. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { keepSearchIndex, pagesFingerprint, restoreSearchIndex } from '../../src/lib/build/search-index-cache.ts';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'qd-search-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function site(name: string, pages: Record<string, string>): string {
  const dir = path.join(scratch, name);
  for (const [file, html] of Object.entries(pages)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), html);
  }
  return dir;
}

describe('the kept search index', () => {
  const settings = { pagefind: '1.6.0', language: 'en' };
  const pages = { 'index.html': '<p>home</p>', 'notes/a/index.html': '<p>a</p>' };

  it('fingerprints the pages and the settings, not the index itself', () => {
    const a = site('a', pages);
    const b = site('b', { ...pages, 'pagefind/pagefind.js': 'an index' });
    expect(pagesFingerprint(a, settings)).toBe(pagesFingerprint(b, settings));
    expect(pagesFingerprint(site('c', { ...pages, 'notes/a/index.html': '<p>a, edited</p>' }), settings)).not.toBe(pagesFingerprint(a, settings));
    expect(pagesFingerprint(a, { ...settings, language: 'de' })).not.toBe(pagesFingerprint(a, settings));
  });

  it('restores the kept index into a build with the same pages, and nothing otherwise', () => {
    const cache = path.join(scratch, 'cache');
    const first = site('first', { ...pages, 'pagefind/pagefind.js': 'the index' });
    const fingerprint = pagesFingerprint(first, settings);
    expect(restoreSearchIndex(cache, fingerprint, first)).toBeNull();
    keepSearchIndex(cache, fingerprint, first, 2);
    const second = site('second', pages);
    expect(restoreSearchIndex(cache, pagesFingerprint(second, settings), second)).toBe(2);
    expect(readFileSync(path.join(second, 'pagefind', 'pagefind.js'), 'utf8')).toBe('the index');
    const edited = site('edited', { ...pages, 'index.html': '<p>home, edited</p>' });
    expect(restoreSearchIndex(cache, pagesFingerprint(edited, settings), edited)).toBeNull();
  });
});
