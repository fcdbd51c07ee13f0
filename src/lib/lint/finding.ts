/** What `npm run lint:content` reports: the build's problems as errors, its own advice as warnings. */
import type { ContentProblem } from '../checks/problem.ts';
import { compareProblems } from '../checks/problem.ts';
import type { ContentFile } from '../checks/read-content.ts';
import type { ContentEntries } from '../content/load.ts';

export type LintLevel = 'error' | 'warning';

export interface LintFinding extends ContentProblem {
  level: LintLevel;
}

/**
 * What a rule reads: the files that parsed, by collection, and every file as read (a rule
 * about what is absent must not miss a file that failed its schema for another reason).
 */
export type LintInput = ContentEntries & { files: readonly ContentFile[] };

/**
 * A rule reads the content and returns warnings. Rules are pure: no disk, no
 * clock, so a table of corpora tests each one.
 */
export interface LintRule {
  /** A short kebab-case name, for tests and for whoever reads the table. */
  name: string;
  check(content: LintInput): LintFinding[];
}

/** Errors before warnings, each in the checks' order (file, line, field, message). */
export function compareFindings(a: LintFinding, b: LintFinding): number {
  return (a.level === b.level ? 0 : a.level === 'error' ? -1 : 1) || compareProblems(a, b);
}
