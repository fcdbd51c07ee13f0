/** The card of every brief (quarter), note, topic and entity page: /og/<kind>/<slug>.png */
import type { APIRoute, GetStaticPaths } from 'astro';
import { cardCache, pageCardsPlacedByBuild } from '../../../data/cards.ts';
import { getCatalog } from '../../../data/catalog.ts';
import { cachedCard, cardPaths, keyCard, pngResponse, prefetchCards, type PageCard } from '../../../lib/cards/index.ts';
import { siteConfig } from '../../../site.ts';

export const getStaticPaths = (async () => {
  // `npm run build` links these cards into the site from its card cache instead.
  if (pageCardsPlacedByBuild) return [];
  const entries = cardPaths(await getCatalog(), siteConfig);
  // In a bare `astro build`, start every card now, a few at a time (see prefetchCards), so
  // resvg rasterises while satori lays out the next.
  if (import.meta.env.PROD) prefetchCards(entries.map((entry) => keyCard(entry.props.model)), cardCache);
  return entries;
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ model: PageCard }> = async ({ props }) => pngResponse((await cachedCard(props.model, cardCache)).png);
