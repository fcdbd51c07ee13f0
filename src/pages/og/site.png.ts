/** The site's own card, for the home page and the list pages: /og/site.png */
import type { APIRoute } from 'astro';
import { cardCache } from '../../data/cards.ts';
import { cachedCard, pngResponse, siteCard } from '../../lib/cards/index.ts';
import { siteConfig } from '../../site.ts';

export const GET: APIRoute = async () => pngResponse((await cachedCard(siteCard(siteConfig), cardCache)).png);
