import { describe, expect, it } from 'vitest';
import { absoluteUrl, hasScheme, isSafeHttpUrl, withBase, withoutBase } from '../../src/lib/urls.ts';
import { paths } from '../../src/lib/paths.ts';

describe('isSafeHttpUrl', () => {
  it.each([
    ['https://example.com/a', true],
    ['http://example.com', true],
    ['javascript:alert(1)', false],
    [' JavaScript:alert(1)', false],
    ['data:text/html,hi', false],
    ['ftp://example.com', false],
    ['/relative', false],
    ['not a url', false],
  ])('%j → %s', (url, ok) => {
    expect(isSafeHttpUrl(url)).toBe(ok);
  });
  it('knows a scheme when it sees one', () => {
    expect(hasScheme('mailto:x@y')).toBe(true);
    expect(hasScheme('/notes/x/')).toBe(false);
  });
});

describe('withBase and absoluteUrl', () => {
  it.each([
    ['/', 'notes/x/', '/notes/x/'],
    ['/qd/', 'notes/x/', '/qd/notes/x/'],
    ['/qd', '/notes/x/', '/qd/notes/x/'],
    ['/qd/', '', '/qd/'],
  ])('base %s + %s → %s', (base, path, joined) => {
    expect(withBase(base, path)).toBe(joined);
  });
  it.each([
    ['/', '/notes/x/', 'notes/x/'],
    ['/qd/', '/qd/notes/x/', 'notes/x/'],
    ['/qd', '/qd/', ''],
  ])('base %s, %s without it → %s', (base, pathname, path) => {
    expect(withoutBase(base, pathname)).toBe(path);
    expect(withBase(base, path)).toBe(pathname);
  });
  it('makes absolute URLs under the base', () => {
    expect(absoluteUrl('https://example.org', '/qd/', paths.note('x'))).toBe('https://example.org/qd/notes/x/');
    expect(absoluteUrl('https://example.org/', '/', paths.siteFeed())).toBe('https://example.org/rss.xml');
  });
  it('percent-encodes non-Latin slugs in paths', () => {
    expect(paths.entity('яндекс')).toBe('entities/%D1%8F%D0%BD%D0%B4%D0%B5%D0%BA%D1%81/');
  });
});
