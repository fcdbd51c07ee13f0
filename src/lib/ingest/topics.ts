/**
 * Topics to suggest for an article, from the content folder's own topics: their titles,
 * descriptions and `keywords:` lists. A word that many topics share (e.g. "companies")
 * says little about any of them, so each word weighs less the more topics use it.
 */
import { slugify } from '../slugs.ts';

export interface TopicInfo {
  slug: string;
  title: string;
  description: string;
  keywords?: readonly string[];
}

export interface TopicSuggestion {
  slug: string;
  score: number;
  /** The words of the topic found in the article, for the report. */
  matched: string[];
}

const STOPWORDS = new Set(
  'a an the and or of to in on for from by with as at its their that this these those is are was were be been how who what which when where why into over under than more most less new from their them they it also about after before such other own one two each every all any some many much very just only can may will would up out'
    .split(' '),
);

const WEIGHTS = { keyword: 3, title: 2, description: 1 } as const;

/** Words longer than 3 letters, lower case, plural -s dropped: "Chips" and "chip" meet. */
function stem(word: string): string {
  const lower = word.toLowerCase();
  return lower.length > 4 ? lower.replace(/(?:ies)$/u, 'y').replace(/(?:es|s)$/u, '') : lower;
}

function contentWords(text: string): string[] {
  return (text.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? [])
    .flatMap((word) => [word, ...word.split('-')])
    .filter((word) => word.length > 2 && !STOPWORDS.has(word.toLowerCase()))
    .map(stem);
}

interface Term {
  /** Stems of the term's words, matched as a phrase. */
  stems: string[];
  text: string;
  weight: number;
}

function termsOf(topic: TopicInfo): Term[] {
  const terms: Term[] = [];
  for (const keyword of topic.keywords ?? []) {
    const stems = contentWords(keyword);
    if (stems.length) terms.push({ stems, text: keyword, weight: WEIGHTS.keyword });
  }
  const titleStems = contentWords(topic.title);
  if (titleStems.length > 1) terms.push({ stems: titleStems, text: topic.title, weight: WEIGHTS.keyword });
  for (const word of titleStems) terms.push({ stems: [word], text: word, weight: WEIGHTS.title });
  for (const word of new Set(contentWords(topic.description))) terms.push({ stems: [word], text: word, weight: WEIGHTS.description });
  return terms;
}

/** Occurrences of a phrase of stems in the article's stems. */
function occurrences(haystack: readonly string[], stems: readonly string[]): number {
  let count = 0;
  for (let i = 0; i + stems.length <= haystack.length; i++) {
    if (stems.every((s, j) => haystack[i + j] === s || (s.length >= 5 && haystack[i + j]!.startsWith(s)))) count++;
  }
  return count;
}

/**
 * Every topic with its score, best first. The article's title counts three times: it says
 * what the article is about more reliably than its tenth paragraph.
 */
export function scoreTopics(title: string, paragraphs: readonly string[], topics: readonly TopicInfo[]): TopicSuggestion[] {
  const titleWords = contentWords(title);
  const bodyWords = contentWords(paragraphs.join(' '));
  const termTopics = new Map<string, Set<string>>();
  const termsByTopic = topics.map((topic) => ({ topic, terms: termsOf(topic) }));
  for (const { topic, terms } of termsByTopic) {
    for (const term of terms) {
      const key = term.stems.join(' ');
      termTopics.set(key, (termTopics.get(key) ?? new Set()).add(topic.slug));
    }
  }
  const suggestions = termsByTopic.map(({ topic, terms }) => {
    let score = 0;
    const matched = new Set<string>();
    const counted = new Set<string>();
    for (const term of terms) {
      const key = term.stems.join(' ');
      if (counted.has(key)) continue;
      counted.add(key);
      const hits = 3 * occurrences(titleWords, term.stems) + occurrences(bodyWords, term.stems);
      if (!hits) continue;
      const spread = termTopics.get(key)!.size;
      score += (term.weight * Math.log2(1 + hits)) / spread;
      matched.add(term.text);
    }
    return { slug: topic.slug || slugify(topic.title), score: Math.round(score * 100) / 100, matched: [...matched] };
  });
  return suggestions.sort((a, b) => b.score - a.score || a.slug.localeCompare(b.slug));
}

/**
 * The topics to put in the draft: the best, and the others that score at least half as
 * well (at most `limit`). Never empty while there are topics, because a note needs one;
 * `matched: []` on the first tells the report it is only a placeholder.
 */
export function suggestTopics(title: string, paragraphs: readonly string[], topics: readonly TopicInfo[], limit = 3): TopicSuggestion[] {
  const scored = scoreTopics(title, paragraphs, topics);
  const best = scored[0];
  if (!best) return [];
  if (best.score === 0) return [best];
  return scored.filter((s) => s.score > 0 && s.score >= best.score / 2).slice(0, limit);
}
