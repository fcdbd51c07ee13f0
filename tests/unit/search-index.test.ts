/**
 * The search index a build writes (src/lib/build/search-index.ts), with real Pagefind: an
 * index of the previous site with the rewritten pages added again is byte for byte the index
 * a fresh run writes, and the build falls back to a fresh run when pages came or went.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startEarlyIndex, writeSearchIndex } from '../../src/lib/build/search-index.ts';
import { hashTree } from '../helpers/bad-corpus.ts';
import { scratchFolder } from '../helpers/scratch.ts';

const fresh = scratchFolder('qd-search-index-');

const page = (title: string, text: string) =>
  `<!doctype html><html lang="en"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>${text}</p></main></body></html>`;
const site: Record<string, string> = {
  'index.html': '<!doctype html><html lang="en"><body><p>home, not indexed</p></body></html>',
  'notes/capex/index.html': page('Capex plan', 'Meta keeps its capital expenditure plan.'),
  'notes/chips/index.html': page('Chip shares', 'Nvidia loses market value in a day.'),
  'topics/ai/index.html': page('AI', 'Notes on artificial intelligence.'),
};
const settings = () => ({ language: 'en', pagefindVersion: 'test', cacheDir: fresh() });

function write(dir: string, files: Record<string, string>): string {
  for (const [rel, html] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), html);
  }
  return dir;
}

/** A build's staging folder as the build script starts it: the previous site's pages linked in; then `rewrite` written anew, `remove` removed. */
function staged(previous: string, rewrite: Record<string, string>, remove: string[] = []): string {
  const staging = fresh();
  for (const rel of Object.keys(site)) {
    fs.mkdirSync(path.dirname(path.join(staging, rel)), { recursive: true });
    fs.linkSync(path.join(previous, rel), path.join(staging, rel));
  }
  for (const rel of [...Object.keys(rewrite), ...remove]) fs.rmSync(path.join(staging, rel));
  return write(staging, rewrite);
}

/** The same pages as plain copies, indexed afresh. */
async function freshIndexOf(dir: string): Promise<string> {
  const copy = fresh();
  fs.cpSync(dir, copy, { recursive: true, filter: (source) => !source.includes(`${path.sep}pagefind`) });
  const result = await writeSearchIndex(copy, settings());
  expect(result.how).toBe('indexed');
  return hashTree(path.join(copy, 'pagefind'));
}

describe('writeSearchIndex', () => {
  it('adds the rewritten pages to an index of the previous site, and writes what a fresh run writes', async () => {
    const previous = write(fresh('previous'), site);
    const early = startEarlyIndex(previous, 'en');
    const staging = staged(previous, { 'notes/chips/index.html': page('Chip shares', 'Nvidia loses 589 billion dollars of market value.') });
    const result = await writeSearchIndex(staging, settings(), early);
    expect(result).toEqual({ pages: 3, how: 'updated', updated: 1 });
    expect(hashTree(path.join(staging, 'pagefind'))).toBe(await freshIndexOf(staging));
  });

  it('indexes afresh when a page is gone, and copies a kept index back when nothing changed', async () => {
    const previous = write(fresh('previous-2'), site);
    const early = startEarlyIndex(previous, 'en');
    const staging = staged(previous, {}, ['topics/ai/index.html']);
    const options = settings();
    expect(await writeSearchIndex(staging, options, early)).toEqual({ pages: 2, how: 'indexed' });
    expect(hashTree(path.join(staging, 'pagefind'))).toBe(await freshIndexOf(staging));
    const again = staged(previous, {}, ['topics/ai/index.html']);
    expect(await writeSearchIndex(again, options)).toEqual({ pages: 2, how: 'kept' });
  });
});
