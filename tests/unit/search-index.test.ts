/**
 * The search index a build writes (src/lib/build/search-index.ts), with real Pagefind: an
 * index of the previous site with the rewritten pages added again is byte for byte the index
 * a fresh run writes, and the build falls back to a fresh run when pages came or went. The
 * fragments of the pages not rewritten are the previous index's own files
 * (search-index-seed.ts), and a fragment name taken by another page's is caught.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chunkPath, fragmentPath, indexFolder, readIndexOutput } from '../../src/lib/build/pagefind-output.ts';
import { startEarlyIndex, writeSearchIndex } from '../../src/lib/build/search-index.ts';
import { readSeedSource, seedIndex, type SeedSource } from '../../src/lib/build/search-index-seed.ts';
import { hashTree } from '../helpers/bad-corpus.ts';
import { scratchFolder } from '../helpers/scratch.ts';

const fresh = scratchFolder('qd-search-index-');
const fragmentFileOf = (indexDir: string, name: string) => path.join(indexDir, fragmentPath(name));

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
function staged(previous: string, rewrite: Record<string, string>, remove: string[] = [], pages: Record<string, string> = site): string {
  const staging = fresh();
  for (const rel of Object.keys(pages)) {
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
    // The previous site has no index of its own here: nothing of it to keep.
    expect(result).toEqual({ pages: 3, how: 'updated', updated: 1, linked: { fragments: 0, chunks: 0 } });
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

describe('the fragments of the pages not rewritten', () => {
  const rewrite = { 'notes/chips/index.html': page('Chip shares', 'Nvidia loses 589 billion dollars of market value.') };

  /** The previous site with its own index, as the build that wrote it left it. */
  async function previousSite(name: string): Promise<string> {
    const previous = write(fresh(name), site);
    expect((await writeSearchIndex(previous, settings())).how).toBe('indexed');
    return previous;
  }

  /** Each fragment of an index with its inode, by the page it belongs to. */
  async function fragmentsByPage(site: string): Promise<Map<string, { name: string; inode: number }>> {
    const seed = (await readSeedSource(site))!;
    return new Map([...seed.pages].map(([name, rel]) => [rel, { name, inode: fs.statSync(fragmentFileOf(seed.indexDir, name)).ino }]));
  }

  it("are the previous index's files, and only the rewritten page's fragment is written anew", async () => {
    const previous = await previousSite('seed-previous');
    const staging = staged(previous, rewrite);
    const result = await writeSearchIndex(staging, settings(), startEarlyIndex(previous, 'en'));
    // The one chunk of this small index holds the rewritten page's new words: written anew.
    expect(result).toEqual({ pages: 3, how: 'updated', updated: 1, linked: { fragments: 2, chunks: 0 } });
    expect(hashTree(path.join(staging, 'pagefind'))).toBe(await freshIndexOf(staging));

    const before = await fragmentsByPage(previous);
    const after = await fragmentsByPage(staging);
    expect([...after.keys()].sort()).toEqual(['notes/capex/index.html', 'notes/chips/index.html', 'topics/ai/index.html']);
    for (const rel of ['notes/capex/index.html', 'topics/ai/index.html']) expect(after.get(rel)).toEqual(before.get(rel));
    expect(after.get('notes/chips/index.html')!.name).not.toBe(before.get('notes/chips/index.html')!.name);
    // The previous site keeps its own index: nothing was written through a link.
    expect((await readIndexOutput(indexFolder(path.join(previous, 'pagefind'))))!.fragments).toContain(before.get('notes/chips/index.html')!.name);
    expect(fs.readdirSync(path.join(staging, 'pagefind', 'fragment'))).toHaveLength(3);
  });

  it("leave the rewritten page's old fragment out, in case its new one has the same name", async () => {
    const seed = (await readSeedSource(await previousSite('seed-kept')))!;
    const indexDir = path.join(fresh('seed-kept-into'), 'pagefind');
    const { fragments: seeded } = await seedIndex(seed, indexDir, new Set(['notes/capex/index.html', 'topics/ai/index.html', 'index.html']), null);
    const byPage = new Map([...seed.pages].map(([name, rel]) => [rel, name]));
    expect([...seeded].sort()).toEqual([byPage.get('notes/capex/index.html'), byPage.get('topics/ai/index.html')].sort());
    for (const name of seeded) expect(fs.statSync(fragmentFileOf(indexDir, name)).ino).toBe(fs.statSync(fragmentFileOf(seed.indexDir, name)).ino);
    expect(fs.readdirSync(path.join(indexDir, 'fragment'))).toHaveLength(2);
  });

  it('leave nothing behind that the new index does not name', async () => {
    const previous = await previousSite('seed-unnamed');
    const staging = staged(previous, rewrite);
    const seed = (await readSeedSource(previous))!;
    const [capexName] = [...seed.pages].find(([, rel]) => rel === 'notes/capex/index.html')!;
    const extra = fresh('seed-unnamed-source');
    fs.mkdirSync(path.join(extra, 'fragment'), { recursive: true });
    for (const name of seed.pages.keys()) fs.copyFileSync(fragmentFileOf(seed.indexDir, name), fragmentFileOf(extra, name));
    fs.copyFileSync(fragmentFileOf(seed.indexDir, capexName), fragmentFileOf(extra, 'en_0000000'));
    const withExtra = { ...seed, indexDir: extra, pages: new Map([...seed.pages, ['en_0000000', 'topics/ai/index.html']]) };

    const early = { ...startEarlyIndex(previous, 'en'), seed: Promise.resolve(withExtra) };
    expect(await writeSearchIndex(staging, settings(), early)).toEqual({ pages: 3, how: 'updated', updated: 1, linked: { fragments: 2, chunks: 0 } });
    expect(hashTree(path.join(staging, 'pagefind'))).toBe(await freshIndexOf(staging));
  });

  it("are written again when a new fragment's name was taken by an old one of another page", async () => {
    const previous = await previousSite('seed-taken');
    const staging = staged(previous, rewrite);
    const freshIndex = await freshIndexOf(staging);
    const copy = fresh('seed-taken-fresh');
    fs.cpSync(staging, copy, { recursive: true, filter: (source) => !source.includes(`${path.sep}pagefind`) });
    await writeSearchIndex(copy, settings());
    const newName = (await fragmentsByPage(copy)).get('notes/chips/index.html')!.name;

    // The previous index as it would be had the capex note's fragment been given that name.
    const seed = (await readSeedSource(previous))!;
    const [capexName] = [...seed.pages].find(([, rel]) => rel === 'notes/capex/index.html')!;
    const taken = fresh('seed-taken-source');
    fs.mkdirSync(path.join(taken, 'fragment'), { recursive: true });
    for (const name of seed.pages.keys()) fs.copyFileSync(fragmentFileOf(seed.indexDir, name), fragmentFileOf(taken, name));
    fs.copyFileSync(fragmentFileOf(seed.indexDir, capexName), fragmentFileOf(taken, newName));
    const lying = { ...seed, indexDir: taken, pages: new Map([...seed.pages, [newName, 'notes/capex/index.html']]) };

    const early = { ...startEarlyIndex(previous, 'en'), seed: Promise.resolve(lying) };
    // Written again into an empty folder: nothing of the previous index kept.
    expect(await writeSearchIndex(staging, settings(), early)).toEqual({ pages: 3, how: 'updated', updated: 1, linked: { fragments: 0, chunks: 0 } });
    expect(hashTree(path.join(staging, 'pagefind'))).toBe(freshIndex);
  });
});

describe('the chunks of the word index the rewritten page is not in', () => {
  // Forty pages of six hundred words each, every page's words its own run of the alphabet
  // (`wa…`, `wb…`): the word index takes several chunks, and a page's words sit in one or two.
  const vocabulary = (n: number) => Array.from({ length: 600 }, (_, i) => `w${String.fromCharCode(97 + Math.floor(n / 26))}${String.fromCharCode(97 + (n % 26))}${i}`).join(' ');
  const big: Record<string, string> = Object.fromEntries(Array.from({ length: 40 }, (_, n) => [`notes/n${n}/index.html`, page(`Note ${n}`, vocabulary(n))]));
  // The first page's first two words trade places: the chunk they are in changes, not its size.
  const swapped = vocabulary(0).split(' ');
  [swapped[0], swapped[1]] = [swapped[1]!, swapped[0]!];
  const rewriteFirst = { 'notes/n0/index.html': page('Note 0', swapped.join(' ')) };

  async function bigSites(name: string) {
    const previous = write(fresh(name), big);
    expect((await writeSearchIndex(previous, settings())).how).toBe('indexed');
    const staging = staged(previous, rewriteFirst, [], big);
    const copy = fresh(`${name}-fresh`);
    fs.cpSync(staging, copy, { recursive: true });
    expect((await writeSearchIndex(copy, settings())).how).toBe('indexed');
    return { previous, staging, freshIndex: path.join(copy, 'pagefind') };
  }
  const inode = (file: string) => (fs.existsSync(file) ? fs.statSync(file).ino : null);

  it("are the previous index's files; the chunk of the moved words is written anew", async () => {
    const { previous, staging, freshIndex } = await bigSites('chunks');
    const before = (await readIndexOutput(indexFolder(path.join(previous, 'pagefind'))))!;
    expect(before.chunks.length).toBeGreaterThan(2);
    // Every chunk but the one the moved words sort into and the one after it (where a new word could go).
    const linked = { fragments: 39, chunks: before.chunks.length - 2 };
    expect(await writeSearchIndex(staging, settings(), startEarlyIndex(previous, 'en'))).toEqual({ pages: 40, how: 'updated', updated: 1, linked });
    expect(hashTree(path.join(staging, 'pagefind'))).toBe(hashTree(freshIndex));

    const after = (await readIndexOutput(indexFolder(path.join(staging, 'pagefind'))))!;
    const kept = after.chunks.filter(({ name }) => inode(path.join(staging, 'pagefind', chunkPath(name))) === inode(path.join(previous, 'pagefind', chunkPath(name))));
    expect(kept.length).toBeGreaterThan(0);
    // The first chunk holds `waa…`, where the rewritten page's words moved: it is new.
    expect(before.chunks.map(({ name }) => name)).not.toContain(after.chunks[0]!.name);
    expect(kept.map(({ name }) => name)).not.toContain(after.chunks[0]!.name);
  });

  /**
   * The edit built with, as the previous index, one whose chunk at `place` bore the name the
   * changed first chunk gets now: the index must still be the one a fresh run writes.
   */
  async function withChunkNamedAsChanged(name: string, place: (chunks: SeedSource['output']['chunks']) => number, linked: { fragments: number; chunks: number }) {
    const { previous, staging, freshIndex } = await bigSites(name);
    const seed = (await readSeedSource(previous))!;
    const changedName = (await readIndexOutput(indexFolder(freshIndex)))!.chunks[0]!.name;
    const renamed = fresh(`${name}-source`);
    fs.cpSync(seed.indexDir, renamed, { recursive: true });
    const at = place(seed.output.chunks);
    fs.renameSync(path.join(renamed, chunkPath(seed.output.chunks[at]!.name)), path.join(renamed, chunkPath(changedName)));
    const chunks = seed.output.chunks.map((chunk, i) => (i === at ? { ...chunk, name: changedName } : chunk));
    const early = { ...startEarlyIndex(previous, 'en'), seed: Promise.resolve({ ...seed, indexDir: renamed, output: { ...seed.output, chunks } }) };
    expect(await writeSearchIndex(staging, settings(), early)).toEqual({ pages: 40, how: 'updated', updated: 1, linked });
    expect(hashTree(path.join(staging, 'pagefind'))).toBe(hashTree(freshIndex));
  }

  it('leave out the chunk the moved words are in, in case its new content has its old name', async () => {
    // Left out, it is written anew; the other chunks are kept.
    await withChunkNamedAsChanged('chunks-same-name', () => 0, { fragments: 39, chunks: 2 });
  });

  it("are written again when a changed chunk's name was taken by an old one linked in elsewhere", async () => {
    await withChunkNamedAsChanged('chunks-taken', (chunks) => chunks.length - 1, { fragments: 0, chunks: 0 });
  });
});
