/**
 * Sentences of a paragraph. Intl.Segmenter breaks after every abbreviation ("Jan. 29",
 * "U.S. AI", "4,5 Mrd. Euro", "am 30. Januar"), which would cut figures from their labels
 * and quotes from their speakers, so this splitter knows the abbreviations of business news.
 */
import { isMonthWord } from './lexicon.ts';

const ABBREVIATIONS = new Set(
  [
    'mr mrs ms dr prof st sr jr vs etc inc corp co ltd plc no nos fig approx est dept gov sen rep gen',
    'jan feb mar apr jun jul aug sep sept oct nov dec',
    'bn mn mln tn',
    'mrd mio bio nr bzw ca vgl usw evtl inkl ggf zb dr',
    'млн млрд трлн тыс руб долл г гг т д др см им ул',
  ]
    .join(' ')
    .split(' '),
);

/** Where a sentence may end: terminal punctuation, closing quotes, then space and a capital or an opening quote. */
const BOUNDARY = /([.!?…]+)(["'”’»)\]]*)(\s+)(?=["'“„«‘(\[]?[\p{Lu}])/gu;

export function splitSentences(paragraph: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const match of paragraph.matchAll(BOUNDARY)) {
    const at = match.index;
    if (match[1] === '.' && !match[2] && !endsSentence(paragraph.slice(start, at), paragraph.slice(at + match[0].length))) continue;
    const end = at + match[1]!.length + match[2]!.length;
    sentences.push(paragraph.slice(start, end).trim());
    start = end;
  }
  const rest = paragraph.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences.filter(Boolean);
}

/** A period ends a sentence unless it closes an abbreviation, an initial or a German ordinal before a month. */
function endsSentence(before: string, after: string): boolean {
  const word = /([\p{L}\d.]+)$/u.exec(before)?.[1] ?? '';
  const bare = word.toLowerCase().replace(/\.$/, '');
  if (ABBREVIATIONS.has(bare)) return false;
  if (/^\p{L}$/u.test(bare)) return false; // an initial: "J. Smith", "z. B."
  if (/^(?:\p{L}\.)+\p{L}$/u.test(bare)) return false; // "U.S", "z.B", "т.е"
  if (/^\d{1,2}$/.test(bare) && isMonthWord(/^[\p{L}]+/u.exec(after)?.[0] ?? '')) return false; // "am 30. Januar"
  return true;
}
