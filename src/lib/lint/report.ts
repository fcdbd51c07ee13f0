/**
 * The lint's report: one `file:line: level: message` line per finding (the form compilers
 * print, so terminals and editors link each line to its place), errors first, then a
 * summary. The build's own report (checks/format.ts) is left as the build prints it.
 */
import path from 'node:path';
import type { ContentKind } from '../checks/read-content.ts';
import type { LintFinding } from './finding.ts';

export interface ReportPlace {
  /** The content folder as given (findings name files relative to its parent). */
  root: string;
  cwd: string;
}

/** `content/notes/2025/x.md:21: error: figures[1].upto: must not be below value (60), got 55` */
export function formatFinding(finding: LintFinding, place: ReportPlace): string {
  const at = finding.line ? `:${finding.line}${finding.column ? `:${finding.column}` : ''}` : '';
  return `${displayFile(finding.file, place)}${at}: ${finding.level}: ${finding.field}: ${finding.message}`;
}

/** `2 errors, 1 warning in content/ (3 notes, 4 topics, 2 briefs, 1 entity)` */
export function summaryLine(findings: readonly LintFinding[], counts: Record<ContentKind, number>, place: ReportPlace): string {
  const errors = findings.filter((f) => f.level === 'error').length;
  const warnings = findings.length - errors;
  const read = [
    count(counts.notes, 'note', 'notes'),
    count(counts.topics, 'topic', 'topics'),
    count(counts.briefs, 'brief', 'briefs'),
    count(counts.entities, 'entity', 'entities'),
  ].join(', ');
  return `${count(errors, 'error', 'errors')}, ${count(warnings, 'warning', 'warnings')} in ${displayDir(path.resolve(place.cwd, place.root), place.cwd)}/ (${read})`;
}

export function formatLintReport(findings: readonly LintFinding[], counts: Record<ContentKind, number>, place: ReportPlace): string {
  return [...findings.map((finding) => formatFinding(finding, place)), summaryLine(findings, counts, place)].join('\n');
}

/** A finding's file as the reader's shell finds it: relative to cwd when inside it, else absolute. */
function displayFile(file: string, place: ReportPlace): string {
  const parent = path.dirname(path.resolve(place.cwd, place.root));
  return displayDir(path.join(parent, ...file.split('/')), place.cwd);
}

function displayDir(abs: string, cwd: string): string {
  const rel = path.relative(cwd, abs);
  const shown = rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : abs;
  return shown.split(path.sep).join('/');
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
