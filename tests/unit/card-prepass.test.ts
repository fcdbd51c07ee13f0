/**
 * The worker pre-pass of `npm run build` (src/lib/build/card-prepass.ts): it draws every card
 * that is not in the cache on worker threads, remembers which cache entry each card model
 * became, and on the next build draws only the cards whose model changed, without preparing
 * the others again. The file that tells Astro's endpoints to stop waiting always appears.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { prerenderCards } from '../../src/lib/build/card-prepass.ts';
import { buildCatalog } from '../../src/lib/catalog/index.ts';
import { cardCodeFingerprint, readCardIndex } from '../../src/lib/cards/card-index.ts';
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
  it('draws every card once, then only the card whose model changed', async () => {
    const done = path.join(scratch, 'done-1');
    const first = await prerenderCards(catalogOf('Second note'), site, done);
    // The site card, one quarter, two notes, one topic.
    expect(first).toMatchObject({ total: 5, rendered: 5, cached: 0, failed: [] });
    expect(first.keys.size).toBe(5);
    expect(existsSync(done)).toBe(true);
    const index = readCardIndex(site.cardCacheDir, cardCodeFingerprint());
    expect([...index.values()].sort()).toEqual([...first.keys].sort());

    const again = await prerenderCards(catalogOf('Second note'), site, path.join(scratch, 'done-2'));
    expect(again).toMatchObject({ total: 5, rendered: 0, cached: 5 });
    expect([...again.keys].sort()).toEqual([...first.keys].sort());

    const edited = await prerenderCards(catalogOf('Second note, retitled'), site, path.join(scratch, 'done-3'));
    expect(edited).toMatchObject({ total: 5, rendered: 1, cached: 4 });
    const pngs = readdirSync(site.cardCacheDir).filter((name) => name.endsWith('.png'));
    expect(pngs).toHaveLength(6);
  });

  it('says it is done even when it fails', async () => {
    const done = path.join(scratch, 'done-failed');
    const broken = { ...site, cardCacheDir: path.join(scratch, 'not-a-folder') };
    await import('node:fs').then((fs) => fs.writeFileSync(broken.cardCacheDir, 'a file where the cache folder should be'));
    await expect(prerenderCards(catalogOf('Second note'), broken, done)).rejects.toThrow();
    expect(existsSync(done)).toBe(true);
  });
});
