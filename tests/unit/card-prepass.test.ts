/**
 * The worker pre-pass of `npm run build` (src/lib/build/card-prepass.ts): it draws every card
 * that is not in the cache on worker threads, remembers which cache entry each card model
 * became, and on the next build draws only the cards whose model changed, without preparing
 * the others again. The site card is not its: Astro's endpoint serves it.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cardFile, placeCards } from '../../src/lib/build/card-output.ts';
import { prerenderCards } from '../../src/lib/build/card-prepass.ts';
import { buildCatalog } from '../../src/lib/catalog/index.ts';
import { cardCodeFingerprint, readCardIndex } from '../../src/lib/cards/card-index.ts';
import { catalogCards } from '../../src/lib/cards/index.ts';
import { digestOf } from '../../src/lib/digest.ts';
import { SITE_DEFAULTS } from '../../src/lib/config/site-config.ts';
import { noteInput } from '../helpers/content.ts';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'qd-prepass-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const site = { ...SITE_DEFAULTS, cardCacheDir: path.join(scratch, 'cards') };
const topics = [{ slug: 'ai-capex', data: { title: 'AI capex', description: 'Spending.', keywords: [] } }];
const catalogOf = (secondTitle: string) =>
  buildCatalog({
    notes: [noteInput('first', '2025-01-10'), noteInput('second', '2025-02-10', { title: secondTitle })],
    topics,
    briefs: [],
  });

describe('prerenderCards', { timeout: 60_000 }, () => {
  it('draws every page card once, then only the card whose model changed', async () => {
    const first = await prerenderCards(catalogOf('Second note'), site);
    // One quarter, two notes, one topic; the site card is its endpoint's.
    expect(first).toMatchObject({ total: 4, rendered: 4, cached: 0, failed: [] });
    expect(first.keys.size).toBe(4);
    const index = readCardIndex(site.cardCacheDir, cardCodeFingerprint());
    expect([...index.values()].sort()).toEqual([...first.keys].sort());
    expect([...index.keys()].sort()).toEqual(catalogCards(catalogOf('Second note'), site).map(digestOf).sort());

    const again = await prerenderCards(catalogOf('Second note'), site);
    expect(again).toMatchObject({ total: 4, rendered: 0, cached: 4 });
    expect([...again.keys].sort()).toEqual([...first.keys].sort());

    const edited = await prerenderCards(catalogOf('Second note, retitled'), site);
    expect(edited).toMatchObject({ total: 4, rendered: 1, cached: 3 });
    const pngs = readdirSync(site.cardCacheDir).filter((name) => name.endsWith('.png'));
    expect(pngs).toHaveLength(5);
  });

  it('hands over every page card with its cache entry; placeCards links them into the site at their paths', async () => {
    const catalog = catalogOf('Second note');
    const report = await prerenderCards(catalog, site);
    // The site card is served by its own route; the four page cards go in here.
    expect(report.pageCards.map(({ model }) => `${model.kind}/${model.slug}`).sort()).toEqual(['brief/2025-q1', 'note/first', 'note/second', 'topic/ai-capex']);
    const out = path.join(scratch, 'site');
    // One card without an entry (as when its worker failed) is drawn by placeCards itself.
    const [first, ...rest] = report.pageCards;
    const drawn = await placeCards([{ model: { ...first!.model, title: 'Drawn on the build thread' } as never, key: undefined }, ...rest], site.cardCacheDir, out);
    expect(drawn).toHaveLength(1);
    for (const { model, key } of rest) {
      const file = cardFile(out, model);
      expect(readFileSync(file).equals(readFileSync(path.join(site.cardCacheDir, `${key}.png`))), file).toBe(true);
      // Linked, not copied: the site and the cache share the file.
      expect(statSync(file).nlink).toBeGreaterThan(1);
    }
    expect(existsSync(path.join(site.cardCacheDir, `${drawn[0]}.png`))).toBe(true);
  });

  it('fails as a whole when it cannot use the cache folder (the build then draws the cards itself)', async () => {
    const broken = { ...site, cardCacheDir: path.join(scratch, 'not-a-folder') };
    writeFileSync(broken.cardCacheDir, 'a file where the cache folder should be');
    await expect(prerenderCards(catalogOf('Second note'), broken)).rejects.toThrow();
  });
});
