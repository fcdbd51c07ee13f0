/**
 * The page cards of a build drawn on worker threads while Astro builds the pages: Astro renders
 * one route at a time on one thread, and satori's layout is JavaScript, so without this the
 * second core idles while cards are drawn. Cards the index (card-index.ts) knows, with their
 * entry in the cache, are not even prepared. The page cards then go into the site from the
 * cache (card-output.ts), not through Astro. The site card is Astro's: its endpoint finds it
 * in the cache or draws it (one card), and never waits for this pass, so Astro finishes its
 * routes while the workers still draw and the last seconds of a cold build keep both cores busy.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Catalog } from '../catalog/index.ts';
import { cardCodeFingerprint, readCardIndex, writeCardIndex } from '../cards/card-index.ts';
import { catalogCards, type CardModel, type CardSite } from '../cards/index.ts';
import { renderCardsInWorkers } from '../cards/pool.ts';
import { digestOf } from '../digest.ts';
import type { CardPlacement } from './card-output.ts';

export interface PrepassReport {
  /** Every page card of the site. */
  total: number;
  rendered: number;
  /** Cards already in the cache. */
  cached: number;
  failed: string[];
  /** The cache keys of the page cards: what pruning keeps (with the endpoints' cards). */
  keys: Set<string>;
  /** Each page's card with its cache entry (none when it failed), for placeCards (card-output.ts). */
  pageCards: CardPlacement[];
}

export async function prerenderCards(catalog: Catalog, site: CardSite & { cardCacheDir: string }): Promise<PrepassReport> {
  const dir = site.cardCacheDir;
  const models = catalogCards(catalog, site);
  const fingerprint = cardCodeFingerprint();
  const known = readCardIndex(dir, fingerprint);
  const index = new Map<string, string>();
  const keys = new Set<string>();
  const todo: { model: CardModel; digest: string }[] = [];
  for (const model of models) {
    const digest = digestOf(model);
    const key = known.get(digest);
    if (key && existsSync(path.join(dir, `${key}.png`))) {
      index.set(digest, key);
      keys.add(key);
    } else {
      todo.push({ model, digest });
    }
  }
  const pool = await renderCardsInWorkers(
    todo.map((entry) => entry.model),
    { dir },
  );
  todo.forEach(({ digest }, i) => {
    const key = pool.keys[i];
    if (!key) return;
    index.set(digest, key);
    keys.add(key);
  });
  writeCardIndex(dir, fingerprint, index);
  const pageCards = models.map((model) => ({ model, key: index.get(digestOf(model)) }));
  return { total: models.length, rendered: pool.rendered, cached: models.length - todo.length + pool.reused, failed: pool.failed, keys, pageCards };
}
