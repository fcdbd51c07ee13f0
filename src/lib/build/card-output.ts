/**
 * The page cards of `npm run build` go into the site straight from the card cache, linked
 * (link-file.ts), rather than through Astro's card endpoint: an endpoint costs Astro a route
 * (a request, a response, a file write) per card, about 2 ms each, and in a cold build it
 * waited for the worker pre-pass. The endpoint stays for `astro dev` and a bare `astro build`.
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { cachedCard, cardPath, type PageCard } from '../cards/index.ts';
import { linkFile } from './link-file.ts';

export interface CardPlacement {
  model: PageCard;
  /** Its cache entry, from the pre-pass; undefined when the pre-pass could not draw it. */
  key: string | undefined;
}

/** Where a card's PNG goes in the built site (its path, percent-decoded into file names). */
export function cardFile(outDir: string, model: PageCard): string {
  return path.join(outDir, ...cardPath(model).split('/').map(decodeURIComponent));
}

/**
 * Links every page card into `outDir`. A card without an entry in the cache (the pre-pass
 * failed on it, or a concurrent build pruned it) is drawn here, on this thread: if it fails
 * again, its error (naming the card) fails the build. Returns the cache keys of the cards
 * drawn here, for pruning to keep.
 */
export async function placeCards(cards: readonly CardPlacement[], cacheDir: string, outDir: string): Promise<string[]> {
  const drawn: string[] = [];
  const folders = new Set<string>();
  for (const { model, key: known } of cards) {
    let key = known;
    if (!key || !existsSync(path.join(cacheDir, `${key}.png`))) {
      key = (await cachedCard(model, { dir: cacheDir })).key;
      drawn.push(key);
    }
    const file = cardFile(outDir, model);
    const folder = path.dirname(file);
    if (!folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      folders.add(folder);
    }
    linkFile(path.join(cacheDir, `${key}.png`), file);
  }
  return drawn;
}
