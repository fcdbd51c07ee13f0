/**
 * Rules no single file's schema can express: references between files, unique slugs,
 * brief file names against the quarter they declare.
 */
import { closest } from 'fastest-levenshtein';
import type { ContentProblem } from './problem.ts';
import type { ContentFile, ContentKind } from './read-content.ts';

const BRIEF_NAME = /^(\d{4})-q([1-4])$/;

/** One file of a collection, in a message: `another note has …`. */
export const SINGULAR: Record<ContentKind, string> = { topics: 'topic', notes: 'note', briefs: 'brief', entities: 'entity' };

/** Two files of one collection with one slug (`2024/x.md` and `2025/X.md`, or `x.md` and `x.mdx`). */
export function duplicateSlugs(files: readonly ContentFile[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const groups = new Map<string, ContentFile[]>();
  for (const entry of files) {
    const key = `${entry.kind}\u0000${entry.slug}`;
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const [first, ...others] = [...group].sort((a, b) => (a.file < b.file ? -1 : 1));
    const { kind, slug } = first!;
    const where = others.map((entry) => entry.file).join(', ');
    const quarter = kind === 'briefs' ? BRIEF_NAME.exec(slug) : null;
    const message = quarter
      ? `two briefs for ${quarter[1]}-Q${quarter[2]}: ${first!.file} and ${where}`
      : `${others.length === 1 ? `another ${SINGULAR[kind]} has` : `${others.length} other ${kind} have`} ` +
        `the slug "${slug}": ${where}` +
        (kind === 'notes' ? ' (slugs must be unique across sub-folders)' : '');
    problems.push({ file: first!.file, field: 'file name', message });
  }
  return problems;
}

/** A note's topics must each be a file in topics/; the closest known slug is suggested. */
export function unknownTopics(files: readonly ContentFile[], topicsFolder: string): ContentProblem[] {
  const known = [...new Set(files.filter((f) => f.kind === 'topics').map((f) => f.slug))].sort();
  const problems: ContentProblem[] = [];
  for (const note of files) {
    if (note.kind !== 'notes' || !Array.isArray(note.data?.topics)) continue;
    const seen = new Map<string, number>();
    note.data.topics.forEach((value: unknown, index: number) => {
      if (typeof value !== 'string' || value.trim() === '') return; // the schema reports it
      const topic = value.trim();
      const path = ['topics', index];
      const field = `topics[${index}]`;
      if (!known.includes(topic)) {
        const hint = known.length
          ? `; did you mean "${closest(topic.toLowerCase(), known)}"?`
          : `; there are no topics in ${topicsFolder}`;
        problems.push({ file: note.file, field, message: `unknown topic "${topic}"${hint}`, line: note.lineOf(path) });
      } else if (seen.has(topic)) {
        problems.push({
          file: note.file,
          field,
          message: `"${topic}" is already listed as topics[${seen.get(topic)}]`,
          line: note.lineOf(path),
        });
      }
      if (!seen.has(topic)) seen.set(topic, index);
    });
  }
  return problems;
}

/** `briefs/2025-q1.md` must be named YYYY-qN and say `quarter: 2025-Q1`. */
export function briefQuarters(files: readonly ContentFile[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const brief of files) {
    if (brief.kind !== 'briefs') continue;
    const named = BRIEF_NAME.exec(brief.name);
    if (!named) {
      problems.push({
        file: brief.file,
        field: 'file name',
        message: `a brief must be named YYYY-qN${brief.ext} after its quarter (e.g. 2025-q1${brief.ext}), got "${brief.name}${brief.ext}"`,
      });
      continue;
    }
    const expected = `${named[1]}-Q${named[2]}`;
    const declared = brief.data?.quarter;
    if (typeof declared !== 'string' || !/^\d{4}-Q[1-4]$/i.test(declared.trim())) continue; // the schema reports it
    if (declared.trim().toUpperCase() !== expected) {
      problems.push({
        file: brief.file,
        field: 'quarter',
        message: `"${declared.trim()}" does not match the file name ${brief.name}${brief.ext}, which says ${expected}`,
        line: brief.lineOf(['quarter']),
      });
    }
  }
  return problems;
}
