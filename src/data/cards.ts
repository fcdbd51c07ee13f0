/**
 * How this build's card endpoints use the card cache: the site's cache folder and, when
 * `npm run build` (scripts/build.ts) draws the cards on worker threads beside Astro, the
 * file that says it has finished (until then a missing card is awaited, not drawn twice).
 */
import { PREPASS_DONE_ENV, type CardCacheOptions } from '../lib/cards/index.ts';
import { siteConfig } from './site.ts';

const prepassDone = process.env[PREPASS_DONE_ENV];

export const cardCache: CardCacheOptions = { dir: siteConfig.cardCacheDir, ...(prepassDone ? { prepassDone } : {}) };

/**
 * Whether `npm run build` puts the page cards into the site itself, from the card cache
 * (src/lib/build/card-output.ts): then Astro renders no page-card route at all.
 */
export const pageCardsPlacedByBuild = Boolean(prepassDone);
