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
