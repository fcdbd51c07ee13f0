import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sanitizeFeedHtml } from '../../src/lib/feeds/html.ts';
import { keptItemFile, keptSanitizer, pruneKeptItems } from '../../src/lib/feeds/kept-items.ts';
import { scratchFolder } from '../helpers/scratch.ts';

const options = { siteUrl: 'https://example.org', base: '/', pageUrl: 'https://example.org/notes/a/' };
const html = '<p>See <a href="/topics/x/">x</a><script>alert(1)</script> and <img src="chart.png" onerror="x()"></p>';

const fresh = scratchFolder('qd-kept-items-');
/** The kept file of an item, rewritten with another result, to tell a kept result from a fresh one. */
const plant = (dir: string, item: string, html: string) => {
  const file = path.join(dir, keptItemFile(item));
  fs.writeFileSync(file, JSON.stringify({ ...JSON.parse(fs.readFileSync(file, 'utf8')), html }));
};

describe('keptSanitizer', () => {
  it('gives what sanitizeFeedHtml gives, and the kept result when nothing it depends on changed', () => {
    const dir = fresh();
    const expected = sanitizeFeedHtml(html, options);
    expect(expected).not.toContain('script');
    expect(keptSanitizer(dir, 'v1')('note:a', html, options)).toBe(expected);
    plant(dir, 'note:a', 'KEPT');
    expect(keptSanitizer(dir, 'v1')('note:a', html, options)).toBe('KEPT');
  });

  it.each([
    ['the HTML', 'v1', `${html}<p>more</p>`, options],
    ['the code', 'v2', html, options],
    ['the site URL', 'v1', html, { ...options, siteUrl: 'https://example.com' }],
    ['the base', 'v1', html, { ...options, base: '/qd/' }],
    ['the page', 'v1', html, { ...options, pageUrl: 'https://example.org/notes/b/' }],
  ])('sanitises again when %s changed', (_what, version, input, changed) => {
    const dir = fresh();
    keptSanitizer(dir, 'v1')('note:a', html, options);
    plant(dir, 'note:a', 'KEPT');
    expect(keptSanitizer(dir, version)('note:a', input, changed)).toBe(sanitizeFeedHtml(input, changed));
  });

  it('sanitises again over a kept file it cannot read, and keeps one file per item', () => {
    const dir = fresh();
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, keptItemFile('brief:2025-q1')), '{not json');
    expect(keptSanitizer(dir, 'v1')('brief:2025-q1', html, options)).toBe(sanitizeFeedHtml(html, options));
    keptSanitizer(dir, 'v1')('brief:2025-q1', `${html}!`, options);
    expect(fs.readdirSync(dir)).toEqual([keptItemFile('brief:2025-q1')]);
  });
});

describe('pruneKeptItems', () => {
  it('removes the files of items that left, and only those', () => {
    const dir = fresh();
    const sanitize = keptSanitizer(dir, 'v1');
    for (const item of ['note:a', 'note:b', 'brief:2025-q1']) sanitize(item, html, options);
    expect(pruneKeptItems(dir, ['note:a', 'brief:2025-q1', 'note:never-kept'])).toBe(1);
    expect(fs.readdirSync(dir).sort()).toEqual([keptItemFile('note:a'), keptItemFile('brief:2025-q1')].sort());
    expect(pruneKeptItems(path.join(dir, 'missing'), [])).toBe(0);
  });
});
