/**
 * How this build's card endpoints use the card cache: the site's cache folder and, when
 * `npm run build` (scripts/build.ts) renders the cards on worker threads beside Astro, the
 * file that says it has finished (until then a missing card is awaited, not rendered twice).
 */
import { PREPASS_DONE_ENV, type CardCacheOptions } from '../lib/cards/index.ts';
import { siteConfig } from './site.ts';

const prepassDone = process.env[PREPASS_DONE_ENV];

export const cardCache: CardCacheOptions = { dir: siteConfig.cardCacheDir, ...(prepassDone ? { prepassDone } : {}) };
