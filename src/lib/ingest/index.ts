/** Raw article (text or HTML) → draft note: what scripts/new-note.ts uses. */
export { draftNote, slugFromTitle, PLACEHOLDER_PUBLISHER, PLACEHOLDER_TITLE, SLUG_MAX_LENGTH, type DraftNote, type DraftOptions } from './draft-note.ts';
export { decodeArticle, looksLikeHtml, NotUtf8Error, readArticle } from './read-article.ts';
export { formatReport } from './report.ts';
export { findFigures, type FoundFigure } from './figures.ts';
export { findQuotes, type FoundQuote } from './quotes.ts';
export { findEntities, findPeople } from './names.ts';
export { scoreTopics, suggestTopics, type TopicInfo, type TopicSuggestion } from './topics.ts';
export type { ArticleText, Found } from './types.ts';
export type { Language } from './language.ts';
