/**
 * A content folder with its own site.yaml builds a site that carries its own name everywhere
 * (titles, header, social tags, feeds, OPML, the email edition), with "Quarterdeck" only in the
 * footer's small credit; a folder without one gets the neutral defaults.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isWebPage } from '../../src/lib/paths.ts';
import { htmlFiles, readPage } from '../helpers/html.ts';
import { siteDist } from '../helpers/sites.ts';

const sample = siteDist('sample');
const pages = htmlFiles(sample).filter((file) => isWebPage(file) && !file.startsWith('pagefind'));

describe('the sample site (content/site.yaml names it "AI Quarterly")', () => {
  it('names itself on every page: title, header and social tags', () => {
    expect(pages.length).toBeGreaterThan(20);
    for (const file of pages) {
      const page = readPage(sample, file);
      expect(page.text('title'), file).toMatch(/AI Quarterly/);
      expect(page.text('.site-name'), file).toBe('AI Quarterly');
      expect(page.attr('meta[property="og:site_name"]', 'content'), file).toBe('AI Quarterly');
    }
  });

  it('says "Quarterdeck" only in the footer credit', () => {
    for (const file of pages) {
      expect(readPage(sample, file).text('.credit'), file).toBe('Made with Quarterdeck.');
      const html = fs.readFileSync(path.join(sample, file), 'utf8').replace(/<p class="credit">[^<]*<\/p>/, '');
      expect(html.includes('Quarterdeck'), `${file} names Quarterdeck outside the credit`).toBe(false);
    }
  });

  it('names itself in feeds, the OPML file and the email edition', () => {
    expect(fs.readFileSync(path.join(sample, 'rss.xml'), 'utf8')).toMatch(/<channel><title>AI Quarterly: /);
    expect(fs.readFileSync(path.join(sample, 'feeds.opml'), 'utf8')).toContain('AI Quarterly');
    const email = fs.readFileSync(path.join(sample, 'briefs', '2025-q1', 'email.html'), 'utf8');
    expect(email).toContain('AI Quarterly');
    expect(email).not.toContain('Quarterdeck');
  });
});

describe('the fixture site (no site.yaml)', () => {
  it('uses the neutral defaults', () => {
    const home = readPage(siteDist('fixture'), '');
    expect(home.text('.site-name')).toBe('Quarterly briefs');
    expect(home.attr('meta[property="og:site_name"]', 'content')).toBe('Quarterly briefs');
  });
});
