/** Where a warning points: the field's line, else the start of the file (an absent field has no line). */
import { fieldPath } from '../checks/field-path.ts';
import type { ContentFile } from '../checks/read-content.ts';
import type { LintFinding } from './finding.ts';

export function lineOf(file: ContentFile, path: readonly PropertyKey[]): number {
  return file.lineOf(path) ?? 1;
}

/** The file line of a body's 1-based line. */
export function bodyFileLine(file: ContentFile, bodyLine: number): number {
  return file.bodyLine + bodyLine - 1;
}

/**
 * A warning about one field, named and placed by its path; `linePath` when the field itself
 * is absent and the warning points at the entry that lacks it.
 */
export function warningAt(file: ContentFile, path: readonly PropertyKey[], message: string, linePath: readonly PropertyKey[] = path): LintFinding {
  return { level: 'warning', file: file.file, field: fieldPath(path), line: lineOf(file, linePath), message };
}
