/**
 * Cards on the built sites: every page carries the complete social tags and its og:image is a
 * 1200×630 PNG of the build (scripts/check-cards.ts, the same check an editor can run), and a
 * rebuild of unchanged content renders no card.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BuildReport } from '../../src/lib/build/report.ts';
import { projectRoot, siteDist, siteLog, siteReport, type SiteName } from '../helpers/sites.ts';

const buildReport = (name: SiteName) => JSON.parse(fs.readFileSync(siteReport(name), 'utf8')) as BuildReport;

function checkCards(dist: string) {
  const result = spawnSync(process.execPath, [path.join(projectRoot, 'scripts/check-cards.ts'), dist], { encoding: 'utf8' });
  return { status: result.status, out: `${result.stdout}${result.stderr}` };
}

describe.each<SiteName>(['sample', 'fixture', 'fixtureSubpath'])('social tags and cards of %s', (name) => {
  it('every page has the full set of tags and a 1200×630 card in the build', () => {
    const { status, out } = checkCards(siteDist(name));
    expect(out).toMatch(/, 0 problems$/m);
    expect(out).toMatch(/over 150 KB: 0/);
    expect(status).toBe(0);
  });
});

describe('the card check', () => {
  it('fails on a page whose card is missing or whose tags are incomplete', () => {
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'qd-cards-'));
    try {
      fs.cpSync(siteDist('fixture'), copy, { recursive: true });
      fs.rmSync(path.join(copy, 'og/note/fixture-capex-q4.png'));
      const topic = path.join(copy, 'topics/chips/index.html');
      fs.writeFileSync(topic, fs.readFileSync(topic, 'utf8').replace(/<meta property="og:image:alt"[^>]*>/, ''));
      const { status, out } = checkCards(copy);
      expect(status).toBe(1);
      expect(out).toContain('notes/fixture-capex-q4/index.html: og:image');
      expect(out).toContain('topics/chips/index.html: missing og:image:alt');
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  });
});

describe('the card cache', () => {
  it('the first build renders every card; the rebuild of the same content renders none', () => {
    const first = buildReport('fixture').cards;
    const second = buildReport('fixtureRebuild').cards;
    expect(first.rendered).toBeGreaterThan(5);
    expect(first.rendered).toBe(first.total);
    expect(first.reused).toBe(0);
    // Another output folder and Astro cache, the same card cache: every card is read, none drawn.
    expect(second.rendered).toBe(0);
    expect(second.reused).toBe(first.rendered);
    expect(second.pruned).toBe(0);
    expect(fs.readFileSync(siteLog('fixtureRebuild'), 'utf8')).toContain(`cards: 0 rendered, ${first.rendered} reused from the card cache, 0 pruned`);
  });
  it('the rebuild writes byte-identical cards', () => {
    const a = siteDist('fixture');
    const b = siteDist('fixtureRebuild');
    const cards = (fs.readdirSync(path.join(a, 'og'), { recursive: true }) as string[]).filter((f) => f.endsWith('.png'));
    expect(cards.length).toBeGreaterThan(5);
    for (const card of cards) {
      expect(fs.readFileSync(path.join(b, 'og', card)).equals(fs.readFileSync(path.join(a, 'og', card))), card).toBe(true);
    }
  });
});
