/** The card of every brief (quarter), note, topic and entity page: /og/<kind>/<slug>.png */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../../data/catalog.ts';
import { cachedCard, cardPaths, pngResponse, prefetchCards, type PageCard } from '../../../lib/cards/index.ts';
import { siteConfig } from '../../../site.ts';

const dir = siteConfig.cardCacheDir;

export const getStaticPaths = (async () => {
  const entries = cardPaths(await getCatalog(), siteConfig);
  // In a build every card is needed: start them all, a few at a time (see prefetchCards).
  if (import.meta.env.PROD) prefetchCards(entries.map((entry) => entry.props.model), { dir });
  return entries;
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ model: PageCard }> = async ({ props }) => pngResponse((await cachedCard(props.model, { dir })).png);
