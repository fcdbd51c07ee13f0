/** Reading a Pagefind index folder back (src/lib/build/pagefind-output.ts). */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { fragmentUrl, pageOfUrl, readIndexOutput } from '../../src/lib/build/pagefind-output.ts';
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
    expect(await readIndexOutput(dir)).toBeNull();
    fs.writeFileSync(path.join(dir, 'pagefind-entry.json'), JSON.stringify({ version: '1.6.0', languages: { en: { hash: 'en_1' } } }));
    fs.writeFileSync(path.join(dir, 'pagefind.en_1.pf_meta'), gzipSync('not the signature'));
    expect(await readIndexOutput(dir)).toBeNull();
    fs.mkdirSync(path.join(dir, 'fragment'));
    fs.writeFileSync(path.join(dir, 'fragment', 'en_2.pf_fragment'), gzipSync('pagefind_dcd{"url":"/notes/capex/"}'));
    fs.writeFileSync(path.join(dir, 'fragment', 'en_3.pf_fragment'), gzipSync('pagefind_dcd{"title":"no url"}'));
    expect(await fragmentUrl(dir, 'en_2')).toBe('/notes/capex/');
    expect(await fragmentUrl(dir, 'en_3')).toBeNull();
    expect(await fragmentUrl(dir, 'en_4')).toBeNull();
  });
});
