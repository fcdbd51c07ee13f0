/**
 * Which entity a name in a note means. Names that slug alike are one entity; an entity file
 * (`content/entities/alphabet.md`) gives its entity a display name, a description and
 * aliases (`Google` files under Alphabet, and has no page of its own). Names no file claims
 * are shown in their most used spelling.
 */
import { slugify } from '../slugs.ts';
import type { EntityInput, EntityRef, NoteInput } from './types.ts';

export interface EntityResolver {
  /** The entity a name means, or null for a name that slugs to nothing. */
  resolve(name: string): EntityRef | null;
  /** The file of a file-backed entity, by its slug. */
  file(slug: string): EntityInput | undefined;
}

/** The slugs an entity file claims: its own, its name's and its aliases'. */
export function claimedSlugs(entity: EntityInput): string[] {
  return [...new Set([entity.slug, slugify(entity.data.name), ...entity.data.aliases.map(slugify)].filter(Boolean))];
}

/**
 * One display name per slug for names no file claims: the most used spelling wins, then
 * the more capitalised (a proper noun), then code-point order, so the choice never depends
 * on file order.
 */
function spellingVote(names: Iterable<string>): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const name of names) {
    const slug = slugify(name);
    if (!slug) continue;
    const spellings = counts.get(slug) ?? new Map<string, number>();
    spellings.set(name, (spellings.get(name) ?? 0) + 1);
    counts.set(slug, spellings);
  }
  const capitals = (name: string) => [...name].filter((c) => c !== c.toLowerCase()).length;
  const chosen = new Map<string, string>();
  for (const [slug, spellings] of counts) {
    const [best] = [...spellings].sort(
      (a, b) => b[1] - a[1] || capitals(b[0]) - capitals(a[0]) || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0),
    );
    chosen.set(slug, best![0]);
  }
  return chosen;
}

/**
 * Conflicting claims (one alias on two files, an alias that is another file's name) are
 * content errors the checks report; here the file first in slug order keeps the claim,
 * so a build that gets this far is still deterministic.
 */
export function entityResolver(files: readonly EntityInput[], notes: readonly NoteInput[]): EntityResolver {
  const owner = new Map<string, EntityInput>();
  const sorted = [...files].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  // Own slugs and names first, so an alias never takes another file's own name.
  for (const file of sorted) for (const slug of [file.slug, slugify(file.data.name)]) if (slug && !owner.has(slug)) owner.set(slug, file);
  for (const file of sorted) for (const slug of claimedSlugs(file)) if (!owner.has(slug)) owner.set(slug, file);

  const names = notes.flatMap((note) => [...note.data.entities, ...note.data.figures.flatMap((f) => (f.entity ? [f.entity] : []))]);
  const spelling = spellingVote(names);
  const bySlug = new Map(files.map((file) => [file.slug, file]));

  return {
    resolve(name) {
      const slug = slugify(name);
      if (!slug) return null;
      const file = owner.get(slug);
      if (file) return { slug: file.slug, name: file.data.name };
      return { slug, name: spelling.get(slug) ?? name };
    },
    file: (slug) => bySlug.get(slug),
  };
}
