/**
 * The cards of a build rendered on worker threads while Astro builds the pages: Astro renders
 * one route at a time on one thread, and satori's layout is JavaScript, so without this the
 * second core idles while cards are drawn. Astro's card endpoints then find each card in the
 * cache, or wait for it (cache.ts); the file named by QD_CARD_PREPASS_DONE appears when this
 * pass ends, however it ends, so an endpoint never waits for a card that is not coming.
 */
import { writeFileSync } from 'node:fs';
import type { Catalog } from '../catalog/index.ts';
import { catalogCards, siteCard, type CardSite } from '../cards/index.ts';
import { renderCardsInWorkers, type PoolReport } from '../cards/pool.ts';

export async function prerenderCards(catalog: Catalog, site: CardSite & { cardCacheDir: string }, doneFile: string): Promise<PoolReport> {
  try {
    return await renderCardsInWorkers([siteCard(site), ...catalogCards(catalog, site)], { dir: site.cardCacheDir });
  } finally {
    writeFileSync(doneFile, '');
  }
}
