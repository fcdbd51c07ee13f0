/**
 * The cards of a build drawn on worker threads while Astro builds the pages: Astro renders
 * one route at a time on one thread, and satori's layout is JavaScript, so without this the
 * second core idles while cards are drawn. Cards the index (card-index.ts) knows, with their
 * entry in the cache, are not even prepared. Astro's card endpoints find each card in the
 * cache by the digest of its model, through this pass's index, or wait for it (cache.ts); the
 * file named by QD_CARD_PREPASS_DONE appears when this pass ends, however it ends, so an
 * endpoint never waits for a card that is not coming, and holds the index when it succeeded.
 */
import { existsSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Catalog } from '../catalog/index.ts';
import { cardCodeFingerprint, readCardIndex, writeCardIndex } from '../cards/card-index.ts';
import { catalogCards, siteCard, type CardModel, type CardSite } from '../cards/index.ts';
import { renderCardsInWorkers } from '../cards/pool.ts';
import { digestOf } from '../digest.ts';

export interface PrepassReport {
  /** Every card of the site. */
  total: number;
  rendered: number;
  /** Cards already in the cache. */
  cached: number;
  failed: string[];
  /** The cache keys of every card of the site: what pruning keeps. */
  keys: Set<string>;
}

export async function prerenderCards(catalog: Catalog, site: CardSite & { cardCacheDir: string }, doneFile: string): Promise<PrepassReport> {
  const dir = site.cardCacheDir;
  // What the endpoints read when this pass ends: its index, or nothing (cache.ts).
  let done = '';
  try {
    const models: CardModel[] = [siteCard(site), ...catalogCards(catalog, site)];
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
    done = JSON.stringify(Object.fromEntries(index));
    return { total: models.length, rendered: pool.rendered, cached: models.length - todo.length + pool.reused, failed: pool.failed, keys };
  } finally {
    // Renamed into place, so an endpoint never reads half an index.
    writeFileSync(`${doneFile}.tmp`, done);
    renameSync(`${doneFile}.tmp`, doneFile);
  }
}
