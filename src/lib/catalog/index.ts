/**
 * The catalog: every note, topic, entity and quarter of a build, indexed once
 * (build.ts), with the lists derived from them (numbers.ts, related.ts, series.ts).
 */
export { buildCatalog, byNewest, byOldest, groupNotesByFirstTopic, unpublishedTitle } from './build.ts';
export { claimedSlugs, entityResolver } from './entities.ts';
export { NUMBERS_LIMIT, factScore, groupFacts, resolvePick, selectNumbers } from './numbers.ts';
export { RELATED_LIMIT, relatedNotes } from './related.ts';
export { compareAcrossEntities, entitySeries, labelWithoutPeriod, normaliseLabel, periodPosition, seriesName } from './series.ts';
export { figuresByEntity } from './figures.ts';
export { pageKeys, type PageKeys } from './page-keys.ts';
export { QUOTES_LIMIT, featuredQuotes } from './quotes.ts';
export type * from './types.ts';
