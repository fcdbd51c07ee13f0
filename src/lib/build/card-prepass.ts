/**
 * The cards of a build drawn on worker threads while Astro builds the pages: Astro renders
 * one route at a time on one thread, and satori's layout is JavaScript, so without this the
 * second core idles while cards are drawn. Cards the index (card-index.ts) knows, with their
 * entry in the cache, are not even prepared. The page cards then go into the site from the
 * cache (card-output.ts), not through Astro. The site card's endpoint, which Astro still
 * runs, finds it through this pass's index (cache.ts): the file named by QD_CARD_PREPASS_DONE
 * appears when this pass ends, however it ends, and holds the index when it succeeded.
 */
import { existsSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Catalog } from '../catalog/index.ts';
import { cardCodeFingerprint, readCardIndex, writeCardIndex } from '../cards/card-index.ts';
import { catalogCards, siteCard, type CardModel, type CardSite } from '../cards/index.ts';
import { renderCardsInWorkers } from '../cards/pool.ts';
import { digestOf } from '../digest.ts';
import type { CardPlacement } from './card-output.ts';

export interface PrepassReport {
  /** Every card of the site. */
  total: number;
  rendered: number;
  /** Cards already in the cache. */
  cached: number;
  failed: string[];
  /** The cache keys of every card of the site: what pruning keeps. */
  keys: Set<string>;
  /** Each page's card with its cache entry (none when it failed), for placeCards (card-output.ts). */
  pageCards: CardPlacement[];
}

export async function prerenderCards(catalog: Catalog, site: CardSite & { cardCacheDir: string }, doneFile: string): Promise<PrepassReport> {
  const dir = site.cardCacheDir;
  // What the endpoints read when this pass ends: its index, or nothing (cache.ts).
  let done = '';
  try {
    const pageModels = catalogCards(catalog, site);
    const models: CardModel[] = [siteCard(site), ...pageModels];
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
    const pageCards = pageModels.map((model) => ({ model, key: index.get(digestOf(model)) }));
    return { total: models.length, rendered: pool.rendered, cached: models.length - todo.length + pool.reused, failed: pool.failed, keys, pageCards };
  } finally {
    // Renamed into place, so an endpoint never reads half an index.
    writeFileSync(`${doneFile}.tmp`, done);
    renameSync(`${doneFile}.tmp`, doneFile);
  }
}
