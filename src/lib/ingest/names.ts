/**
 * Proper names in an article: the entities a note should list (names that recur) and the
 * people quotes can be attributed to (with a role when the article states one).
 *
 * Capitalisation is the signal, so each language needs its caveats: every sentence starts
 * with a capital, German capitalises every noun, and Russian inflects names
 * ("Цукерберг", "Цукерберга", "Цукербергом" are one man).
 */
import type { Language } from './language.ts';
import { isMonthWord, isWeekdayWord, NOT_NAMES } from './lexicon.ts';
import { splitSentences } from './sentences.ts';

/** One capitalised word (with inner capitals, digits, dots or hyphens: DeepSeek, U.S., Meta-Chef). */
const NAME_WORD = /[\p{Lu}][\p{L}\p{M}\d&.'’-]*/u;
const WORD = /[\p{L}\p{M}\d][\p{L}\p{M}\d&.'’-]*/gu;

const GERMAN_DETERMINERS = new Set(
  'der die das den dem des ein eine einen einem einer eines kein keine keinen seine seinen seiner ihre ihren ihrer unsere dieser diese dieses diesen jeder jede jedes alle beide neue neuen im vom zum zur beim am ins'.split(' '),
);
const GERMAN_NOUN_ENDINGS = /(?:ung|ungen|heit|heiten|keit|keiten|schaft|schaften|tion|tionen|tät|täten|nis|nisse|ment|mente|ismus|ismen|ik|iken|chen|lein|ende|enden|eur|eure|isten|ler|ern)$/u;

/** Roles that introduce a person: "Meta CEO Mark Zuckerberg", "Nvidia-Chefin …", "глава Meta …". */
const ROLE_WORDS =
  'CEO|CFO|CTO|COO|chief executive officer|chief executive|chief financial officer|chief technology officer|chief operating officer|chief scientist|president|chairman|chairwoman|chair|founder|co-founder|cofounder|head of [\\p{L} ]{2,30}?|analyst|spokesperson|spokesman|spokeswoman|Under Secretary|Secretary|Vorstandschef|Vorstandschefin|Konzernchef|Konzernchefin|Firmenchef|Firmenchefin|Finanzchef|Finanzchefin|Chef|Chefin|Gründer|Gründerin|Sprecher|Sprecherin|Analyst|Analystin|глава|генеральный директор|гендиректор|основатель|сооснователь|финансовый директор|аналитик|президент|председатель|пресс-секретарь';

export interface Person {
  /** The fullest form the article uses, in the nominative where the language inflects. */
  name: string;
  /** The family name as first written, which is how the article refers back to the person. */
  surname: string;
  role?: string;
  /** Introduced with a role, next to a verb of speech or referred back to: surely a person. */
  confirmed: boolean;
}

export interface NameSpan {
  name: string;
  index: number;
}

/** Capitalised runs of words in a sentence, split at words that are not names. */
export function nameSpans(sentence: string, language: Language, lowercaseWords: ReadonlySet<string>): NameSpan[] {
  const spans: NameSpan[] = [];
  let run: { words: string[]; index: number; end: number } | undefined;
  let firstWord = true;
  const flush = () => {
    if (run) spans.push({ name: run.words.join(' '), index: run.index });
    run = undefined;
  };
  for (const match of sentence.matchAll(WORD)) {
    const raw = match[0];
    const word = raw.replace(/(?:['’]s|['’])$/u, '').replace(/[.’'-]+$/u, '');
    const atStart = firstWord;
    firstWord = false;
    const gap = run ? sentence.slice(run.end, match.index) : '';
    if (run && !/^\s+$/.test(gap)) flush();
    const capitalised = NAME_WORD.test(word) && word[0] === NAME_WORD.exec(word)?.[0][0];
    const lower = word.toLowerCase();
    const excluded =
      !capitalised ||
      NOT_NAMES.has(lower) ||
      isMonthWord(word) ||
      isWeekdayWord(word) ||
      /^\d/.test(word) ||
      (atStart && lowercaseWords.has(lower)) ||
      /-(?:Chef|Chefin|Boss|Gründer|Gründerin|Konzern|Aktie)$/u.test(word) ||
      (language === 'de' && !isGermanName(word));
    if (excluded) {
      flush();
      continue;
    }
    if (!run) run = { words: [], index: match.index, end: 0 };
    run.words.push(word);
    run.end = match.index + raw.length;
    // A possessive or punctuation ends the name: "DeepSeek’s model", "Meta, Google".
    if (raw !== word && !/^[\p{L}\d]+[.-][\p{L}\d]/u.test(raw)) flush();
  }
  flush();
  return spans;
}

/** Capitalised words that occur after the first word of a sentence somewhere in the article. */
export function midSentenceCapitals(paragraphs: readonly string[]): Set<string> {
  const words = new Set<string>();
  for (const paragraph of paragraphs) {
    for (const sentence of splitSentences(paragraph)) {
      const all = sentence.match(WORD) ?? [];
      for (const word of all.slice(1)) if (/^\p{Lu}/u.test(word)) words.add(word.replace(/(?:['’]s|['’])$/u, '').replace(/[.’'-]+$/u, ''));
    }
  }
  return words;
}

/** A name as it occurs in the article: where, and whether it opens its sentence. */
interface NameInText extends NameSpan {
  /** Offset in the article's paragraphs joined by newlines. */
  position: number;
}

/**
 * Every name in the article, in order. A sentence's first word is capitalised anyway, so
 * when it stands before a family name that the article gives elsewhere with another first
 * name ("Слова Цукерберга" beside "Марк Цукерберг"), it is not part of the name.
 */
function namesInText(paragraphs: readonly string[], language: Language): NameInText[] {
  const lowercase = lowercaseVocabulary(paragraphs);
  const capitals = midSentenceCapitals(paragraphs);
  const germanNouns = language === 'de' ? germanNounsAfterDeterminers(paragraphs) : new Set<string>();
  const names: (NameInText & { opensSentence: boolean })[] = [];
  let offset = 0;
  for (const paragraph of paragraphs) {
    let from = 0;
    for (const sentence of splitSentences(paragraph)) {
      const at = paragraph.indexOf(sentence, from);
      from = at + sentence.length;
      const firstWord = /[\p{L}\d]/u.exec(sentence)?.index ?? -1;
      for (const span of nameSpans(sentence, language, lowercase)) {
        if (germanNouns.has(span.name)) continue;
        names.push({ ...span, position: offset + at + span.index, opensSentence: span.index === firstWord });
      }
    }
    offset += paragraph.length + 1;
  }
  return names.map((name) => {
    const words = name.name.split(' ');
    if (!name.opensSentence || words.length < 2 || capitals.has(words[0]!)) return name;
    const rest = words.slice(1).join(' ');
    const elsewhere = names.some(
      (other) => other !== name && !other.opensSentence && other.name.split(' ').length === words.length && other.name.split(' ')[0] !== words[0] && sameName(other.name.split(' ').slice(1).join(' '), rest),
    );
    return elsewhere ? { ...name, name: rest, index: name.index + words[0]!.length + 1, position: name.position + words[0]!.length + 1 } : name;
  });
}

/** German capitalises nouns: a name is not a common noun's shape. */
function isGermanName(word: string): boolean {
  if (/\p{Lu}.*\p{Lu}|\d/u.test(word.slice(1)) || /^[\p{Lu}]{2,}$/u.test(word)) return true; // DeepSeek, SAP, H20
  return !GERMAN_NOUN_ENDINGS.test(word.toLowerCase());
}

/** Words the article writes in lower case somewhere: those are not names when capitalised. */
export function lowercaseVocabulary(paragraphs: readonly string[]): Set<string> {
  const words = new Set<string>();
  for (const paragraph of paragraphs) {
    for (const match of paragraph.matchAll(WORD)) if (/^\p{Ll}/u.test(match[0])) words.add(match[0].toLowerCase());
  }
  return words;
}

/** German nouns follow articles; names of companies and people rarely do. */
function germanNounsAfterDeterminers(paragraphs: readonly string[]): Set<string> {
  const nouns = new Set<string>();
  for (const paragraph of paragraphs) {
    const words = paragraph.match(WORD) ?? [];
    for (let i = 1; i < words.length; i++) {
      if (GERMAN_DETERMINERS.has(words[i - 1]!.toLowerCase()) || /^\p{Ll}\p{L}*(?:en|e|er|es)$/u.test(words[i - 1]!)) {
        if (/^\p{Lu}\p{Ll}+$/u.test(words[i]!)) nouns.add(words[i]!);
      }
    }
  }
  return nouns;
}

const CASE_ENDING = /(?:ами|ями|ого|его|ому|ему|ыми|ими|ой|ей|ом|ем|ах|ях|ов|ев|ым|им|ы|и|а|я|у|ю|е)$/u;

function bareWord(word: string): string {
  return word.toLowerCase().replace(/(?:['’]s)?[.'’-]*$/u, '');
}

/** A word and, for a Russian name, the word without one case ending: "Орлова" → орлова, орлов. */
function wordForms(word: string): string[] {
  const lower = bareWord(word);
  if (!/\p{Script=Cyrillic}/u.test(lower) || lower.length <= 4) return [lower];
  const stripped = lower.replace(CASE_ENDING, '');
  return stripped === lower ? [lower] : [lower, stripped];
}

/** Two spellings of one name word through Russian cases: Орлов/Орлова, Соколова/Соколовой, Марк/Марка. */
export function sameNameWord(a: string, b: string): boolean {
  const forms = wordForms(a);
  return wordForms(b).some((form) => forms.includes(form));
}

export function sameName(a: string, b: string): boolean {
  const wa = a.split(/\s+/);
  const wb = b.split(/\s+/);
  return wa.length === wb.length && wa.every((word, i) => sameNameWord(word, wb[i]!));
}

/** The shortest stem of a name, for matching it inside inflected text ("Nvidia", "цукерберг"). */
export function nameKey(name: string): string {
  return name
    .split(/\s+/)
    .map((word) => wordForms(word).at(-1)!)
    .join(' ');
}

interface Tally {
  forms: Map<string, number>;
  count: number;
  first: number;
}

/**
 * Names that occur at least twice, most frequent first. A family name alone counts
 * towards the full name it stands for ("Zuckerberg" → "Mark Zuckerberg").
 */
export function findEntities(paragraphs: readonly string[], language: Language, limit = 8): string[] {
  const tallies = tallyNames(paragraphs, language);
  return [...tallies.values()]
    .filter((tally) => tally.count >= 2)
    .sort((a, b) => b.count - a.count || a.first - b.first)
    .slice(0, limit)
    .map(displayForm);
}

function tallyNames(paragraphs: readonly string[], language: Language): Map<string, Tally> {
  const tallies = new Map<string, Tally>();
  for (const span of namesInText(paragraphs, language)) {
    const key = [...tallies.keys()].find((known) => sameName(known, span.name)) ?? span.name;
    const tally = tallies.get(key) ?? { forms: new Map(), count: 0, first: span.position };
    tally.forms.set(span.name, (tally.forms.get(span.name) ?? 0) + 1);
    tally.count++;
    tallies.set(key, tally);
  }
  // Fold a lone family name into the one full name that ends with it.
  for (const [key, tally] of tallies) {
    if (key.includes(' ')) continue;
    const fuller = [...tallies.keys()].filter((other) => other !== key && other.split(' ').length <= 3 && other.includes(' ') && sameNameWord(other.split(' ').at(-1)!, key));
    if (fuller.length === 1) {
      const target = tallies.get(fuller[0]!)!;
      target.count += tally.count;
      target.first = Math.min(target.first, tally.first);
      tallies.delete(key);
    }
  }
  return tallies;
}

/** The form to print: the shortest (Russian nominative is the uninflected one), then the most frequent. */
function displayForm(tally: Tally): string {
  return [...tally.forms.entries()].sort((a, b) => a[0].length - b[0].length || b[1] - a[1])[0]![0];
}

const SPEECH_VERBS =
  'said|says|added|told|noted|explained|wrote|stated|argued|contended|continued|remarked|asked|warned|declared|insisted|predicted|sagte|sagt|erklärte|betonte|meinte|schrieb|ergänzte|fügte|warnte|сказал|сказала|заявил|заявила|отметил|отметила|добавил|добавила|подчеркнул|подчеркнула|пояснил|пояснила|говорит|написал|написала';

/**
 * People: full names (two or three words), `confirmed` when the article introduces them
 * with a role, next to a verb of speech, or refers back to them by family name. The others
 * (which may be places: "Wall Street") are only used when no confirmed person fits.
 */
export function findPeople(paragraphs: readonly string[], language: Language): Person[] {
  const text = paragraphs.join('\n');
  const candidates = new Map<string, { name: string; forms: string[] }>();
  for (const span of namesInText(paragraphs, language)) {
    const words = span.name.split(' ');
    if (words.length < 2 || words.length > 3 || !words.every((w) => /^\p{Lu}\p{Ll}/u.test(w))) continue;
    const key = [...candidates.keys()].find((known) => sameName(known, span.name)) ?? span.name;
    const entry = candidates.get(key) ?? { name: span.name, forms: [] };
    entry.forms.push(span.name);
    if (span.name.length < entry.name.length) entry.name = span.name;
    candidates.set(key, entry);
  }
  const people: Person[] = [];
  for (const { name, forms } of candidates.values()) {
    const escapedForms = forms.map(escape).join('|');
    const role = roleOf(text, forms, language);
    const alone = countFamilyNameAlone(text, name);
    const speaks = new RegExp(`(?:${SPEECH_VERBS})\\s+(?:${escapedForms})|(?:${escapedForms})\\s+(?:${SPEECH_VERBS})`, 'u').test(text);
    people.push({ name, surname: name.split(' ').at(-1)!, role, confirmed: Boolean(role || speaks || alone > 0) });
  }
  return people;
}

/** "Meta CEO Mark Zuckerberg" → "CEO, Meta"; "Colette Kress, Nvidia's chief financial officer," → "chief financial officer, Nvidia". */
function roleOf(text: string, forms: readonly string[], language: Language): string | undefined {
  const names = forms.map(escape).join('|');
  const org = "[\\p{Lu}][\\p{L}\\d&.-]*(?:\\s[\\p{Lu}][\\p{L}\\d&.-]*)?";
  if (language === 'de') {
    const compound = new RegExp(`(${org})-(Chef|Chefin|Gründer|Gründerin|Finanzchef|Finanzchefin)\\s+(?:${names})`, 'u').exec(text);
    if (compound) return `${compound[2]}, ${compound[1]}`;
  }
  const before = new RegExp(`(?:(${org})(?:['’]s)?\\s+)?(?<![\\p{L}-])(${ROLE_WORDS})\\s+(?:(${org})\\s+)?(?:${names})`, 'u').exec(text);
  if (before) {
    const organisation = before[1] && !NOT_NAMES.has(before[1].toLowerCase()) ? before[1] : before[3];
    return [before[2], organisation].filter(Boolean).join(', ');
  }
  const after = new RegExp(`(?:${names}),\\s+(?:(${org})['’]s\\s+)?(${ROLE_WORDS})(?:\\s+(?:of|at|bei|von)\\s+(${org}))?[,.]`, 'u').exec(text);
  if (after) return [after[2], after[1] ?? after[3]].filter(Boolean).join(', ');
  return undefined;
}

/** Mentions of the family name without the given name before it ("Zuckerberg added"). */
function countFamilyNameAlone(text: string, fullName: string): number {
  const words = fullName.split(' ');
  const surname = words.at(-1)!;
  const given = words.slice(0, -1);
  let count = 0;
  let previous = '';
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    if (/^\p{Lu}/u.test(word) && sameNameWord(word, surname) && !given.some((g) => sameNameWord(g, previous))) count++;
    previous = word;
  }
  return count;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
