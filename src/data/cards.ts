/**
 * How this build's card endpoints use the card cache: the site's cache folder, and whether
 * `npm run build` (scripts/build.ts) places the page cards itself.
 */
import { CARDS_PLACED_BY_BUILD_ENV } from '../lib/build/astro-env.ts';
import type { CardCacheOptions } from '../lib/cards/index.ts';
import { siteConfig } from './site.ts';

export const cardCache: CardCacheOptions = { dir: siteConfig.cardCacheDir };

/**
 * Whether `npm run build` puts the page cards into the site itself, from the card cache
 * (src/lib/build/card-output.ts): then Astro renders no page-card route at all.
 */
export const pageCardsPlacedByBuild = process.env[CARDS_PLACED_BY_BUILD_ENV] === '1';
