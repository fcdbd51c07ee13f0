/** Where a warning points: the field's line, else the start of the file (an absent field has no line). */
import type { ContentFile } from '../checks/read-content.ts';

export function lineOf(file: ContentFile, path: readonly PropertyKey[]): number {
  return file.lineOf(path) ?? 1;
}

/** The file line of a body's 1-based line. */
export function bodyFileLine(file: ContentFile, bodyLine: number): number {
  return file.bodyLine + bodyLine - 1;
}
