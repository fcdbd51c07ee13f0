/**
 * Social preview cards: card model → satori → PNG, cached on disk. Pure TypeScript, no
 * Astro imports; the routes in src/pages/og/ are thin wrappers around this module.
 */
export {
  briefCard,
  cardAlt,
  cardPath,
  catalogCards,
  entityCard,
  noteCard,
  siteCard,
  topicCard,
  type BriefCard,
  type CardFigure,
  type CardModel,
  type CardSite,
  type CardTrend,
  type EntityCard,
  type NoteCard,
  type SiteCard,
  type TopicCard,
} from './model.ts';
export { renderCard, renderSvg, svgToPng } from './render.ts';
export { prepareCard, type PreparedCard } from './prepare.ts';
export { cardKey } from './key.ts';
// pool.ts (worker threads) is left out on purpose: only scripts/build.ts runs it, outside Astro's bundle.
export { cachedCard, keyCard, prefetchCards, pruneCards, type CardCacheOptions, type CardResult, type KeyedCard } from './cache.ts';
export { CARD_HEIGHT, CARD_WIDTH } from './template.ts';
export { cardPaths, pngResponse, type CardPath, type PageCard } from './routes.ts';
