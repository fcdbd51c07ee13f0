/** The card of every brief (quarter), note, topic and entity page: /og/<kind>/<slug>.png */
import type { APIRoute, GetStaticPaths } from 'astro';
import { cardCache } from '../../../data/cards.ts';
import { getCatalog } from '../../../data/catalog.ts';
import { cachedCard, cardPaths, pngResponse, prefetchCards, recordListed, type KeyedCard } from '../../../lib/cards/index.ts';
import { siteConfig } from '../../../site.ts';

export const getStaticPaths = (async () => {
  const entries = cardPaths(await getCatalog(), siteConfig);
  if (import.meta.env.PROD) {
    recordListed(cardCache.dir, entries.map((entry) => entry.cacheKey));
    // Without the worker pre-pass (an `astro build` run directly), start every card now, a
    // few at a time (see prefetchCards), so resvg rasterises while satori lays out the next.
    if (!cardCache.prepassDone) prefetchCards(entries.map((entry) => entry.props.card), cardCache);
  }
  return entries;
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: KeyedCard }> = async ({ props }) => pngResponse((await cachedCard(props.card, cardCache)).png);
