/**
 * Direct quotes and who said them. Newspapers attribute a quote after it (`,” he said`,
 * `," said X`, `," X added`, `«…», — заявил он`), before it (`X said: "…"`, `X said it was
 * "…"`, `according to X`, `laut X`, `по словам X`) or not at all when it carries on the
 * previous one. "He" is the last person named before the quote.
 */
import type { Language } from './language.ts';
import { NOT_NAMES } from './lexicon.ts';
import { findPeople, sameNameWord, type Person } from './names.ts';

export interface FoundQuote {
  text: string;
  by: string;
  role?: string;
}

/** Opening and closing marks: English curly and straight, guillemets, German low-high. */
const QUOTE = /“([^“”]+)”|"([^"]+)"|«([^«»]+)»|„([^„“”]+)[“”]|‹([^‹›]+)›/gu;

const SPEECH =
  /\b(?:said|says|added|adds|told|tells|noted|explained|wrote|writes|stated|argued|contended|continued|remarked|asked|warned|declared|insisted|predicted|according to|sagte|sagt|erklärte|betonte|meinte|schrieb|ergänzte|fügte|warnte|laut)\b|(?<![\p{L}])(?:сказал[аи]?|заявил[аи]?|отметил[аи]?|добавил[аи]?|подчеркнул[аи]?|пояснил[аи]?|говорит|написал[аи]?|по словам)(?![\p{L}])/giu;

/** A role used in place of a name. */
const ROLE_NOUN = /(?:Chef|Chefin|CEO|Gründer|Gründerin|Sprecher|Sprecherin)$/u;

const PRONOUN_WORDS = new Set(['he', 'she', 'er', 'sie', 'он', 'она']);
const isPronoun = (word: string) => PRONOUN_WORDS.has(word.toLowerCase().replace(/[.,'’]+$/u, ''));

/** Fewer words than this is a scare quote or a term ("community notes"), not a quote. */
const MIN_WORDS = 4;

interface Mention {
  index: number;
  person: Person;
}

export function findQuotes(paragraphs: readonly string[], language: Language): FoundQuote[] {
  const people = findPeople(paragraphs, language);
  const quotes: FoundQuote[] = [];
  const seen = new Set<string>();
  let offset = 0;
  const text = paragraphs.join('\n');
  const mentions = findMentions(text, people);
  let previous: { speaker?: Speaker; end: number; paragraph: number } | undefined;

  paragraphs.forEach((paragraph, paragraphIndex) => {
    for (const match of paragraph.matchAll(QUOTE)) {
      const inner = match.slice(1).find((group) => group !== undefined)!;
      const quoted = tidyQuote(inner);
      const start = match.index;
      const end = start + match[0].length;
      if (quoted.split(/\s+/).length < MIN_WORDS || isTitleCase(quoted)) continue;

      const lastPersonBefore = (at: number) => {
        const before = mentions.filter((m) => m.index < offset + at);
        return (before.findLast((m) => m.person.confirmed) ?? before.at(-1))?.person;
      };
      const speaker =
        speakerIn(afterQuote(paragraph, end), 'after', people, () => lastPersonBefore(start)) ??
        speakerIn(beforeQuote(paragraph, start), 'before', people, () => lastPersonBefore(start)) ??
        continuation(previous, paragraphIndex, paragraph, start);
      previous = { speaker, end, paragraph: paragraphIndex };
      if (!speaker) continue;
      const key = quoted.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      quotes.push({ text: quoted, by: speaker.name, ...(speaker.role ? { role: speaker.role } : {}) });
    }
    offset += paragraph.length + 1;
  });
  return quotes;
}

interface Speaker {
  name: string;
  role?: string;
}

/** A quote with no attribution of its own that carries on the previous one (same paragraph, or the next one opening with it). */
function continuation(
  previous: { speaker?: Speaker; end: number; paragraph: number } | undefined,
  paragraphIndex: number,
  paragraph: string,
  start: number,
): Speaker | undefined {
  if (!previous?.speaker) return undefined;
  if (previous.paragraph === paragraphIndex) {
    const between = paragraph.slice(previous.end, start);
    return between.split(/\s+/).length <= 12 ? previous.speaker : undefined;
  }
  return previous.paragraph === paragraphIndex - 1 && paragraph.slice(0, start).trim() === '' ? previous.speaker : undefined;
}

/** Strips the comma or colon that belongs to the sentence around the quote, not to the quote. */
function tidyQuote(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/[,;:]+$/u, '').replace(/\s*[-–—]$/u, '').trim();
}

function isTitleCase(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w) && w.length > 3);
  return words.length > 0 && words.every((w) => /^\p{Lu}/u.test(w));
}

/** From the end of the quote to the end of its sentence (or the next quote). */
function afterQuote(paragraph: string, end: number): string {
  const rest = paragraph.slice(end);
  const stop = rest.search(/[.!?](?:\s|$)|[“"«„]/u);
  return stop < 0 ? rest : rest.slice(0, stop);
}

/** From the start of the quote's sentence (or the previous quote) to the quote. */
function beforeQuote(paragraph: string, start: number): string {
  const head = paragraph.slice(0, start);
  const boundary = Math.max(head.search(/[^.!?]*$/u), head.lastIndexOf('”') + 1, head.lastIndexOf('»') + 1, head.lastIndexOf('“') + 1);
  return head.slice(Math.max(0, boundary));
}

/**
 * The speaker named around a verb of speech in `segment`: the words right after the verb
 * ("said Jane Roe") or right before it ("Jane Roe said", "he added").
 */
function speakerIn(
  segment: string,
  side: 'before' | 'after',
  people: readonly Person[],
  lastPerson: () => Person | undefined,
): Speaker | undefined {
  const verbs = [...segment.matchAll(SPEECH)];
  // German "…“, so Zuckerberg": "so" only attributes right after the quote.
  if (side === 'after') {
    const so = /^\s*[,–—-]*\s*so\s+((?:[\p{Lu}][\p{L}.'’-]*\s?){1,4})/u.exec(segment);
    if (so) return resolve(so[1]!.split(/\s+/).filter(Boolean), people, lastPerson);
  }
  const ordered = side === 'after' ? verbs : verbs.reverse();
  for (const verb of ordered) {
    const afterVerb = segment.slice(verb.index + verb[0].length).match(/[\p{L}\p{M}.'’-]+/gu)?.slice(0, 6) ?? [];
    const beforeVerb = segment.slice(0, verb.index).match(/[\p{L}\p{M}.'’-]+/gu)?.slice(-6) ?? [];
    // After a quote, "said X" is the usual order; before one, "X said … “" is: there the words
    // after the verb are the start of the reported clause ("He said Llama 4 is …").
    const following = () => resolve(leadingNames(afterVerb), people, lastPerson);
    const preceding = () => resolve(trailingNames(beforeVerb), people, lastPerson);
    const speaker = side === 'after' ? following() ?? preceding() : preceding() ?? following();
    if (speaker) return speaker;
  }
  return undefined;
}

/** The name (or pronoun) at the start of the words after a verb: role words and names until the first other word. */
function leadingNames(words: readonly string[]): string[] {
  const taken: string[] = [];
  for (const word of words) {
    if (isPronoun(word) && taken.length === 0) return [word];
    if (/^\p{Lu}/u.test(word) || (taken.length === 0 && /^(?:the|der|die|глава|гендиректор|аналитик)$/iu.test(word))) taken.push(word);
    else if (taken.some((w) => /^\p{Lu}/u.test(w))) break;
    else if (taken.length > 0 || words.indexOf(word) > 2) break;
  }
  return taken;
}

/** The name (or pronoun) that ends the words before a verb. */
function trailingNames(words: readonly string[]): string[] {
  const last = words.at(-1);
  if (last && isPronoun(last)) return [last];
  const taken: string[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    if (/^\p{Lu}/u.test(words[i]!)) taken.unshift(words[i]!);
    else break;
  }
  return taken;
}

function resolve(words: readonly string[], people: readonly Person[], lastPerson: () => Person | undefined): Speaker | undefined {
  if (words.length === 1 && isPronoun(words[0]!)) {
    const person = lastPerson();
    return person ? { name: person.name, role: person.role } : undefined;
  }
  const clean = words.map((w) => w.replace(/(?:['’]s|['’])$/u, '').replace(/[.,]+$/u, '')).filter((w) => /^\p{Lu}/u.test(w));
  if (!clean.length) return undefined;
  // "betonte der Meta-Chef", "the CEO added": a role standing for the person last named.
  if (clean.length === 1 && ROLE_NOUN.test(clean[0]!)) {
    const person = lastPerson();
    return person ? { name: person.name, role: person.role } : undefined;
  }
  for (let i = clean.length - 1; i >= 0; i--) {
    const person = people.find((p) => sameNameWord(p.surname, clean[i]!));
    if (person) return { name: person.name, role: person.role };
  }
  const names = clean.filter((w) => !NOT_NAMES.has(w.toLowerCase()));
  if (names.length >= 2) return { name: names.slice(-3).join(' ') };
  // A company or body speaking for itself: "Nvidia said in a statement".
  if (names.length === 1 && names[0]!.length > 1) return { name: names[0]! };
  return undefined;
}

/** Every place a person is named (full name or family name, in any case ending), in order. */
function findMentions(text: string, people: readonly Person[]): Mention[] {
  const mentions: Mention[] = [];
  for (const match of text.matchAll(/[\p{Lu}][\p{L}\p{M}'’-]*/gu)) {
    const person = people.find((p) => sameNameWord(p.surname, match[0]));
    if (person) mentions.push({ index: match.index, person });
  }
  return mentions;
}
