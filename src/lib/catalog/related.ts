/**
 * Notes to read next: up to RELATED_LIMIT per note, ranked by shared entities (3 each),
 * shared topics (1 each) and closeness in time (up to 1, halving every 30 days or so).
 *
 * No all-pairs scan: each entity and topic keeps its notes in date order, and a note only
 * looks at the WINDOW notes on either side of itself in each of its lists. The closest
 * notes in time are the ones that can win on closeness, and a note that shares several
 * entities turns up in several lists. Cost: notes × (entities + topics) × WINDOW, linear
 * in the number of notes whatever the size of a topic.
 */
import type { CatalogNote } from './types.ts';

export const RELATED_LIMIT = 4;
const WINDOW = 12;
const ENTITY_WEIGHT = 3;
const TOPIC_WEIGHT = 1;
const DAY = 86_400_000;

function closeness(a: CatalogNote, b: CatalogNote): number {
  return 1 / (1 + Math.abs(a.date.getTime() - b.date.getTime()) / (30 * DAY));
}

/** `notes` newest first (the catalog's order); the result maps a slug to its related notes. */
export function relatedNotes(notes: readonly CatalogNote[], limit = RELATED_LIMIT): Map<string, CatalogNote[]> {
  // Lists keep the catalog's order, so a note's neighbours in a list are its neighbours in time.
  const lists = new Map<string, CatalogNote[]>();
  const positions = new Map<string, Map<string, number>>();
  const file = (key: string, note: CatalogNote) => {
    const list = lists.get(key) ?? [];
    let at = positions.get(key);
    if (!at) positions.set(key, (at = new Map()));
    at.set(note.slug, list.length);
    list.push(note);
    lists.set(key, list);
  };
  for (const note of notes) {
    for (const entity of note.entities) file(`e:${entity.slug}`, note);
    for (const topic of note.topics) file(`t:${topic}`, note);
  }

  const order = new Map(notes.map((note, i) => [note.slug, i]));
  const result = new Map<string, CatalogNote[]>();
  for (const note of notes) {
    const scores = new Map<string, { note: CatalogNote; score: number }>();
    const visit = (key: string, weight: number) => {
      const list = lists.get(key)!;
      const at = positions.get(key)!.get(note.slug)!;
      for (let i = Math.max(0, at - WINDOW); i <= Math.min(list.length - 1, at + WINDOW); i++) {
        const other = list[i]!;
        if (other === note) continue;
        const entry = scores.get(other.slug) ?? { note: other, score: closeness(note, other) };
        entry.score += weight;
        scores.set(other.slug, entry);
      }
    };
    for (const entity of note.entities) visit(`e:${entity.slug}`, ENTITY_WEIGHT);
    for (const topic of note.topics) visit(`t:${topic}`, TOPIC_WEIGHT);
    const ranked = [...scores.values()]
      .sort((a, b) => b.score - a.score || order.get(a.note.slug)! - order.get(b.note.slug)!)
      .slice(0, limit)
      .map((entry) => entry.note);
    result.set(note.slug, ranked);
  }
  return result;
}
