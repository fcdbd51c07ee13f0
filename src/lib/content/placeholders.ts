/**
 * Placeholders that scaffolding writes (new-brief, new-note) for the editor to replace.
 * They start with one marker, `TODO`, so they pass the schema (a file scaffolded today
 * builds today) while `npm run lint:content` still finds what is left to write.
 */

export const PLACEHOLDER_MARK = 'TODO';

/** `TODO: a title for 2025-Q2`: what a scaffold writes where the editor's words go. */
export function placeholder(what: string): string {
  return `${PLACEHOLDER_MARK}: ${what}`;
}

/** True for a field still holding a placeholder (it starts with the marker). */
export function isPlaceholder(text: string | null | undefined): boolean {
  return typeof text === 'string' && new RegExp(`^\\s*${PLACEHOLDER_MARK}\\b`).test(text);
}

/** 1-based lines of a body (relative to its first line) that still hold the marker. */
export function placeholderLines(body: string): number[] {
  const marker = new RegExp(`\\b${PLACEHOLDER_MARK}\\b`);
  return body.split('\n').flatMap((line, i) => (marker.test(line) ? [i + 1] : []));
}
