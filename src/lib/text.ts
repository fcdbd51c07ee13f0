/** Words for numbers and reading, in one place: every page, card and feed counts the same way. */

const plural = new Intl.PluralRules('en');

/** Irregular plurals the site uses; anything else takes an `s`. */
const PLURALS: Record<string, string> = { entity: 'entities', quote: 'quotes', brief: 'briefs', person: 'people' };

/** `1 note`, `12 notes`, `0 entities`. */
export function count(n: number, noun: string, pluralForm?: string): string {
  const word = plural.select(n) === 'one' ? noun : (pluralForm ?? PLURALS[noun] ?? `${noun}s`);
  return `${new Intl.NumberFormat('en').format(n)} ${word}`;
}

const WORDS_PER_MINUTE = 220;
/** CJK is read by character; about two characters weigh one English word. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

/** The words of a Markdown/MDX body, leaving out code, tags, link targets and markup. */
function readableText(markdown: string): string {
  return markdown
    .replace(/^(?:import|export)\s.*$/gm, ' ')
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/[#>*_`[\]|-]/g, ' ');
}

/** Minutes a reader needs for a text of this many words (at least 1). */
export function readingMinutes(...texts: string[]): number {
  let words = 0;
  for (const text of texts) {
    const readable = readableText(text);
    const cjk = readable.match(CJK)?.length ?? 0;
    words += readable.replace(CJK, ' ').split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length + cjk / 2;
  }
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

/** `4 min read` */
export function readingTime(minutes: number): string {
  return `${minutes} min read`;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

// Scripts in which every code point is a grapheme of its own (no combining marks, joiners or
// selectors): ASCII, Latin-1 and Latin Extended, Greek, Cyrillic letters, punctuation, currency.
// Most text is; it skips Intl.Segmenter, which costs more than the rest of preparing a card.
const SIMPLE_GRAPHEMES = /^[\x20-\x7e\u00a0-\u024f\u0370-\u03ff\u0400-\u0482\u048a-\u04ff\u2010-\u2027\u2030-\u205e\u20a0-\u20bf]*$/;

/** The characters a reader sees (user-perceived characters): `👨‍👩‍👧` is one, `e` + U+0301 is one. */
export function graphemes(text: string): string[] {
  if (SIMPLE_GRAPHEMES.test(text)) return [...text];
  return Array.from(segmenter.segment(text), (s) => s.segment);
}
