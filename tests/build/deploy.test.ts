/** Deploy anywhere: a sub-path build resolves every link under its base; builds are deterministic. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlFiles, readPage } from '../helpers/html.ts';
import { siteDist } from '../helpers/sites.ts';

describe('BASE_PATH=/qd/', () => {
  const dist = siteDist('fixtureSubpath');
  it('prefixes every internal link and asset with the base', () => {
    for (const file of htmlFiles(dist)) {
      const page = readPage(dist, file);
      const urls = [
        ...page.all('a[href]').map((a) => String(a.properties.href)),
        ...page.all('link[href]').map((l) => String(l.properties.href)),
        ...page.all('img[src]').map((i) => String(i.properties.src)),
      ];
      for (const url of urls) {
        if (url.startsWith('#') || /^https?:\/\/(?!briefs\.example\.org)/.test(url)) continue;
        const pathname = url.startsWith('http') ? new URL(url).pathname : url;
        expect(pathname, `${file}: ${url}`).toMatch(/^\/qd\//);
      }
    }
  });
  it('rewrites root-relative links written in note bodies', () => {
    const page = readPage(dist, 'notes/fixture-chips-selloff/');
    expect(page.attr('.prose a', 'href')).toBe('/qd/notes/fixture-capex-q4/');
    expect(page.attr('.prose img', 'src')).toBe('/qd/favicon.svg');
    expect(readPage(dist, 'notes/fixture-open-model/').attr('.prose a', 'href')).toBe('/qd/notes/fixture-capex-q4/');
  });
  it('gives absolute canonical and og:url under the base', () => {
    const page = readPage(dist, 'briefs/2025-q1/');
    expect(page.attr('link[rel=canonical]', 'href')).toBe('https://briefs.example.org/qd/briefs/2025-q1/');
  });
});

describe('determinism', () => {
  it('two builds of the same content give byte-identical HTML and XML', () => {
    const a = siteDist('fixture');
    const b = siteDist('fixtureRebuild');
    const files = (fs.readdirSync(a, { recursive: true }) as string[]).filter((f) => /\.(html|xml)$/.test(f)).sort();
    const other = (fs.readdirSync(b, { recursive: true }) as string[]).filter((f) => /\.(html|xml)$/.test(f)).sort();
    expect(other).toEqual(files);
    for (const file of files) {
      expect(fs.readFileSync(path.join(b, file)).equals(fs.readFileSync(path.join(a, file))), file).toBe(true);
    }
  });
});
