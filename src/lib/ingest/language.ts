/**
 * The languages the ingest understands well enough to read numbers, dates and quotes in.
 * Anything else is read as English: the numbers and quotes of most languages written in
 * Latin script still come through, only the words around them are not understood.
 */
export type Language = 'en' | 'de' | 'ru';

const GERMAN_WORDS = /\b(?:der|die|das|und|nicht|mit|für|ist|auf|von|den|dem|sich|auch|wurde|eine?|zu)\b/giu;
const ENGLISH_WORDS = /\b(?:the|and|of|is|with|for|to|that|was|on|in|its|has|by)\b/giu;

/** `declared` is the page's own `lang` attribute when it has one (HTML). */
export function detectLanguage(text: string, declared?: string): Language {
  const tag = declared?.trim().toLowerCase().slice(0, 2);
  if (tag === 'ru' || tag === 'de' || tag === 'en') return tag;
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const cyrillic = text.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
  // Russian pages quote English company names; a third of the letters is plenty.
  if (letters > 0 && cyrillic / letters > 0.3) return 'ru';
  const german = text.match(GERMAN_WORDS)?.length ?? 0;
  const english = text.match(ENGLISH_WORDS)?.length ?? 0;
  return german > english ? 'de' : 'en';
}
