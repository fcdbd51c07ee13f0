/** Reading a Pagefind index folder back (src/lib/build/pagefind-output.ts). */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encode } from 'cborg';
import { compareWords, fragmentUrl, indexFolder, indexInMemory, pageOfUrl, readChunk, readIndexOutput } from '../../src/lib/build/pagefind-output.ts';
import { changedWords } from '../../src/lib/build/search-index-seed.ts';
import { scratchFolder } from '../helpers/scratch.ts';

const fresh = scratchFolder('qd-pagefind-output-');

describe('pageOfUrl', () => {
  it.each([
    ['/notes/capex/', 'notes/capex/index.html'],
    ['/', 'index.html'],
    ['/404.html', '404.html'],
    ['/entities/%D1%8F%D0%BD%D0%B4%D0%B5%D0%BA%D1%81/', 'entities/яндекс/index.html'],
    ['/topics/a%20b/', 'topics/a b/index.html'],
    ['notes/capex/', null],
    ['/topics/%E0%A4%A/', null],
    [null, null],
  ])('%s is %s', (url, page) => {
    expect(pageOfUrl(url)).toBe(page);
  });
});

describe('readIndexOutput and fragmentUrl', () => {
  it("read nothing from a folder that is not an index, or from a file that is not Pagefind's", async () => {
    const dir = fresh();
    fs.mkdirSync(dir);
    expect(await readIndexOutput(indexFolder(dir))).toBeNull();
    fs.writeFileSync(path.join(dir, 'pagefind-entry.json'), JSON.stringify({ version: '1.6.0', languages: { en: { hash: 'en_1' } } }));
    fs.writeFileSync(path.join(dir, 'pagefind.en_1.pf_meta'), gzipSync('not the signature'));
    expect(await readIndexOutput(indexFolder(dir))).toBeNull();
    fs.mkdirSync(path.join(dir, 'fragment'));
    fs.writeFileSync(path.join(dir, 'fragment', 'en_2.pf_fragment'), gzipSync('pagefind_dcd{"url":"/notes/capex/"}'));
    fs.writeFileSync(path.join(dir, 'fragment', 'en_3.pf_fragment'), gzipSync('pagefind_dcd{"title":"no url"}'));
    expect(await fragmentUrl(indexFolder(dir), 'en_2')).toBe('/notes/capex/');
    expect(await fragmentUrl(indexFolder(dir), 'en_3')).toBeNull();
    expect(await fragmentUrl(indexFolder(dir), 'en_4')).toBeNull();
  });
});

describe('readChunk', () => {
  const chunk = (words: unknown[]) => gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from(encode([words]))]));

  it('numbers each page from the one before, as Pagefind writes them', async () => {
    const files = indexInMemory([{ path: 'index/en_1.pf_index', content: chunk([['and', [[0, [4]], [1, [9]], [3, [2, 5]]], []]]) }]);
    expect(await readChunk(files, 'en_1')).toEqual([
      { word: 'and', pages: [{ page: 0, places: '[[4]]' }, { page: 1, places: '[[9]]' }, { page: 4, places: '[[2,5]]' }], plain: true },
    ]);
  });

  it('says when a word carries more than its pages, and reads nothing from another shape', async () => {
    const files = indexInMemory([
      { path: 'index/en_2.pf_index', content: chunk([['café', [[0, [1]]], [['cafe', [0]]]]]) },
      { path: 'index/en_3.pf_index', content: chunk([['and', 'not pages']]) },
    ]);
    expect((await readChunk(files, 'en_2'))![0]!.plain).toBe(false);
    expect(await readChunk(files, 'en_3')).toBeNull();
    expect(await readChunk(files, 'en_4')).toBeNull();
  });
});

describe('compareWords', () => {
  it("orders by UTF-8 bytes, as Rust does, where JavaScript's order differs", () => {
    // U+FF21 (3 bytes) sorts before U+1F600 (4 bytes) in UTF-8, after it in UTF-16.
    expect(compareWords('\uff21', '\u{1f600}')).toBeLessThan(0);
    expect('\uff21' < '\u{1f600}').toBe(false);
    expect(compareWords('abc', 'abd')).toBeLessThan(0);
    expect(compareWords('ab', 'ab')).toBe(0);
  });
});

describe('changedWords', () => {
  const pages = (entries: Record<string, Record<string, string>>) => new Map(Object.entries(entries).map(([page, words]) => [page, new Map(Object.entries(words))]));
  const before = pages({ 'notes/a/index.html': { and: '[[1]]', capex: '[[2]]' } });

  it.each([
    ['nothing moved', { and: '[[1]]', capex: '[[2]]' }, []],
    ['a word moved', { and: '[[1]]', capex: '[[3]]' }, ['capex']],
    ['a word gone', { and: '[[1]]' }, ['capex']],
    ['a word come', { and: '[[1]]', capex: '[[2]]', chips: '[[3]]' }, ['chips']],
  ])('%s', (_, now, changed) => {
    expect(changedWords(before, pages({ 'notes/a/index.html': now }))).toEqual(changed);
  });

  it('is null when the pages indexed are not the same', () => {
    expect(changedWords(before, pages({ 'notes/b/index.html': {} }))).toBeNull();
    expect(changedWords(before, new Map())).toBeNull();
    expect(changedWords(null, before)).toBeNull();
  });
});
